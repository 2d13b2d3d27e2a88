import type {ReadOptions} from "./types.ts";

/** Defaults of the read options (see ReadOptions). */
export const readDefaults: Readonly<Required<ReadOptions>> = Object.freeze({
  /** XLSX files over 200 MiB are refused (a register that large belongs in CSV). */
  maxXlsxBytes: 200 * 1024 * 1024,
  /** XLSX archives declaring over 2 GiB uncompressed are refused (zip bombs). */
  maxXlsxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  /** A CSV record over 16 Mi characters is an error (usually an unclosed quote). */
  maxRecordChars: 16 * 1024 * 1024,
  /** The header is looked for among the first 10 non-blank rows. */
  headerSearchRows: 10
});
