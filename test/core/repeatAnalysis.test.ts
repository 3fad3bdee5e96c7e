/**
 * The repeat analysis under the four repeat checks: its incremental cache, its candidate index, winnowing, content
 * characters and one-pass fingerprints, each against its definition.
 */
import * as assert from 'assert';
import {
  analyseRepeats,
  createReportService,
  DEFAULT_CONFIG,
  TextDoc,
  type ReportService,
} from '../../server/src/core';
import { newRepeatCache } from '../../server/src/core/repeat/analysis';
import { CandidateIndex, MAX_POSTINGS, newUnitId } from '../../server/src/core/repeat/candidates';
import type { Prints } from '../../server/src/core/repeat/prints';
import {
  contentLength,
  contentOf,
  contentWithIndex,
  gramHashes,
  gramSet,
  textGrams,
  textPrints,
  winnow,
  WINDOW,
} from '../../server/src/core/repeat/shingles';
import { check, codes, corpusFiles, parse, rng, sharedSeed } from '../helpers';

/** The repeat findings through the service (the document's previous version kept, as in the editor). */
function throughService(service: ReportService, text: string) {
  const doc = new TextDoc('file:///draft/工作报告.txt', text);
  return service
    .analysis(doc)
    .check({ positionAt: (o) => doc.positionAt(o) })
    .filter((d) => d.code.startsWith('repeat.'));
}

describe('incremental: an edit re-shingles only what changed', () => {
  it('gives the same findings with a warm cache as from scratch, edit after edit', () => {
    let text = sharedSeed('000');
    const service = createReportService();
    const lines = text.split('\n');
    for (let i = 0; i < 12; i++) {
      const at = 31 + i * 8;
      lines[at] = i % 3 === 0 ? lines[61] : lines[at] + (i % 2 ? '另补一句说明。' : '');
      text = lines.join('\n');
      assert.deepStrictEqual(
        codes(throughService(service, text)),
        codes(check(text, { only: /^repeat\./ })),
        `edit ${i}`,
      );
    }
  });

  it('reuses the cached shingles of every unchanged paragraph and sentence', () => {
    const text = sharedSeed('004');
    const state = newRepeatCache();
    analyseRepeats(parse(text), DEFAULT_CONFIG.repeat, state);
    const prints = state.prints;
    const before = new Set(prints.keys());
    const edited = text.replace('强化党的创新理论武装。', '强化党的创新理论武装学习。');
    let added = 0;
    const spy = new Proxy(prints, {
      get(t, k) {
        const v = Reflect.get(t, k);
        if (k === 'set')
          return (key: string, val: Prints) => {
            added++;
            return t.set(key, val);
          };
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
    state.prints = spy as typeof prints;
    analyseRepeats(parse(edited), DEFAULT_CONFIG.repeat, state);
    assert.ok(
      added >= 1 && added <= 3,
      `${added} new shingle sets after a one-paragraph edit (the paragraph and its changed sentence)`,
    );
    assert.ok([...prints.keys()].filter((k) => !before.has(k)).length === added);
  });
});

/** Candidate pairs straight from the definition: units sharing enough fingerprints that are not boilerplate. */
function pairsByDefinition(units: { prints: Uint32Array }[]): Array<[number, number]> {
  const holders = new Map<number, number[]>();
  units.forEach((u, i) => u.prints.forEach((f) => holders.set(f, [...(holders.get(f) ?? []), i])));
  const shared = new Map<string, number>();
  for (const list of holders.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++)
        shared.set(`${list[a]},${list[b]}`, (shared.get(`${list[a]},${list[b]}`) ?? 0) + 1);
  }
  const out: Array<[number, number]> = [];
  for (const [key, n] of shared) {
    const [a, b] = key.split(',').map(Number);
    if (n >= (Math.min(units[a].prints.length, units[b].prints.length) <= 8 ? 1 : 2)) out.push([a, b]);
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

describe('candidate index', () => {
  it('pairs units whose ids are large (a server that has run for long: ids past 2^21)', () => {
    const shared = Uint32Array.of(5, 9, 17);
    const units = [
      { id: 3_000_001, prints: shared },
      { id: 40_000_000, prints: Uint32Array.of(1, 2) },
      { id: 60_000_123, prints: shared },
    ];
    assert.deepStrictEqual(new CandidateIndex<(typeof units)[number]>().update(units), [[0, 2]]);
  });

  it('after any sequence of updates, pairs exactly what a fresh index pairs', () => {
    const random = rng(7);
    // Small fingerprint alphabet so posting lists cross the boilerplate bound both ways.
    const unit = () => ({
      id: newUnitId(),
      prints: Uint32Array.from(
        new Set(Array.from({ length: 1 + Math.floor(random() * 20) }, () => Math.floor(random() * 26))),
      ).sort(),
    });
    let units = Array.from({ length: 30 }, unit);
    const kept = new CandidateIndex<{ id: number; prints: Uint32Array }>();
    for (let step = 0; step < 200; step++) {
      const next = units.filter(() => random() > 0.1);
      for (let k = Math.floor(random() * 5); k > 0; k--)
        next.splice(Math.floor(random() * (next.length + 1)), 0, unit());
      // Now and then a unit moves (a paragraph cut and pasted elsewhere): the same object at another place.
      if (next.length > 2 && random() < 0.3)
        next.splice(Math.floor(random() * next.length), 0, ...next.splice(Math.floor(random() * next.length), 1));
      units = next;
      assert.deepStrictEqual(kept.update(units), pairsByDefinition(units), `step ${step}`);
    }
  });
});

describe('winnowing', () => {
  /** The definition: in every window of WINDOW hashes, the rightmost minimum; each position picked once. */
  function byDefinition(h: Uint32Array): number[] {
    if (h.length <= WINDOW) return h.length ? [Math.min(...h)] : [];
    const picked = new Set<number>();
    for (let i = 0; i + WINDOW <= h.length; i++) {
      let m = i;
      for (let j = i; j < i + WINDOW; j++) if (h[j] <= h[m]) m = j;
      picked.add(m);
    }
    return [...new Set([...picked].map((p) => h[p]))].sort((a, b) => a - b);
  }

  it('keeps the rightmost minimum of every window, on random hashes with many ties and on real text', () => {
    const random = rng(11);
    for (let t = 0; t < 300; t++) {
      const alphabet = 1 + Math.floor(random() * (t % 2 ? 6 : 1e9));
      const h = Uint32Array.from({ length: Math.floor(random() * 60) }, () => Math.floor(random() * alphabet));
      assert.deepStrictEqual([...winnow(h)], byDefinition(h), `case ${t}: ${[...h].join(',')}`);
    }
    const text = gramHashes(contentOf(sharedSeed('000')));
    assert.deepStrictEqual([...winnow(text)], byDefinition(text));
  });
});

describe('content characters', () => {
  it('contentOf, contentWithIndex and contentLength agree: CJK, full-width letters and digits, surrogate pairs, accents, emoji', () => {
    const samples = [
      sharedSeed('000'),
      '２０２３年，ＧＤＰ增长５．４％　（同比）',
      '𠀀𠀁字，😀表情，Café naïve，①②，Ⅻ，ｶﾀｶﾅ，\u3000全角空格\t制表',
      '',
      '\ud800孤立的代理项\udc00',
    ];
    for (const t of samples) {
      const { content, before } = contentWithIndex(t);
      assert.strictEqual(contentOf(t), content, t.slice(0, 20));
      assert.strictEqual(contentLength(t), content.length, t.slice(0, 20));
      assert.strictEqual(before[t.length], content.length);
    }
    assert.strictEqual(contentOf('２０２３年，ＧＤＰ增长５．４％'), '2023年GDP增长54');
  });
});

describe('one-pass fingerprints (library entries and queries)', () => {
  it('textPrints and textGrams equal the step-by-step winnow and gram set on every corpus paragraph and odd text', () => {
    const texts = ['provincial_gwr_2026', 'wikisource_national_gwr']
      .flatMap((sub) => corpusFiles(sub))
      .flatMap((f) => f.text.split('\n'))
      .concat(['', '一', '一二', '一二三', '𠀀𠀁字，😀', '\ud800孤立', '２０２３年ＧＤＰ', 'x'.repeat(20_000)]);
    // Long after short and short after long: what a scratch buffer left behind must never leak into the next.
    texts.sort((a, b) => (a.length % 7) - (b.length % 7));
    let compared = 0;
    for (const t of texts) {
      const h = gramHashes(contentOf(t));
      assert.deepStrictEqual(textPrints(t), winnow(h), t.slice(0, 30));
      assert.deepStrictEqual(textGrams(t), gramSet(h), t.slice(0, 30));
      const min = 20;
      assert.strictEqual(textPrints(t, min) === undefined, contentOf(t).length < min);
      compared++;
    }
    assert.ok(compared > 5000, `${compared}`);
  });
});
