/**
 * The pool and the worker handler, joined by fake workers that call each other directly: pieces
 * go only to workers that are ready, replies find their piece, and failures reach the run.
 */
import { describe, expect, it } from 'vitest';
import { defaultCleanOptions } from '../../../src/lib/clean/options.ts';
import { createPreparePool, prepareWorkerHandler, type FromPrepareWorker, type ToPrepareWorker } from '../../../src/lib/clean/prepare-pool.ts';
import { ByteWriter } from '../../../src/lib/bytes/byte-writer.ts';
import { writeKept } from '../../../src/lib/clean/batch.ts';
import { SUPPRESSED } from '../../../src/lib/clean/row-codes.ts';
import type { PrepareContext, WorkerLists } from '../../../src/lib/clean/prepare.ts';
import { CsvError } from '../../../src/lib/csv/parse.ts';
import { SuppressionIndex } from '../../../src/lib/email/suppression.ts';

const context: PrepareContext = { options: defaultCleanOptions(), reading: { encoding: 'utf-8', watch: true }, delimiter: ',', emailColumn: 0, countryColumn: null };
const lists: WorkerLists = { disposable: new Set(), consentCountries: [], countryLookup: new Map() };
const noSuppression = new SuppressionIndex().snapshot();
const bytes = (text: string) => new TextEncoder().encode(text);
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** `n` workers running the real handler, with lists that load when `load()` is called. */
function setup(n: number) {
  let load!: () => void;
  const loaded = new Promise<WorkerLists>((resolve) => (load = () => resolve(lists)));
  const sent: ToPrepareWorker[][] = Array.from({ length: n }, () => []);
  let receive: (worker: number, message: FromPrepareWorker) => void = () => {};
  const handlers = sent.map((_, w) => prepareWorkerHandler(loaded, (message) => receive(w, message)));
  const pool = createPreparePool(
    sent.map((log, w) => ({
      post: (message) => {
        log.push(message);
        handlers[w]!(message);
      },
      terminate: () => {},
    })),
    tick,
  );
  receive = (w, message) => pool.receive(w, message);
  return { pool, sent, load };
}

describe('createPreparePool with prepareWorkerHandler', () => {
  it('takes no piece before a worker has loaded its lists, then prepares them there', async () => {
    const { pool, sent, load } = setup(2);
    const run = pool.pool(context, noSuppression);
    expect(run.canTake()).toBe(false);
    load();
    await tick();
    expect(run.canTake()).toBe(true);
    const batch = await run.prepare(bytes('a@b.com,x\n'), false);
    expect(batch.count).toBe(1);
    const line = new ByteWriter(16);
    writeKept(batch, 0, false, line);
    expect(new TextDecoder().decode(line.take())).toBe('a@b.com,x\r\n');
    expect(sent.flat().filter((m) => m.type === 'piece')).toHaveLength(1);
  });

  it('gives each worker at most six pieces at a time, the least busy first', async () => {
    const { pool, sent, load } = setup(2);
    const run = pool.pool(context, noSuppression);
    load();
    await tick();
    expect(run.inFlight).toBe(12);
    const pieces = () => sent.map((log) => log.filter((m) => m.type === 'piece').length);
    const jobs = Array.from({ length: 11 }, (_, i) => run.prepare(bytes(`p${i}@b.com\n`), false));
    expect(run.canTake()).toBe(true);
    expect(pieces()).toEqual([6, 5]);
    jobs.push(run.prepare(bytes('p11@b.com\n'), false));
    expect(run.canTake()).toBe(false);
    expect(pieces()).toEqual([6, 6]);
    await Promise.all(jobs);
    expect(run.canTake()).toBe(true);
  });

  it('an unbalanced quote comes back as a CsvError, other failures as errors, and fail() rejects what is waiting', async () => {
    const { pool, load } = setup(1);
    const run = pool.pool(context, noSuppression);
    load();
    await tick();
    await expect(run.prepare(bytes('"open\n'), false)).rejects.toBeInstanceOf(CsvError);
    const waiting = run.prepare(bytes('x@y.com\n'), false);
    pool.fail(new Error('the worker crashed'));
    // The reply of the handler still arrives, but its job was already rejected.
    await expect(waiting).rejects.toThrow('the worker crashed');
    expect(run.canTake()).toBe(false);
  });

  it('the workers check rows against the suppression index the run sends, copied as a message copies it', async () => {
    const { pool, load } = setup(1);
    const index = new SuppressionIndex();
    index.addAll(['gone@b.com', 'blocked.example']);
    const run = pool.pool(context, structuredClone(index.snapshot()));
    load();
    await tick();
    const batch = await run.prepare(bytes('gone@b.com\nkept@b.com\nx@mail.blocked.example\n'), false);
    expect([...batch.flags.subarray(0, 3)].map((f) => (f & SUPPRESSED) !== 0)).toEqual([true, false, true]);
    expect(batch.strings).toEqual(expect.arrayContaining(['email gone@b.com', 'domain blocked.example']));
  });

  it('a piece before the context fails with a message', async () => {
    const replies: FromPrepareWorker[] = [];
    const handle = prepareWorkerHandler(Promise.resolve(lists), (message) => replies.push(message));
    handle({ type: 'piece', id: 7, piece: bytes('a@b.com\n'), first: true });
    await tick();
    expect(replies).toEqual([{ type: 'ready' }, { type: 'failed', id: 7, csv: false, message: 'a piece came before the context' }]);
  });
});
