/**
 * The fixed phrases of an era: runs of seven or more Chinese characters that recur verbatim in at least `min` texts
 * of the era, grown from frequent 7-grams one character at a time (a run is frequent only if both its shorter runs
 * are). Kept are those that read as a formulation's name — they end on a head word (思想, 主义, 理念, 意识, 制度,
 * 战略, 小康社会…), do not open on a verb or a function word (the verb varies: 落实/实施…战略), and are not the tail
 * of a longer run most of their occurrences sit in (近平新时代… inside 习近平新时代…).
 */
import type { Text } from './corpus';

const HEAD =
  /(?:思想|主义|理论|理念|精神|意识|制度|道路|战略|布局|基调|价值观|价值体系|共同体|党中央|方针|小康社会|发展观|复兴|现代化国家)$/;
const OPENING =
  /^(?:贯彻|落实|坚持|实施|推进|推动|加强|全面|深入|坚决|认真|建设|构建|践行|树立|弘扬|培育|发展|深化|完善|健全|坚定|增强|做到|维护|学习|运用|实现|建立|形成|开展|提高|促进|保持|加快|按照|根据|高举|围绕|紧扣|着力|大力|积极|进一步|不断|更加|始终|努力|切实|牢固|统筹|协调|全党|全国|全省|全市|全区|持续|根本|确保|我们|我国|各级|要|是|在|和|及|与|把|为|对|将|用|使|了|的|从|向|由|等|并|也|都|就|让|同|而|又|或|其|这|那|该|各|新|好|更|最|于|上|下|中|化|展|时|期)/;
const K = 7;
const MAX = 24;

export function mineEra(texts: Text[], min: number): Map<string, number> {
  const segments = texts.map((t) => (t.text.match(/[\u4e00-\u9fff]+/g) ?? []).filter((s) => s.length >= K));
  const levels: Map<string, number>[] = [];
  let prev: Map<string, number> | undefined;
  for (let L = K; L <= MAX + 1; L++) {
    const df = new Map<string, number>();
    for (const segs of segments) {
      const grams = new Set<string>();
      for (const s of segs)
        for (let i = 0; i + L <= s.length; i++) {
          const g = s.slice(i, i + L);
          if (prev && !(prev.has(g.slice(0, -1)) && prev.has(g.slice(1)))) continue;
          grams.add(g);
        }
      for (const g of grams) df.set(g, (df.get(g) ?? 0) + 1);
    }
    const frequent = new Map([...df].filter(([, n]) => n >= min));
    if (!frequent.size) break;
    levels.push(frequent);
    prev = frequent;
  }
  const out = new Map<string, number>();
  levels.forEach((level, i) => {
    // The most texts any one-character-longer run ending here reaches: a run that mostly stands inside one is its tail.
    const left = new Map<string, number>();
    for (const [g, n] of levels[i + 1] ?? []) left.set(g.slice(1), Math.max(left.get(g.slice(1)) ?? 0, n));
    for (const [g, n] of level)
      if (g.length <= MAX && HEAD.test(g) && !OPENING.test(g) && (left.get(g) ?? 0) < 0.6 * n) out.set(g, n);
  });
  return out;
}
