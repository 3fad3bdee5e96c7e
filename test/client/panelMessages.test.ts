import * as assert from 'assert';
import { MAX_TITLE, parsePanelMessage, shortenTitles } from '../../client/src/panelMessages';

describe('messages from the comparison panel, checked in the host', () => {
  it('lets through only opening a report at a line', () => {
    assert.deepStrictEqual(parsePanelMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepStrictEqual(parsePanelMessage({ type: 'open', uri: 'file:///r/2022-%E6%A0%AA.txt', line: 3 }), {
      type: 'open',
      uri: 'file:///r/2022-%E6%A0%AA.txt',
      line: 3,
    });
    assert.ok(parsePanelMessage({ type: 'open', uri: 'untitled:Untitled-1', line: 0 }));
    assert.deepStrictEqual(
      parsePanelMessage({ type: 'changeLibrary', command: 'workbench.action.terminal.new' }),
      { type: 'changeLibrary' },
      'extra fields are dropped',
    );
  });

  it('refuses command: and every other scheme, however written', () => {
    for (const uri of [
      'command:workbench.action.terminal.new',
      'COMMAND:workbench.action.terminal.new',
      ' command:x',
      '\ncommand:x',
      'command:%66ile',
      'javascript:alert(1)',
      'https://example.org/a.txt',
      'vscode://settings',
      'vscode-remote',
      'file',
      'filex:///a',
      'data:text/plain,hi',
    ])
      assert.strictEqual(parsePanelMessage({ type: 'open', uri, line: 1 }), undefined, uri);
  });

  it('refuses bad lines, oversized strings and unknown messages', () => {
    for (const line of [-1, 1.5, '3', null, 1e9, Number.NaN])
      assert.strictEqual(parsePanelMessage({ type: 'open', uri: 'file:///a.txt', line }), undefined, String(line));
    assert.strictEqual(parsePanelMessage({ type: 'open', uri: 'file:///' + 'a'.repeat(5000), line: 1 }), undefined);
    for (const m of [null, 'open', { type: 'run', command: 'x' }, { type: 'open' }])
      assert.strictEqual(parsePanelMessage(m), undefined);
  });

  it('shortens very long titles and labels before they reach the page, leaving other text alone', () => {
    const long = '关于'.repeat(5000);
    const data = { summary: { draft: { title: long } }, rows: [{ draft: { label: long }, text: long }], n: 3 };
    const out = shortenTitles(data);
    assert.strictEqual(out.summary.draft.title.length, MAX_TITLE);
    assert.ok(out.summary.draft.title.endsWith('…'));
    assert.strictEqual(out.rows[0].draft.label.length, MAX_TITLE);
    assert.strictEqual(out.rows[0].text, long);
    assert.strictEqual(out.n, 3);
    assert.strictEqual(data.summary.draft.title, long, 'the original is not changed');
  });
});

describe('opening a figure from the panel', () => {
  it("carries the figure's column and length, each a small whole number", () => {
    assert.deepStrictEqual(
      parsePanelMessage({ type: 'open', uri: 'file:///a.txt', line: 3, character: 12, length: 3 }),
      { type: 'open', uri: 'file:///a.txt', line: 3, character: 12, length: 3 },
    );
    for (const [character, length] of [
      [-1, 3],
      [1.5, 3],
      [2, 'x'],
      [2, undefined],
      [1e9, 1],
    ]) {
      assert.strictEqual(
        parsePanelMessage({ type: 'open', uri: 'file:///a.txt', line: 3, character, length }),
        undefined,
        `${character} ${length}`,
      );
    }
  });
});
