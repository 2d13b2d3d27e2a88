import {describe, expect, test} from "vitest";
import {textFromCell} from "../../loaders/read/textFromCell.ts";

describe("textFromCell", () => {
  test("textFromCell(raw) trims ASCII and ideographic spaces and NFKC-normalises full-width forms", () => {
    expect(textFromCell("  P001\t")).toBe("P001");
    expect(textFromCell("\u3000１９９０－０１－０２\u3000")).toBe("1990-01-02");
    expect(textFromCell(" 张 三 ")).toBe("张 三");
    expect(textFromCell("")).toBe("");
  });
});
