/**
 * fileLinesLabel(lines, format, {spaced}) names data rows as their file numbers them: "Excel 第4、5行"
 * for a workbook (the sheet's rows), "文件第3、6行" for a CSV file (its lines); undefined when no line
 * is known (null lines are left out). `spaced` puts a space on each side of the numbers, as the
 * command line's messages write numbers in a sentence (文件第 3、6 行); quality.json's lines_label,
 * which the 数据质量 page shows, has none.
 *
 *     fileLinesLabel([4, 5], "xlsx")               // "Excel 第4、5行"
 *     fileLinesLabel([3, 6], "csv", {spaced: true}) // "文件第 3、6 行"
 *     fileLinesLabel([], "csv")                    // undefined
 */
export function fileLinesLabel(lines: readonly (number | null)[], format: "xlsx" | "csv", {spaced = false}: {spaced?: boolean} = {}): string | undefined {
  const known = lines.filter((line): line is number => line !== null);
  if (known.length === 0) return undefined;
  const gap = spaced ? " " : "";
  return `${format === "xlsx" ? "Excel 第" : "文件第"}${gap}${known.join("、")}${gap}行`;
}
