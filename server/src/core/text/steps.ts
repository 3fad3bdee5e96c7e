/**
 * Stepwise computations: a generator that yields between steps of a long piece of work, run to its end at once
 * (the CLI, tests) or with other work in between (the server answers requests while the library is rebuilt).
 */

/** Runs a stepwise computation to its end at once. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs a stepwise computation, awaiting `pause` between its steps. */
export async function drainInSteps<T>(steps: Generator<void, T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pause();
  }
}
