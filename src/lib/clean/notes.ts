/**
 * The summary's notes: what the user should know about how a run read the files, one sentence
 * each, the same on the page and in the CLI.
 */
import { quoted } from './input-error.ts';
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
export function runNotes(facts: NoteFacts): string[] {
  const notes: string[] = [];
  const encodingNote = readingNote('The list', facts.reading);
  if (encodingNote) notes.push(encodingNote);
  if (facts.badRowCount > 0) notes.push(badRowsNote(facts));
  if (facts.skipped > 0) {
    notes.push(facts.skipped === 1 ? '1 line above the header row was skipped; the report lists it.' : `${facts.skipped} lines above the header row were skipped; the report lists them.`);
  }
  for (const file of facts.suppressionFiles) {
    const name = `The suppression file ${quoted(file.name)}`;
    const note = readingNote(name, file.reading);
    if (note) notes.push(note);
    if (file.badLineCount > 0) {
      notes.push(`${name}: ${numbered('line', file.badLines, file.badLineCount)} ${file.badLineCount === 1 ? 'holds' : 'hold'} bytes that are not valid ${file.reading.encoding}; they were read as ${file.reading.encoding === 'utf-8' ? 'characters of the Windows code page they most likely are' : '�'}.`);
    }
  }
  return notes;
}

const CHOOSE = 'If names look wrong, choose the encoding ("Encoding" on the page, --encoding in the CLI) and clean it again.';

/** A sentence on how a file was read, when it was a guess or decided late; else null. */
function readingNote(subject: string, reading: Reading): string | null {
  if (reading.by !== 'letters') return null;
  const how = reading.sure ? '' : ` (a guess from its letters: few of them, or they read almost as well in another code page). ${CHOOSE}`;
  if (reading.decidedAt !== null) {
    return `${subject} holds only ASCII characters for its first ${sizeOf(reading.decidedAt)}; the rest reads as ${reading.encoding}, and so it was read${how || '.'}`;
  }
  return reading.sure ? null : `${subject} was read as ${reading.encoding}${how}`;
}

function badRowsNote(facts: NoteFacts): string {
  const { reading, badRowCount, badRows, badAs } = facts;
  const names = [...badAs].filter((a): a is string => a !== null);
  const readAs = names.length > 0 ? `they were read as ${names.join(' or ')} characters, where they most likely come from` : 'each was written as �';
  const verb = badRowCount === 1 ? 'holds' : 'hold';
  return `${numbered('row', badRows, badRowCount)} ${verb} bytes that are not valid ${reading.encoding}: ${readAs}. Check ${badRowCount === 1 ? 'it' : 'them'}.`;
}

/** `Row 4`, `Rows 4, 17 and 230`, `Rows 4, 17, … 90 (1240 in all)`. */
function numbered(noun: string, shown: readonly number[], count: number): string {
  const Noun = noun[0]!.toUpperCase() + noun.slice(1);
  if (count === 1) return `${Noun} ${shown[0]}`;
  if (count === shown.length) return `${Noun}s ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${Noun}s ${shown.join(', ')} … (${count} in all)`;
}

/** A byte count for a sentence: `812 bytes`, `240 KB`, `12.3 MB`. */
function sizeOf(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
