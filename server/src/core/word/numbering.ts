/**
 * Word's automatic numbering (numbering.xml): list definitions, their instances with overrides, and the counters a
 * document's paragraphs advance in order. This is what mammoth and officeparser drop, and what a report's 一、（一）
 * are made of when Word numbered them.
 */
import { LIMITS, LimitExceeded } from '../limits';
import { formatNumber } from './numberFormats';
import { child, childVal, elements, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** After the number: tab, space or nothing. */
  suffix: string;
  /** Legal numbering: every level shown as decimal. */
  legal: boolean;
  /** The paragraph style that carries this level, if any. */
  style?: string;
  /** Levels above which restart this one: -1 never, else restart after a level ≤ this is used. */
  restartAfter: number;
}

interface Instance {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** A list value as Word takes it: a whole number from 0 to LIMITS.listValue ("Infinity", "1e9", "-5" are not). */
function listValue(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\s*\d{1,15}\s*$/.test(v) ? Number(v) : 0;
  return Math.min(n, LIMITS.listValue);
}

function readLevel(el: XmlElement): Level {
  const restart = childVal(el, 'w:lvlRestart');
  const text = childVal(el, 'w:lvlText') ?? '';
  if (text.length > LIMITS.numberTextChars) throw new LimitExceeded('numberTextChars');
  return {
    start: listValue(childVal(el, 'w:start')) ?? 0,
    format: childVal(el, 'w:numFmt') ?? 'decimal',
    text,
    suffix: childVal(el, 'w:suff') ?? 'tab',
    legal: child(el, 'w:isLgl') !== undefined && childVal(el, 'w:isLgl') !== '0',
    style: childVal(el, 'w:pStyle'),
    restartAfter: restart === undefined ? Infinity : (listValue(restart) ?? 0) - 1,
  };
}

/** Ten levels at most (0–8 in Word); anything else in a hostile file is ignored. */
function levelIndex(el: XmlElement): number {
  const i = Number(el.attrs['w:ilvl']);
  return Number.isInteger(i) && i >= 0 && i < 10 ? i : -1;
}

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  /** numStyleLink → the abstract list whose styleLink names it. */
  private readonly links = new Map<string, string>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(root: XmlElement | undefined) {
    const numbering = root ? elements(root)[0] : undefined;
    if (!numbering) return;
    const styleLinked = new Map<string, string>();
    for (const a of elements(numbering, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      const levels = new Map<number, Level>();
      for (const l of elements(a, 'w:lvl')) {
        const i = levelIndex(l);
        if (i >= 0) levels.set(i, readLevel(l));
      }
      this.abstracts.set(id, levels);
      const link = childVal(a, 'w:styleLink');
      if (link) this.links.set(link, id);
      const uses = childVal(a, 'w:numStyleLink');
      if (uses) styleLinked.set(id, uses);
    }
    for (const [id, uses] of styleLinked) {
      const target = this.links.get(uses);
      if (target && target !== id && (this.abstracts.get(id)?.size ?? 0) === 0)
        this.abstracts.set(id, this.abstracts.get(target)!);
    }
    for (const n of elements(numbering, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const i = levelIndex(o);
        if (i < 0) continue;
        const start = childVal(o, 'w:startOverride');
        const lvl = child(o, 'w:lvl');
        overrides.set(i, {
          start: listValue(start),
          level: lvl ? readLevel(lvl) : undefined,
        });
      }
      this.instances.set(n.attrs['w:numId'], { abstractId: childVal(n, 'w:abstractNumId') ?? '', overrides });
    }
  }

  private level(inst: Instance, i: number): Level | undefined {
    return inst.overrides.get(i)?.level ?? this.abstracts.get(inst.abstractId)?.get(i);
  }

  /** The level a style's paragraphs take in a list when their style names the list without a level. */
  levelOfStyle(numId: string, style: string | undefined): number {
    const inst = this.instances.get(numId);
    if (!inst || !style) return 0;
    for (const [i, l] of this.abstracts.get(inst.abstractId) ?? []) if (l.style === style) return i;
    return 0;
  }

  /**
   * Advances the counters for a paragraph at list `numId`, level `ilvl`, and returns its number as text with the
   * suffix ('' for none). Instances of one list share their counters, as in Word, unless an instance restarts them.
   */
  next(numId: string, ilvl: number): string {
    const inst = this.instances.get(numId);
    if (!inst || numId === '0') return '';
    const lvl = this.level(inst, ilvl);
    if (!lvl) return '';
    const restarts = [...inst.overrides.values()].some((o) => o.start !== undefined);
    const key = restarts ? `n${numId}` : `a${inst.abstractId}`;
    let counts = this.counters.get(key);
    if (!counts) this.counters.set(key, (counts = []));
    if (restarts && !this.started.has(key)) {
      this.started.add(key);
      for (const [i, o] of inst.overrides) if (o.start !== undefined) counts[i] = o.start - 1;
    }
    counts[ilvl] = (counts[ilvl] ?? (this.level(inst, ilvl)?.start ?? 1) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 10; deeper++) {
      const d = this.level(inst, deeper);
      if (!d || ilvl <= d.restartAfter) counts[deeper] = undefined;
    }
    if (lvl.format === 'bullet') return '';
    const text = lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const l = this.level(inst, i);
      const v = counts![i] ?? l?.start ?? 1;
      return formatNumber(v, lvl.legal ? 'decimal' : (l?.format ?? 'decimal'));
    });
    return text + (lvl.suffix === 'space' ? ' ' : '');
  }
}
