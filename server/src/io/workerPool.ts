/**
 * CPU-bound jobs spread over worker threads, one per core: a cold library build parses hundreds of reports, and
 * on one thread it used one core of two (and held the server's event loop between steps). Jobs go to the worker
 * with the fewest in flight; answers come back by job number, so callers keep their own order. A worker that
 * fails takes only its jobs down (they reject, and the caller does them itself); the pool never throws on a job.
 * A job that runs past the time limit rejects with JobTimeout, and its worker is replaced: a file that would hang
 * the parser costs one job, never the build.
 */
import { availableParallelism } from 'os';
import { parentPort, Worker, type Transferable } from 'worker_threads';

type Answer<Out> = { id: number; ok: true; out: Out } | { id: number; ok: false; message: string };

interface Slot<Out> {
  worker: Worker;
  /** In the order posted: a worker answers one after another, so the first is the one running. */
  jobs: Map<number, { resolve: (o: Out) => void; reject: (e: Error) => void }>;
  timer?: ReturnType<typeof setTimeout>;
}

/** A job that ran past the pool's time limit (its worker was stopped). Other jobs of that worker reject otherwise. */
export class JobTimeout extends Error {}

/** Worker threads worth starting here: one per core, none on one core (the caller's thread is that core). */
export function workerThreadsWanted(cap = 4): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, cap) : 0;
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<Out>[] = [];
  private next = 0;

  constructor(
    private readonly script: string,
    size: number,
    private readonly timeLimitMs = 60_000,
  ) {
    for (let i = 0; i < size; i++) this.start();
  }

  /** Workers still alive: none means every job is the caller's to do. */
  get size(): number {
    return this.slots.length;
  }

  get inFlight(): number {
    return this.slots.reduce((n, s) => n + s.jobs.size, 0);
  }

  run(job: In, transfer: Transferable[] = []): Promise<Out> {
    const slot = this.slots.reduce<Slot<Out> | undefined>(
      (a, s) => (!a || s.jobs.size < a.jobs.size ? s : a),
      undefined,
    );
    if (!slot) return Promise.reject(new Error('no worker thread'));
    const id = this.next++;
    return new Promise<Out>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.postMessage({ id, job }, transfer);
      if (slot.jobs.size === 1) this.arm(slot);
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The time limit of the slot's running job (the first in its queue), if any. */
  private arm(slot: Slot<Out>): void {
    clearTimeout(slot.timer);
    const running = slot.jobs.keys().next();
    if (running.done) return;
    slot.timer = setTimeout(() => this.timeOut(slot, running.value), this.timeLimitMs);
    slot.timer.unref();
  }

  private timeOut(slot: Slot<Out>, id: number): void {
    const j = slot.jobs.get(id);
    slot.jobs.delete(id);
    j?.reject(new JobTimeout(`no answer within ${this.timeLimitMs / 1000} s`));
    this.fail(slot, new Error('worker thread stopped (another job ran past the time limit)'));
    void slot.worker.terminate();
    // It was working: a fresh one takes its place.
    this.start();
  }

  /** Takes the slot out of the pool; its jobs reject with `e`. Idempotent (an error is followed by an exit). */
  private fail(slot: Slot<Out>, e: Error): void {
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    for (const j of slot.jobs.values()) j.reject(e);
    slot.jobs.clear();
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script);
    } catch {
      return; // one fewer worker: its share is the caller's
    }
    const slot: Slot<Out> = { worker, jobs: new Map() };
    worker.on('message', (a: Answer<Out>) => {
      const j = slot.jobs.get(a.id);
      if (!j) return;
      slot.jobs.delete(a.id);
      this.arm(slot);
      if (a.ok) j.resolve(a.out);
      else j.reject(new Error(a.message));
    });
    worker.on('error', (e) => this.fail(slot, e));
    worker.on('exit', (code) => this.fail(slot, new Error(`worker thread exited (${code})`)));
    this.slots.push(slot);
  }
}

/**
 * The worker side: answers each job with `handle` (and the buffers its answer may move instead of copying).
 * A job that throws is answered with its message; the worker goes on.
 */
export function serveJobs<In, Out>(handle: (job: In) => { out: Out; transfer?: Transferable[] }): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  port.on('message', ({ id, job }: { id: number; job: In }) => {
    try {
      const { out, transfer } = handle(job);
      port.postMessage({ id, ok: true, out } satisfies Answer<Out>, transfer ?? []);
    } catch (e) {
      port.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies Answer<Out>);
    }
  });
}
