/**
 * A drafting session through a real server in `npm run bench`: a new paragraph typed into the 35k draft a character
 * at a time (a new paragraph every 150 characters), each keystroke pulled, and what the server keeps resident —
 * every typed version once stayed in memory (~75 KB a keystroke).
 */
import { processMB } from '../test/bounded';
import { StdioClient } from '../test/lsp/client';
import { draft35k, proseCharacter } from './inputs';
import { fmt, median } from './timing';

export async function sessionBench(results: Record<string, unknown>, keystrokes: number): Promise<void> {
  const client = new StdioClient();
  try {
    await client.initialize({ locale: 'zh-cn' });
    const d = draft35k();
    const uri = 'file:///bench/session-工作报告.txt';
    await client.open(uri, d.text);
    await client.request('textDocument/diagnostic', { textDocument: { uri } });
    let line = Math.floor(d.text.split('\n').length / 2),
      col = 0,
      version = 1;
    const edit = (text: string, at: number) =>
      client.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line, character: at }, end: { line, character: at } }, text }],
      });
    await edit('\n', 0);
    const before = processMB(client.proc.pid, 'VmRSS');
    const last: number[] = [];
    for (let i = 0; i < keystrokes; i++) {
      if (col >= 150) {
        await edit('\n', col);
        line++;
        col = 0;
      }
      const t0 = process.hrtime.bigint();
      await edit(proseCharacter(i), col++);
      await client.request('textDocument/diagnostic', { textDocument: { uri } });
      if (i >= keystrokes - 100) last.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const after = processMB(client.proc.pid, 'VmRSS');
    const row = { keystrokes, rssBeforeMB: before ?? null, rssAfterMB: after ?? null, lastMs: +fmt(median(last)) };
    console.log(`\n## A drafting session: ${keystrokes} keystrokes of new prose into the 35k draft, each pulled\n`);
    console.log('| server RSS MB before | after | grown | round trip ms, last 100 |');
    console.log('|---:|---:|---:|---:|');
    console.log(
      `| ${before ?? '—'} | ${after ?? '—'} | ${before !== undefined && after !== undefined ? after - before : '—'} | ${row.lastMs} |`,
    );
    results.session = row;
  } finally {
    await client.stop();
  }
}
