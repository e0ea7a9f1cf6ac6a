/**
 * Talking to a page's dedicated workers over the Chrome DevTools Protocol, to read the cleaning
 * worker's heap (and, for profile.ts, to profile it).
 *
 * Playwright has no CDP session for a worker, and `performance.measureUserAgentSpecificMemory`
 * needs cross-origin isolation, which the site does not have. What works: a CDP session on the
 * page that auto-attaches to its workers in non-flattened mode, then wraps each command in
 * `Target.sendMessageToTarget` and reads answers from `Target.receivedMessageFromTarget`. A busy
 * worker still answers (V8 handles inspector messages between JS steps), so polling the heap
 * while the worker cleans works.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** `Runtime.getHeapUsage`, in bytes. */
export interface HeapUsage {
  usedSize: number;
  totalSize: number;
}

export class PageWorkers {
  #nextId = 1;
  readonly #pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  /** The worker attached last: each cleaning run starts a fresh one. */
  #latest: string | null = null;
  #onAttach: (() => void)[] = [];

  private constructor(private readonly cdp: CDPSession) {
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type !== 'worker') return;
      this.#latest = event.sessionId;
      for (const done of this.#onAttach.splice(0)) done();
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : this.#pending.get(message.id);
      if (!waiter) return;
      this.#pending.delete(message.id!);
      if (message.error) waiter.fail(new Error(message.error.message));
      else waiter.done(message.result);
    });
  }

  /** Starts watching `page` for workers; call before the page starts the worker. */
  static async watch(context: BrowserContext, page: Page): Promise<PageWorkers> {
    const cdp = await context.newCDPSession(page);
    const workers = new PageWorkers(cdp);
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return workers;
  }

  /** True once a worker has started. */
  get attached(): boolean {
    return this.#latest !== null;
  }

  /** Resolves when the next worker attaches (say, the one a click is about to start). */
  nextWorker(): Promise<void> {
    return new Promise((done) => this.#onAttach.push(done));
  }

  /** Sends a CDP command to the newest worker and resolves with its result. */
  send<T>(method: string, params: object = {}): Promise<T> {
    const sessionId = this.#latest;
    if (sessionId === null) return Promise.reject(new Error('No worker is running in the page.'));
    const id = this.#nextId++;
    return new Promise<T>((done, fail) => {
      this.#pending.set(id, { done: (value) => done(value as T), fail });
      this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error: Error) => {
        this.#pending.delete(id);
        fail(error);
      });
    });
  }

  /**
   * Polls the newest worker's heap every `everyMs` until the returned `stop` is called, which
   * resolves with the largest `usedSize` seen (0 if no worker answered).
   */
  sampleHeap(everyMs = 100): { stop(): number } {
    let max = 0;
    const timer = setInterval(() => {
      if (!this.attached) return;
      // A worker that has just ended cannot answer; that sample is simply missing.
      this.send<HeapUsage>('Runtime.getHeapUsage').then(
        (heap) => (max = Math.max(max, heap.usedSize)),
        () => {},
      );
    }, everyMs);
    return {
      stop() {
        clearInterval(timer);
        return max;
      },
    };
  }
}
