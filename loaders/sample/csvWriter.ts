import {createWriteStream} from "node:fs";
import {once} from "node:events";
import {finished} from "node:stream/promises";

/** Writes a CSV file row by row, buffering about 1 MB at a time and honouring backpressure. */
export interface CsvWriter {
  /** Appends one row; returns true when the buffer is full and `flush()` should be awaited. */
  row(fields: readonly string[]): boolean;
  flush(): Promise<void>;
  close(): Promise<void>;
  /** Data rows written so far (the header excluded). */
  readonly rows: number;
}

const bufferChars = 1 << 19;
const needsQuoting = /[",\r\n]/;

/**
 * A CSV writer (UTF-8, "\n" line ends, no quoting). Values are plain by construction: any field
 * holding a comma, a quote or a line break throws, naming the file, the column and the value.
 */
export function csvWriter(path: string, header: readonly string[]): CsvWriter {
  const stream = createWriteStream(path, {encoding: "utf8"});
  let buffer = header.join(",") + "\n";
  let rows = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const chunk = buffer;
    buffer = "";
    if (!stream.write(chunk)) await once(stream, "drain");
  };
  return {
    row(fields) {
      if (fields.length !== header.length) throw new Error(`${path}: row ${rows + 1} has ${fields.length} fields, expected ${header.length}`);
      for (let i = 0; i < fields.length; i++) {
        if (needsQuoting.test(fields[i])) throw new Error(`${path}: column ${header[i]} value ${JSON.stringify(fields[i])} would need quoting`);
      }
      buffer += fields.join(",") + "\n";
      rows++;
      return buffer.length >= bufferChars;
    },
    flush,
    async close() {
      await flush();
      stream.end();
      await finished(stream);
    },
    get rows() {
      return rows;
    }
  };
}
