import * as assert from 'assert';
import type { Connection } from 'vscode-languageserver';
import { FEATURES_BEFORE_INITIALIZE } from '../../server/src/lsp/clientCapabilities';
import { LibraryBuilds } from '../../server/src/lsp/libraryBuilds';
import type { LibraryStore } from '../../server/src/lsp/library';

/** A store whose builds take a while and count themselves; a connection that only records what is sent. */
function fakes() {
  const calls: { started: number; running: number; most: number } = { started: 0, running: 0, most: 0 };
  const store = {
    index: { size: 3 },
    build: async () => {
      calls.started++;
      calls.running++;
      calls.most = Math.max(calls.most, calls.running);
      await new Promise((r) => setTimeout(r, 20));
      calls.running--;
      return { files: 3, parsed: 3, skipped: [] };
    },
  } as unknown as LibraryStore;
  const sent: unknown[] = [];
  const connection = {
    console: { log: () => undefined, error: () => undefined },
    sendNotification: (_type: unknown, params: unknown) => sent.push(params),
  } as unknown as Connection;
  return { calls, store, connection, sent };
}

describe('library builds on the server', () => {
  it('one at a time; a burst of changes during a build queues one more build, not one each', async () => {
    const { calls, store, connection, sent } = fakes();
    let built = 0;
    const opts = {
      roots: () => [],
      samplesPath: () => undefined,
      locale: () => 'zh' as const,
      onBuilt: () => built++,
      features: () => FEATURES_BEFORE_INITIALIZE,
    };
    const builds = new LibraryBuilds(connection, store, opts);
    builds.rebuild();
    await new Promise((r) => setTimeout(r, 5)); // the first build is under way
    for (let i = 0; i < 5; i++) builds.rebuild();
    await builds.ready();
    assert.deepStrictEqual([calls.started, calls.most], [2, 1]);
    assert.strictEqual(builds.generation, 2);
    assert.strictEqual(built, 2);
    assert.deepStrictEqual(sent, [{ reports: 3 }, { reports: 3 }]);
  });
});
