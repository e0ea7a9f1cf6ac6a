/**
 * The summary's notes: what the user should know about how a run read the files, as data (see
 * `EngineNote`), worded in the user's language by the page and in English by the CLI.
 */
import { printable } from './input-error.ts';
import type { EngineNote } from './messages.ts';
import type { Reading } from './reading.ts';

/** What the notes are made from. */
export interface NoteFacts {
  reading: Reading;
  /** Lines skipped above the header. */
  skipped: number;
  /** Data rows with bad bytes: how many, the first few, and what their bad bytes were read as (null: written as U+FFFD). */
  badRowCount: number;
  badRows: readonly number[];
  badAs: ReadonlySet<string | null>;
  suppressionFiles: readonly { name: string; reading: Reading; badLines: readonly number[]; badLineCount: number }[];
}

/** The notes of a run (see the module note); empty when there is nothing to say. */
export function runNotes(facts: NoteFacts): EngineNote[] {
  const notes: EngineNote[] = [];
  const listReading = readingNote(null, facts.reading);
  if (listReading) notes.push(listReading);
  if (facts.badRowCount > 0) {
    const readAs = [...facts.badAs].filter((a): a is string => a !== null);
    notes.push({ code: 'badRows', rows: [...facts.badRows], count: facts.badRowCount, encoding: facts.reading.encoding, readAs });
  }
  if (facts.skipped > 0) notes.push({ code: 'skipped', count: facts.skipped });
  for (const file of facts.suppressionFiles) {
    const name = printable(file.name);
    const note = readingNote(name, file.reading);
    if (note) notes.push(note);
    if (file.badLineCount > 0) {
      notes.push({ code: 'suppressionBadLines', file: name, lines: [...file.badLines], count: file.badLineCount, encoding: file.reading.encoding });
    }
  }
  return notes;
}

/** A note on how a file was read (`file` null: the lead list), when it was a guess or decided late; else null. */
function readingNote(file: string | null, reading: Reading): EngineNote | null {
  if (reading.by !== 'letters' || (reading.sure && reading.decidedAt === null)) return null;
  return { code: 'reading', file, encoding: reading.encoding, asciiBytes: reading.decidedAt, sure: reading.sure };
}
