import {describe, expect, test} from "vitest";
import {defaults} from "../../loaders/validate/checkRejectedShare.ts";
import {filesOverRejectedShare} from "../../loaders/validate/filesOverRejectedShare.ts";
import {rejectedShareFromText} from "../../loaders/validate/rejectedShareFromText.ts";
import type {FileReport} from "../../loaders/validate/validateExtract.ts";

const file = (name: string, read: number, rejected: number): FileReport => ({
  file: name, table: "services", encoding: "utf-8", delimiter: ",", read, accepted: read - rejected, rejected, warnings: 0, unknown_columns: [], column_headers: {}
});

describe("filesOverRejectedShare", () => {
  test("checkRejectedShare's default share is a half", () => {
    expect(defaults.maxRejectedShare).toBe(0.5);
  });

  test("filesOverRejectedShare(files, 0.5) keeps, in order, the files with more than half their rows rejected; half is not more", () => {
    const files = [file("a.csv", 20, 11), file("b.csv", 20, 10), file("c.csv", 3, 2), file("d.csv", 1, 0)];
    expect(filesOverRejectedShare(files, 0.5).map((f) => f.file)).toEqual(["a.csv", "c.csv"]);
  });

  test("filesOverRejectedShare(files, 1) keeps a file rejected whole, and only such a file", () => {
    expect(filesOverRejectedShare([file("a.csv", 5, 5), file("b.csv", 5, 4)], 1).map((f) => f.file)).toEqual(["a.csv"]);
  });

  test("filesOverRejectedShare(files, 0) keeps any file with a rejected row; a file with no rows is never kept", () => {
    expect(filesOverRejectedShare([file("a.csv", 1000, 1), file("b.csv", 1000, 0), file("c.csv", 0, 0)], 0).map((f) => f.file)).toEqual(["a.csv"]);
  });
});

describe("rejectedShareFromText", () => {
  test("rejectedShareFromText(text) reads a number from 0 to 1", () => {
    expect(["0", "0.5", "1", " 0.25 ", ".6", "1e-1"].map(rejectedShareFromText)).toEqual([0, 0.5, 1, 0.25, 0.6, 0.1]);
  });

  test("rejectedShareFromText(text) is undefined for anything else, an empty text included", () => {
    expect(["", " ", "half", "50%", "1.5", "-0.1", "NaN", "Infinity"].map(rejectedShareFromText)).toEqual(Array(8).fill(undefined));
  });
});
