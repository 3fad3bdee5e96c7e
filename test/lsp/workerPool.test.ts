import * as assert from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { JobFailed, JobTimeout, WorkerPool } from '../../server/src/io/workerPool';

/**
 * A worker speaking the pool's protocol: doubles a number, throws on 7, never answers 13, dies on 99, and on 66
 * fills its heap.
 */
const WORKER = `
const { parentPort } = require('worker_threads');
parentPort.postMessage('ready');
parentPort.on('message', ({ id, job }) => {
  if (job === 13) for (;;);
  if (job === 99) process.exit(3);
  if (job === 66) { const a = []; for (;;) a.push(new Array(1e5).fill(job)); }
  if (job === 7) return parentPort.postMessage({ id, ok: false, message: 'seven refused' });
  parentPort.postMessage({ id, ok: true, out: job * 2 });
});`;

describe('worker pool', function () {
  this.timeout(20_000);
  const dir = mkdtempSync(join(tmpdir(), 'wr-pool-'));
  const script = join(dir, 'worker.js');
  writeFileSync(script, WORKER);
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers every job with its own result, whichever worker ran it; a refused job rejects alone', async () => {
    const pool = new WorkerPool<number, number>(script, 2);
    try {
      const jobs = Array.from({ length: 40 }, (_, i) => (i === 7 ? 7 : i + 100));
      const got = await Promise.allSettled(jobs.map((j) => pool.run(j)));
      got.forEach((r, i) => {
        if (jobs[i] === 7) assert.ok(r.status === 'rejected' && /seven refused/.test(String(r.reason)));
        else assert.deepStrictEqual(r, { status: 'fulfilled', value: jobs[i] * 2 });
      });
      assert.strictEqual(pool.size, 2);
      assert.strictEqual(pool.inFlight, 0);
    } finally {
      await pool.close();
    }
  });

  it('stops a job that runs past the time limit, replaces its worker, and goes on', async () => {
    const pool = new WorkerPool<number, number>(script, 2, 400);
    try {
      const jobs = [1, 2, 13, 3, 4, 5, 6, 8];
      const got = await Promise.allSettled(jobs.map((j) => pool.run(j)));
      const hung = got[jobs.indexOf(13)];
      assert.ok(hung.status === 'rejected' && hung.reason instanceof JobTimeout, String(hung));
      // The others either ran or were on the stopped worker: those reject without being timeouts, for the caller
      // to do itself.
      got.forEach((r, i) => {
        if (jobs[i] === 13) return;
        if (r.status === 'fulfilled') assert.strictEqual(r.value, jobs[i] * 2);
        else assert.ok(!(r.reason instanceof JobTimeout), `job ${jobs[i]}: ${String(r.reason)}`);
      });
      assert.ok(got.filter((r) => r.status === 'fulfilled').length >= 4, 'the other worker kept answering');
      assert.strictEqual(pool.size, 2, "a fresh worker took the stopped one's place");
      assert.deepStrictEqual(await Promise.all([10, 11, 12].map((j) => pool.run(j))), [20, 22, 24]);
    } finally {
      await pool.close();
    }
  });

  it('a job whose worker dies under it, or passes its heap limit, fails alone; the jobs behind it are done', async () => {
    const pool = new WorkerPool<number, number>(script, 1, 10_000, { maxOldGenerationSizeMb: 32 });
    try {
      const jobs = [1, 99, 2, 66, 3, 4];
      const got = await Promise.allSettled(jobs.map((j) => pool.run(j)));
      got.forEach((r, i) => {
        if (jobs[i] === 99 || jobs[i] === 66)
          assert.ok(r.status === 'rejected' && r.reason instanceof JobFailed, `${jobs[i]}: ${String(r)}`);
        else assert.deepStrictEqual(r, { status: 'fulfilled', value: jobs[i] * 2 });
      });
      const heap = got[jobs.indexOf(66)] as PromiseRejectedResult;
      assert.match(String(heap.reason.message), /memory/i);
      assert.strictEqual(pool.size, 1);
    } finally {
      await pool.close();
    }
  });

  it('with a script that cannot start, every job rejects and the pool is empty', async () => {
    const pool = new WorkerPool<number, number>(join(dir, 'missing.js'), 2);
    try {
      const got = await Promise.allSettled([1, 2, 3].map((j) => pool.run(j)));
      assert.ok(got.every((r) => r.status === 'rejected'));
      await new Promise((r) => setTimeout(r, 200));
      assert.strictEqual(pool.size, 0);
      await assert.rejects(pool.run(4), /no worker thread/);
    } finally {
      await pool.close();
    }
  });
});
