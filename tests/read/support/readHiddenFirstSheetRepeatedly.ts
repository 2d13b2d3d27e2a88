// Reads, many times over, a workbook whose first sheet is hidden and is written before the shared
// strings (exceljs's own layout), so the streaming reader parks each sheet in a temp file and the
// hidden one is skipped unread. Prints the rows read; a crash shows on stderr and in the exit code.
// Usage: tsx readHiddenFirstSheetRepeatedly.ts <workbook.xlsx> <times>
import {xlsxSheetRows} from "../../../loaders/read/xlsxSheetRows.ts";

const [path, times] = process.argv.slice(2);
let rows = 0;
for (let i = 0; i < Number(times); i++) {
  for await (const _row of xlsxSheetRows(path, "decoy.xlsx", true, {date1904: false})) rows++;
}
console.log(rows);
