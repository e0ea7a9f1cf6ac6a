/**
 * What the cleaning engine has to tell the user, as data: a code and its typed parameters, never
 * a sentence. Each language words them with its catalog (`cleaner.engine` in
 * src/lib/i18n/<locale>/cleaner.ts) through `engineMessage` (src/lib/i18n/engine-messages.ts): the
 * CLI in English, the page in the page's language. Text taken from a file or a command line (a
 * file name, a cell, a column name) is already capped and escaped here (see `printable`), so no
 * renderer can forget to.
 */
import type { NonCsv } from '../csv/encoding.ts';

/** A problem with what the user gave: what is wrong and what to do (an `InputError`'s detail). */
export type EngineError =
  /** The lead list has 0 bytes. */
  | { code: 'empty'; file: string }
  /** The lead list holds only white space. */
  | { code: 'blank'; file: string }
  /** No line break in the first `megabytes` MB. */
  | { code: 'firstLineTooLong'; file: string; megabytes: number }
  /** A workbook, an archive, a PDF or other binary data (lead list or suppression file). */
  | { code: 'notCsv'; file: string; kind: NonCsv['kind'] }
  /** The header row is an address: the list has no header. */
  | { code: 'addressInHeader'; file: string; cell: string }
  /** No column looks like email addresses; `columns`: the first few names, `more`: how many others. */
  | { code: 'noEmailColumn'; file: string; columns: string[]; more: number }
  /** An email column given by number that the header does not have (`number` is 1-based). */
  | { code: 'noColumnNumber'; number: number; count: number }
  /** An email column given by name that the header does not have. */
  | { code: 'noColumnNamed'; name: string; columns: string[]; more: number }
  /** A quoted field that never closes, starting on `line`. */
  | { code: 'unbalancedQuote'; file: string; line: number }
  /** A quoted field longer than `max` characters, starting on `line`. */
  | { code: 'fieldTooLong'; file: string; line: number; max: number }
  /** A list whose rows after `row` are in another code page than those before. */
  | { code: 'encodingChanges'; file: string; row: number; before: string; after: string };

/** What the user should know about how a run read the files (the summary's notes). */
export type EngineNote =
  /**
   * How a file's encoding was found, when it was a guess or decided late: `file` null for the
   * lead list, else the suppression file's name; `asciiBytes` the length of its ASCII-only start
   * when the encoding was decided after it (else null); `sure` false for a guess from few letters.
   */
  | { code: 'reading'; file: string | null; encoding: string; asciiBytes: number | null; sure: boolean }
  /**
   * Data rows with bytes that are not valid in `encoding`: the first few (`rows`) and how many
   * (`count`); `readAs`: the code pages the bytes were read in (empty: written as U+FFFD).
   */
  | { code: 'badRows'; rows: number[]; count: number; encoding: string; readAs: string[] }
  /** Lines skipped above the header row. */
  | { code: 'skipped'; count: number }
  /** Lines of a suppression file with bytes that are not valid in `encoding`. */
  | { code: 'suppressionBadLines'; file: string; lines: number[]; count: number; encoding: string };

/** Everything the engine words for the user. */
export type EngineMessage = EngineError | EngineNote;

/** Every code, for tests and for renderers that must cover them all. */
export type EngineCode = EngineMessage['code'];
