/**
 * Incremental == full: random edits replayed through a language server over stdio, compared after each batch with a
 * second server given only the final text. Seeded and reproducible: a failure prints the seed and batch.
 */
import * as assert from 'assert';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDoc } from '../../server/src/core';
import { ROOT, rng } from '../helpers';
import { StdioClient } from './client';

/**
 * What typing inserts. Line breaks are \n or \r\n as a whole: editors normalise line ends (VS Code never sends a lone
 * \r or half a CRLF), and an offset inside a CRLF has no LSP position.
 */
const TOKENS = [...'的一是在了人大常委会代表监督立法工作报告，。、；：“”（）()12345一二三四五 ', '\n', '\r\n'];

interface Edit {
  start: number;
  end: number;
  text: string;
}

function randomEdit(text: string, random: () => number, seedLines: string[]): Edit {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  const at = Math.floor(random() * (text.length + 1));
  const lineStarts = new TextDoc('x', text);
  // Keep the draft report-sized: a short one gets a block of seed lines (headings, repeats, figures) pasted in.
  if (text.length < 4000) {
    const s = lineStarts.offsetAt({ line: lineStarts.positionAt(at).line, character: 0 });
    const from = Math.floor(random() * (seedLines.length - 12));
    return { start: s, end: s, text: seedLines.slice(from, from + 12).join('\n') + '\n' };
  }
  const r = random();
  if (r < 0.3)
    return {
      start: at,
      end: at,
      text: Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(TOKENS)).join(''),
    };
  if (r < 0.5) return { start: at, end: Math.min(text.length, at + 1 + Math.floor(random() * 40)), text: '' };
  if (r < 0.65) {
    // Replace a whole line with a line of a seed (often a numbered heading or a repeated paragraph).
    const line = lineStarts.positionAt(at).line;
    const s = lineStarts.offsetAt({ line, character: 0 });
    const e = lineStarts.offsetAt({ line: line + 1, character: 0 });
    const endOfLine = text.slice(s, e).search(/\r?\n|\r/);
    return { start: s, end: endOfLine < 0 ? e : s + endOfLine, text: pick(seedLines) };
  }
  if (r < 0.8) {
    // Paste a paragraph (or two) of a seed at a line start.
    const line = lineStarts.positionAt(at).line;
    const s = lineStarts.offsetAt({ line, character: 0 });
    return { start: s, end: s, text: `${pick(seedLines)}\n${random() < 0.3 ? `${pick(seedLines)}\r\n` : ''}` };
  }
  if (r < 0.9) {
    // Delete a run of lines (a section, a pasted block).
    const from = lineStarts.positionAt(at).line;
    const s = lineStarts.offsetAt({ line: from, character: 0 });
    const e = lineStarts.offsetAt({ line: from + 1 + Math.floor(random() * 8), character: 0 });
    return { start: s, end: e, text: '' };
  }
  return { start: at, end: at, text: random() < 0.5 ? '\r\n' : '\n\n' };
}

/** An offset between the \r and \n of a CRLF has no LSP position (servers move it before the \r): avoid it. */
function clean(text: string, o: number): number {
  return o > 0 && text[o - 1] === '\r' && text[o] === '\n' ? o - 1 : o;
}

function lspChange(text: string, e: Edit) {
  const doc = new TextDoc('x', text);
  return { range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, text: e.text };
}

async function snapshot(client: StdioClient, uri: string) {
  const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
  const folding = await client.request('textDocument/foldingRange', { textDocument: { uri } });
  const diagnostics = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
  return { symbols, folding, diagnostics: diagnostics.items };
}

/** Runs `edits` random edits in batches of `batch`, checking after each batch; returns how many were applied. */
export async function fuzz(
  seed: number,
  edits: number,
  batch = 10,
  log: (s: string) => void = () => undefined,
): Promise<number> {
  const seeds = readdirSync(join(ROOT, 'seeds')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
  const seedLines = seeds.flatMap((t) => t.split('\n')).filter((l) => l.trim());
  const random = rng(seed);
  const incremental = new StdioClient();
  const fresh = new StdioClient();
  try {
    // Both compare against the same library (the bundled samples): wait until each has built it.
    const built = [incremental, fresh].map(
      (c) => new Promise((resolve) => c.conn.onNotification('workReport/libraryChanged', resolve)),
    );
    await Promise.all([incremental.initialize({ locale: 'zh-cn' }), fresh.initialize({ locale: 'zh-cn' })]);
    await Promise.race([Promise.all(built), new Promise((r) => setTimeout(r, 10000))]);
    let text = seeds[Math.floor(random() * seeds.length)];
    const uri = 'file:///fuzz/草稿-工作报告.txt';
    await incremental.open(uri, text);
    let version = 1;
    let applied = 0;
    for (let b = 0; applied < edits; b++) {
      // Some batches send one change per notification, others several changes in one (applied in order).
      const changes: ReturnType<typeof lspChange>[] = [];
      const single = random() < 0.5;
      for (let i = 0; i < batch && applied < edits; i++, applied++) {
        const raw = randomEdit(text, random, seedLines);
        const e = {
          ...raw,
          start: clean(text, raw.start),
          end: Math.max(clean(text, raw.start), clean(text, raw.end)),
        };
        const change = lspChange(text, e);
        // Apply it as the server's document does, so both hold the same text by construction.
        text = TextDocument.update(TextDocument.create(uri, 'work-report', 0, text), [change], 1).getText();
        if (single)
          await incremental.conn.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: ++version },
            contentChanges: [change],
          });
        else changes.push(change);
      }
      if (!single)
        await incremental.conn.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: ++version },
          contentChanges: changes,
        });
      const freshUri = `file:///fuzz/b${b}-工作报告.txt`;
      await fresh.open(freshUri, text);
      const [a, f] = await Promise.all([snapshot(incremental, uri), snapshot(fresh, freshUri)]);
      const norm = (x: unknown) => JSON.parse(JSON.stringify(x).split(freshUri).join(uri));
      try {
        assert.deepStrictEqual(a, norm(f));
      } catch (e) {
        const [sa, sf] = await Promise.all([
          incremental.request('workReport/documentStats', { uri }),
          fresh.request('workReport/documentStats', { uri: freshUri }),
        ]);
        if (process.env.FUZZ_DEBUG)
          log(JSON.stringify({ sa, sf, symbolsEqual: JSON.stringify(a.symbols) === JSON.stringify(norm(f.symbols)) }));
        throw new Error(
          `incremental != full at seed ${seed}, batch ${b} (${applied} edits): ${(e as Error).message.slice(0, 2000)}`,
          { cause: e },
        );
      }
      await fresh.conn.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
      if (b % 50 === 0)
        log(`  ${applied} edits, ${text.length} characters, ${(a.diagnostics as unknown[]).length} findings: same`);
    }
    return applied;
  } finally {
    await Promise.all([incremental.stop(), fresh.stop()]);
  }
}
