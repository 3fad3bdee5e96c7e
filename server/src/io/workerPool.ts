/**
 * CPU-bound jobs spread over worker threads, one per core: a cold library build parses hundreds of reports, and
 * on one thread it used one core of two (and held the server's event loop between steps). Jobs go to the worker
 * with the fewest in flight; answers come back by job number, so callers keep their own order; the pool never
 * throws on a job. A worker that never starts sends its jobs back to the caller (NoWorker: the caller may do them
 * itself). A job that runs past the time limit rejects with JobTimeout, and its worker is replaced: a file that would hang
 * the parser costs one job, never the build. A worker whose heap passes its limit (resourceLimits) or that dies
 * otherwise takes down the job it was running (JobFailed: that job is never retried on the caller's thread, where
 * it would do the same harm) and a fresh worker takes over the jobs queued behind it.
 */
import { availableParallelism } from 'os';
import { parentPort, Worker, type ResourceLimits, type Transferable } from 'worker_threads';

type Answer<Out> = { id: number; ok: true; out: Out } | { id: number; ok: false; message: string };
/** What a worker says once its script has loaded and it serves jobs. */
const READY = 'ready';

interface Job<In, Out> {
  job: In;
  /** This job's own time limit, if not the pool's. */
  timeLimitMs?: number;
  resolve: (o: Out) => void;
  reject: (e: Error) => void;
}

interface Slot<In, Out> {
  worker: Worker;
  /** Its script loaded and serving (it said so): a death before that is a start that failed, not a job's doing. */
  ready: boolean;
  /** In the order posted: a worker answers one after another, so the first is the one running. */
  jobs: Map<number, Job<In, Out>>;
  timer?: ReturnType<typeof setTimeout>;
}

/** A job that ran past the pool's time limit (its worker was stopped). */
export class JobTimeout extends Error {}
/** A job whose worker died under it (its heap limit passed, or a crash): the job's own doing. */
export class JobFailed extends Error {}
/** No worker thread could be had for a job: the caller may do it itself. */
export class NoWorker extends Error {}

/** Workers started again after deaths, at most, in a pool's life: a file that kills every worker ends here. */
const MAX_RESTARTS = 16;

/** Worker threads worth starting here: one per core, none on one core (the caller's thread is that core). */
export function workerThreadsWanted(cap = 4): number {
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, cap) : 0;
}

export class WorkerPool<In, Out> {
  private readonly slots: Slot<In, Out>[] = [];
  private next = 0;
  private restarts = 0;
  private closed = false;

  constructor(
    private readonly script: string,
    size: number,
    private readonly timeLimitMs = 60_000,
    private readonly resourceLimits?: ResourceLimits,
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

  run(job: In, transfer: Transferable[] = [], timeLimitMs?: number): Promise<Out> {
    return new Promise<Out>((resolve, reject) => this.post({ job, resolve, reject, timeLimitMs }, transfer));
  }

  private post(j: Job<In, Out>, transfer: Transferable[] = []): void {
    const slot = this.slots.reduce<Slot<In, Out> | undefined>(
      (a, s) => (!a || s.jobs.size < a.jobs.size ? s : a),
      undefined,
    );
    if (!slot) return j.reject(new NoWorker('no worker thread'));
    const id = this.next++;
    slot.jobs.set(id, j);
    slot.worker.postMessage({ id, job: j.job }, transfer);
    if (slot.jobs.size === 1) this.arm(slot);
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.splice(0);
    for (const s of slots) {
      clearTimeout(s.timer);
      for (const j of s.jobs.values()) j.reject(new NoWorker('the pool was closed'));
      s.jobs.clear();
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The time limit of the slot's running job (the first in its queue), if any. */
  private arm(slot: Slot<In, Out>): void {
    clearTimeout(slot.timer);
    const running = slot.jobs.values().next();
    if (running.done) return;
    const limit = running.value.timeLimitMs ?? this.timeLimitMs;
    slot.timer = setTimeout(() => this.timeOut(slot, limit), limit);
    slot.timer.unref();
  }

  private timeOut(slot: Slot<In, Out>, limitMs: number): void {
    // It was running the job (whether or not it said it was ready): the job is the one that hangs.
    this.fail(slot, new JobTimeout(`no answer within ${limitMs / 1000} s`), true);
    void slot.worker.terminate();
  }

  /**
   * Takes the slot out of the pool: the job it was running rejects with `e`, a fresh worker is started, and the
   * jobs queued behind go to the workers left. A worker that never started takes no job down and is not replaced:
   * its jobs go to the others, or back to the caller (NoWorker). Idempotent (an error is followed by an exit).
   */
  private fail(slot: Slot<In, Out>, e: Error, started = slot.ready): void {
    clearTimeout(slot.timer);
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const jobs = [...slot.jobs.values()];
    slot.jobs.clear();
    if (started) {
      jobs.shift()?.reject(e);
      if (!this.closed && this.restarts++ < MAX_RESTARTS) this.start();
    }
    for (const j of jobs) this.post(j);
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.script, this.resourceLimits ? { resourceLimits: this.resourceLimits } : {});
    } catch {
      return; // one fewer worker: its share is the caller's
    }
    const slot: Slot<In, Out> = { worker, ready: false, jobs: new Map() };
    worker.on('message', (a: Answer<Out> | typeof READY) => {
      slot.ready = true;
      if (a === READY) return;
      const j = slot.jobs.get(a.id);
      if (!j) return;
      slot.jobs.delete(a.id);
      this.arm(slot);
      if (a.ok) j.resolve(a.out);
      else j.reject(new Error(a.message));
    });
    worker.on('error', (e) => this.fail(slot, new JobFailed(e.message)));
    worker.on('exit', (code) => this.fail(slot, new JobFailed(`worker thread exited (${code})`)));
    this.slots.push(slot);
  }
}

type Handled<Out> = { out: Out; transfer?: Transferable[] };

/**
 * The worker side: answers each job with `handle` (and the buffers its answer may move instead of copying), one
 * job after another even when `handle` is asynchronous (the pool times the first job in a worker's queue).
 * A job that throws is answered with its message; the worker goes on.
 */
export function serveJobs<In, Out>(handle: (job: In) => Handled<Out> | Promise<Handled<Out>>): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  let queue = Promise.resolve();
  port.postMessage(READY);
  port.on('message', ({ id, job }: { id: number; job: In }) => {
    queue = queue.then(async () => {
      try {
        const { out, transfer } = await handle(job);
        port.postMessage({ id, ok: true, out } satisfies Answer<Out>, transfer ?? []);
      } catch (e) {
        port.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) } satisfies Answer<Out>);
      }
    });
  });
}
