/**
 * One record of a CSV as the scanner sees it: where its fields are in the text, and the values
 * cut from there only when someone asks (see `createCsvScanner`).
 */

const QUOTE = 0x22;
const SPACE = 0x20;

/**
 * One record found by {@link createCsvScanner}: where its fields are in `text`. No cell has been
 * cut yet; {@link CsvRecord.field} cuts one. The scanner reuses one record object: read what you
 * need inside the callback.
 */
export interface CsvRecord {
  /** The text the positions refer to: the pushed piece, or the record's own text if it spanned pieces. */
  readonly text: string;
  /** Position of the record's first character in `text`. */
  readonly start: number;
  /** Position just after its last field: its line break, or the end of the input. */
  readonly end: number;
  /** Number of fields; a blank line has one, empty. */
  readonly count: number;
  /**
   * True when `text.slice(start, end) + '\r\n'` is exactly what `formatCsvRow` (without formula
   * protection) writes for this record's cells: a field is quoted if and only if its value needs
   * quotes, `""` is the only escape, and no text follows a closing quote. A writer can then copy
   * the record instead of cutting and re-joining its cells.
   */
  readonly canonical: boolean;
  /** The value of field `i` (quotes removed, `""` read as `"`), or undefined past the last field. */
  field(i: number): string | undefined;
  /** Every field's value: the row {@link createCsvParser} returns. */
  values(): string[];
  /**
   * The code of the first character of field `i`'s value that is not a space (U+0020), or -1
   * when there is none; read in place, without cutting the cell.
   */
  firstNonSpace(i: number): number;
  /** Position in `text` of field `i`'s value: its first character, after the opening quote if quoted. */
  valueStart(i: number): number;
}

/** The scanner's record: positions of each field's raw text (a quoted field with its quotes). */
export class RecordView implements CsvRecord {
  text = '';
  start = 0;
  end = 0;
  count = 0;
  canonical = true;
  #starts = new Int32Array(32);
  #ends = new Int32Array(32);
  #quoted = new Uint8Array(32);

  add(start: number, end: number, quoted: boolean): void {
    if (this.count === this.#starts.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      this.#starts = grow(this.#starts, new Int32Array(this.count * 2));
      this.#ends = grow(this.#ends, new Int32Array(this.count * 2));
      this.#quoted = grow(this.#quoted, new Uint8Array(this.count * 2));
    }
    this.#starts[this.count] = start;
    this.#ends[this.count] = end;
    this.#quoted[this.count] = quoted ? 1 : 0;
    this.count++;
  }

  /** Moves every position back by `by`, when the text is cut to start at the record. */
  shift(by: number): void {
    for (let i = 0; i < this.count; i++) {
      this.#starts[i]! -= by;
      this.#ends[i]! -= by;
    }
  }

  reset(): void {
    this.count = 0;
    this.canonical = true;
  }

  field(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    const start = this.#starts[i]!;
    const end = this.#ends[i]!;
    return this.#quoted[i] === 1 ? unquote(this.text, start, end) : this.text.slice(start, end);
  }

  values(): string[] {
    const row = new Array<string>(this.count);
    for (let i = 0; i < this.count; i++) row[i] = this.field(i)!;
    return row;
  }

  valueStart(i: number): number {
    return this.#starts[i]! + this.#quoted[i]!;
  }

  firstNonSpace(i: number): number {
    if (!(i >= 0 && i < this.count)) return -1;
    const text = this.text;
    const end = this.#ends[i]!;
    let p = this.#starts[i]!;
    if (this.#quoted[i] === 1) {
      for (p++; p < end; p++) {
        const c = text.charCodeAt(p);
        if (c === SPACE) continue;
        if (c !== QUOTE || (p + 1 < end && text.charCodeAt(p + 1) === QUOTE)) return c;
        p++; // the closing quote: the value goes on with the text after it
        break;
      }
    }
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c !== SPACE) return c;
    }
    return -1;
  }
}

/**
 * The value of a quoted field whose raw text is `text[start, end)` (starting with its `"`): the
 * content with `""` read as `"`, then any text after the closing quote, literally.
 */
function unquote(text: string, start: number, end: number): string {
  let value = '';
  let from = start + 1;
  for (;;) {
    const q = text.indexOf('"', from);
    if (q === -1 || q >= end) return value + text.slice(from, end);
    if (q + 1 < end && text.charCodeAt(q + 1) === QUOTE) {
      value += text.slice(from, q + 1);
      from = q + 2;
    } else {
      return value + text.slice(from, q) + text.slice(q + 1, end);
    }
  }
}

