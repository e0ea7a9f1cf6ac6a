/**
 * Shared pieces for the list-cleaner tests: an in-memory, re-openable {@link ByteSource} that
 * hands out its bytes in chunks of a chosen size, a sink that collects the three output files as
 * text, and a run setup wired to the real jurisdiction records.
 */
import { readCountryRules } from '../../../src/cli/jurisdictions.ts';
import { cleanList, type ByteSource, type RunResult, type RunSetup } from '../../../src/lib/clean/run.ts';
import { createPreparePool, prepareWorkerHandler, type FromPrepareWorker } from '../../../src/lib/clean/prepare-pool.ts';
import type { CleanOptionsInput, CleanSummary } from '../../../src/lib/clean/options.ts';
import { InputError } from '../../../src/lib/clean/input-error.ts';
import { cleaner } from '../../../src/lib/i18n/en/cleaner.ts';
import { engineText } from '../../../src/lib/i18n/engine-messages.ts';
import { consentRequiredCodes, countryLookupOf } from '../../../src/lib/jurisdictions/lookup.ts';
import { utf8 } from '../csv/byte-fixtures.ts';

/**
 * A file held in memory. `open(start, end)` yields consecutive `chunkSize`-byte slices from
 * `start` to `end` or the end (the last one shorter), so every split point a real stream could
 * produce is reachable from a test. It holds the `ByteSource` contract to the letter, as the
 * page's source does: every chunk of an opening is read into the same memory, and a chunk is
 * scribbled over as soon as the next is asked for (or the caller stops), so a consumer that keeps
 * a chunk without copying it sees it change.
 */
export function memorySource(content: string | Uint8Array, chunkSize = 64 * 1024, name = 'leads.csv'): ByteSource & { opens: number } {
  const bytes = typeof content === 'string' ? utf8(content) : content;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunk size must be a positive integer; got ${chunkSize}`);
  const source = {
    name,
    size: bytes.length,
    opens: 0,
    async *open(start = 0, end = bytes.length): AsyncGenerator<Uint8Array> {
      source.opens++;
      const stop = Math.min(end, bytes.length);
      const memory = new Uint8Array(Math.min(chunkSize, Math.max(0, stop - start)));
      try {
        for (let at = start; at < stop; at += chunkSize) {
          const chunk = memory.subarray(0, Math.min(chunkSize, stop - at));
          chunk.set(bytes.subarray(at, at + chunk.length));
          yield chunk;
          memory.fill(SCRIBBLE);
        }
      } finally {
        memory.fill(SCRIBBLE);
      }
    },
  };
  return source;
}

/** What {@link memorySource} writes over a chunk its caller is done with: a byte no valid UTF-8 text has. */
const SCRIBBLE = 0xff;

/** The output files of a run, as text: the two the sink received, and the hashed suppression list. */
export interface Outputs {
  cleaned: string;
  report: string;
  hashed: string;
}

/** A sink that appends each piece to a string per file (`hashed` stays '': see {@link clean}). */
export function collectingSink(): { sink: RunSetup['sink']; outputs: Outputs } {
  const outputs: Outputs = { cleaned: '', report: '', hashed: '' };
  const decoders = { cleaned: new TextDecoder('utf-8', { ignoreBOM: true }), report: new TextDecoder('utf-8', { ignoreBOM: true }) };
  return {
    outputs,
    sink: {
      cleaned: (bytes) => void (outputs.cleaned += decoders.cleaned.decode(bytes, { stream: true })),
      report: (bytes) => void (outputs.report += decoders.report.decode(bytes, { stream: true })),
    },
  };
}

const rules = readCountryRules();

/** ISO codes whose named-address rule is `consent-required`, from the real records. */
export const CONSENT_COUNTRIES: readonly string[] = consentRequiredCodes(rules);

/** Country names → code, from the real records. */
export const COUNTRY_LOOKUP = countryLookupOf(rules);

/** A tiny disposable list, so tests do not depend on the size or content of the real one. */
export const DISPOSABLE = new Set(['mailinator.com', 'yopmail.com']);

/** Options for {@link clean}. */
export interface CleanCall {
  options?: CleanOptionsInput;
  overrides?: RunSetup['overrides'];
  suppress?: (string | Uint8Array)[];
  chunkSize?: number;
  disposable?: ReadonlySet<string>;
  /**
   * Workers that prepare pieces beside the run (0: none). They run the real pool and worker
   * handler in this thread, their messages passed on after a macrotask, as a real worker's are.
   */
  threads?: number;
}

/** A pool of `n` in-process workers (see {@link CleanCall.threads}). */
function inProcessPool(n: number, disposable: ReadonlySet<string>) {
  const lists = Promise.resolve({ disposable, consentCountries: CONSENT_COUNTRIES, countryLookup: COUNTRY_LOOKUP });
  const later = (f: () => void) => void setTimeout(f, 0);
  let receive: (worker: number, message: FromPrepareWorker) => void = () => {};
  const handlers = Array.from({ length: n }, (_, w) => prepareWorkerHandler(lists, (message) => later(() => receive(w, message))));
  const pool = createPreparePool(
    handlers.map((handle) => ({ post: (message) => later(() => handle(structuredClone(message))), terminate: () => {} })),
    () => new Promise((resolve) => setTimeout(resolve, 0)),
  );
  receive = (w, message) => pool.receive(w, message);
  return pool;
}

/** Runs {@link cleanList} on in-memory files and returns its result with the written outputs. */
export async function clean(leads: string | Uint8Array, call: CleanCall = {}): Promise<Omit<RunResult, 'hashedSuppression'> & Outputs> {
  const { sink, outputs } = collectingSink();
  const chunkSize = call.chunkSize ?? 64 * 1024;
  const pool = call.threads ? inProcessPool(call.threads, call.disposable ?? DISPOSABLE) : null;
  const result = await cleanList(
    memorySource(leads, chunkSize),
    (call.suppress ?? []).map((file, i) => memorySource(file, chunkSize, `suppress-${i + 1}.csv`)),
    {
      options: call.options,
      overrides: call.overrides,
      consentCountries: CONSENT_COUNTRIES,
      countryLookup: COUNTRY_LOOKUP,
      loadDisposable: async () => call.disposable ?? DISPOSABLE,
      sink,
      preparePool: pool ? (context, suppression) => pool.pool(context, structuredClone(suppression)) : undefined,
    },
  );
  const { hashedSuppression, ...rest } = result;
  return { ...rest, ...outputs, hashed: hashedSuppression() };
}

/** Lines of a written CSV without the BOM and the final CRLF. */
export function linesOf(text: string): string[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body === '' ? [] : body.replace(/\r\n$/, '').split('\r\n');
}

/** An input error as the CLI words it (the English catalog); throws when `error` is not one. */
export function english(error: unknown): string {
  if (!(error instanceof InputError)) throw error;
  return engineText(error.detail, cleaner.engine, 'en');
}

/** A summary's notes as the CLI words them (the English catalog). */
export function englishNotes(summary: CleanSummary): string[] {
  return summary.notes.map((note) => engineText(note, cleaner.engine, 'en'));
}
