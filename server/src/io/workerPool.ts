/**
 * CPU-bound jobs spread over worker threads, one per core: a cold library build parses hundreds of reports, and
 * on one thread it used one core of two (and held the server's event loop between steps). Jobs go to the worker
 * with the fewest in flight; answers come back by job number, so callers keep their own order. A worker that
 * fails takes only its jobs down (they reject, and the caller does them itself); the pool never throws on a job.
 */
import { availableParallelism } from 'os';
import { parentPort, Worker, type Transferable } from 'worker_threads';

type Answer<Out> = { id: number; ok: true; out: Out } | { id: number; ok: false; message: string };

interface Slot<Out> {
  worker: Worker;
  jobs: Map<number, { resolve: (o: Out) => void; reject: (e: Error) => void }>;
}

/** Worker threads worth starting here: one per core, none on one core (the caller's thread is that core). */
export function workerThreadsWanted(cap = 4): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, cap) : 0;
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<Out>[] = [];
  private next = 0;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) this.start(script);
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
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private start(script: string): void {
    let worker: Worker;
    try {
      worker = new Worker(script);
    } catch {
      return; // one fewer worker: its share is the caller's
    }
    const slot: Slot<Out> = { worker, jobs: new Map() };
    const fail = (e: Error) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const j of slot.jobs.values()) j.reject(e);
      slot.jobs.clear();
    };
    worker.on('message', (a: Answer<Out>) => {
      const j = slot.jobs.get(a.id);
      if (!j) return;
      slot.jobs.delete(a.id);
      if (a.ok) j.resolve(a.out);
      else j.reject(new Error(a.message));
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`worker thread exited (${code})`)));
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
