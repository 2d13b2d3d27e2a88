import {describe, expect, test} from "vitest";
import {utf8CompleteLength} from "../../loaders/read/utf8CompleteLength.ts";

describe("utf8CompleteLength", () => {
  test("utf8CompleteLength(bytes) leaves out a character cut at the end", () => {
    const zhang = Buffer.from("张"); // e5 bc a0
    expect(utf8CompleteLength(Buffer.concat([Buffer.from("a"), zhang.subarray(0, 2)]))).toBe(1);
    expect(utf8CompleteLength(Buffer.concat([Buffer.from("a"), zhang]))).toBe(4);
    expect(utf8CompleteLength(Buffer.from("\u{20000}").subarray(0, 3))).toBe(0);
    expect(utf8CompleteLength(Buffer.from("abc"))).toBe(3);
  });
});
