/** Options shared by the editor and the CLI: from `.workreportrc.json`, with VS Code settings layered on top. */
import { SEVERITY_SETTINGS, type SeveritySetting } from './severity';

export interface RepeatOptions {
  /** Paragraphs shorter than this (content characters) are never repeats: 各位代表！, 请予审议。 */
  minParagraphLength: number;
  /** Dice similarity of 3-gram sets at or above which two paragraphs are an edited copy. */
  nearThreshold: number;
  /** Share of a short paragraph's 3-grams found in a longer one at or above which it is contained in it. */
  containmentThreshold: number;
  /** Sentences with fewer content characters (after stop phrases and “quoted” slogans are removed) are ignored. */
  sentenceMinLength: number;
  /** Dice similarity at or above which two sentences in the same part are the same sentence edited. */
  sentenceThreshold: number;
  /** Phrases that reports repeat on purpose; removed before a sentence's length is measured. Extends the defaults. */
  stopPhrases: string[];
}

/** A user's preferred term (规范用语): `avoid` forms (strings, or regular expressions when `regex`) replaced by `use`. */
export interface PreferredTerm {
  use: string;
  avoid: string[];
  note?: string;
  regex?: boolean;
}

export interface ReportConfig {
  severity: Record<string, SeveritySetting>;
  repeat: RepeatOptions;
  /** The office's own list of preferred and banned terms (term.preferred). */
  terms: PreferredTerm[];
  /** Glob patterns (relative to the config file) of files not to check. */
  ignore: string[];
}

export const DEFAULT_STOP_PHRASES = [
  '各位代表',
  '请予审议',
  '一年来',
  '过去一年',
  '在此',
  '我代表',
  '表示衷心的感谢',
  '表示崇高的敬意',
  '习近平新时代中国特色社会主义思想',
  '以习近平同志为核心的党中央',
  '党的二十大精神',
  '二十届历次全会精神',
  '在市委的坚强领导下',
  '在省委的坚强领导下',
  '在党中央坚强领导下',
  '全面贯彻',
  '深入贯彻',
  '认真贯彻落实',
];

export const DEFAULT_CONFIG: ReportConfig = {
  severity: {},
  repeat: {
    minParagraphLength: 10,
    nearThreshold: 0.6,
    containmentThreshold: 0.9,
    sentenceMinLength: 20,
    sentenceThreshold: 0.85,
    stopPhrases: [],
  },
  ignore: [],
  terms: [],
};

/** Bounds on a user's term list: a list of a few hundred terms, each pattern short and without nested repetition. */
const MAX_TERMS = 500;
const MAX_PATTERN = 100;
/** A quantified group that itself holds a quantifier ((a+)+, (\w*)*): the shape that backtracks exponentially. */
const NESTED_QUANTIFIER = /\([^()]*[+*?}][^()]*\)\s*[+*{?]/;

function termProblem(t: unknown, i: number): string | undefined {
  const where = `terms[${i}]`;
  if (!t || typeof t !== 'object') return `${where}: expected {"use", "avoid"}`;
  const { use, avoid, note, regex } = t as Record<string, unknown>;
  if (typeof use !== 'string' || !use) return `${where}.use: expected a non-empty string`;
  if (
    !Array.isArray(avoid) ||
    !avoid.length ||
    !avoid.every((a) => typeof a === 'string' && a.length > 0 && a.length <= MAX_PATTERN)
  )
    return `${where}.avoid: expected a list of strings of 1–${MAX_PATTERN} characters`;
  if (note !== undefined && typeof note !== 'string') return `${where}.note: expected a string`;
  if (regex !== undefined && typeof regex !== 'boolean') return `${where}.regex: expected true or false`;
  if (regex) {
    for (const a of avoid as string[]) {
      if (NESTED_QUANTIFIER.test(a))
        return `${where}.avoid: "${a}" repeats a repeated group, which can take forever to match`;
      try {
        if (new RegExp(a, 'u').test('')) return `${where}.avoid: "${a}" matches the empty string`;
      } catch (e) {
        return `${where}.avoid: "${a}" is not a valid regular expression (${e instanceof Error ? e.message : e})`;
      }
    }
  }
  return undefined;
}

const SEVERITIES = new Set<string>(SEVERITY_SETTINGS);

export interface PartialConfig {
  severity?: Record<string, unknown>;
  repeat?: Partial<Record<keyof RepeatOptions, unknown>>;
  ignore?: unknown;
  terms?: unknown;
}

/**
 * Merges layers (later wins) into a valid configuration. Values of the wrong type or out of range are dropped
 * and described in `problems`, so one typo never disables the checks.
 */
export function resolveConfig(...layers: (PartialConfig | undefined | null)[]): {
  config: ReportConfig;
  problems: string[];
} {
  const problems: string[] = [];
  const config: ReportConfig = {
    severity: { ...DEFAULT_CONFIG.severity },
    repeat: { ...DEFAULT_CONFIG.repeat, stopPhrases: [] },
    ignore: [],
    terms: [],
  };
  for (const layer of layers) {
    if (!layer || typeof layer !== 'object') continue;
    for (const [code, v] of Object.entries(layer.severity ?? {})) {
      if (typeof v === 'string' && SEVERITIES.has(v)) config.severity[code] = v as SeveritySetting;
      else problems.push(`severity.${code}: expected ${SEVERITY_SETTINGS.join('|')}`);
    }
    const r = layer.repeat ?? {};
    const num = (key: keyof RepeatOptions, min: number, max: number) => {
      const v = r[key];
      if (v === undefined) return;
      if (typeof v === 'number' && v >= min && v <= max) (config.repeat[key] as number) = v;
      else problems.push(`repeat.${key}: expected a number from ${min} to ${max}`);
    };
    num('minParagraphLength', 2, 10_000);
    num('nearThreshold', 0.3, 1);
    num('containmentThreshold', 0.5, 1);
    num('sentenceMinLength', 5, 1000);
    num('sentenceThreshold', 0.5, 1);
    if (r.stopPhrases !== undefined) {
      if (Array.isArray(r.stopPhrases) && r.stopPhrases.every((p) => typeof p === 'string'))
        config.repeat.stopPhrases.push(...(r.stopPhrases as string[]).filter(Boolean));
      else problems.push('repeat.stopPhrases: expected a list of strings');
    }
    if (layer.ignore !== undefined) {
      if (Array.isArray(layer.ignore) && layer.ignore.every((p) => typeof p === 'string'))
        config.ignore.push(...(layer.ignore as string[]));
      else problems.push('ignore: expected a list of glob patterns');
    }
    if (layer.terms !== undefined) {
      if (!Array.isArray(layer.terms)) problems.push('terms: expected a list of {"use", "avoid"}');
      else {
        layer.terms.forEach((t, i) => {
          const problem = termProblem(t, i);
          if (problem) problems.push(problem);
          else if (config.terms.length < MAX_TERMS) config.terms.push(t as PreferredTerm);
        });
        if (layer.terms.length > MAX_TERMS) problems.push(`terms: only the first ${MAX_TERMS} are used`);
      }
    }
  }
  return { config, problems };
}

/** A `.workreportrc.json` as found on disk (config/rcFile.ts reads it): where it is, what it says, why it failed. */
export interface RcSource {
  path: string;
  dir: string;
  config: PartialConfig;
  error?: string;
}

/** Whether `file` is left out by `patterns` (relative to `rcDir`): paths and globs are node's, not the core's. */
export type IgnoreTest = (file: string, rcDir: string, patterns: string[]) => boolean;

export interface DocumentConfig {
  config: ReportConfig;
  ignored: boolean;
  /** The rc file's read error first, then every value dropped from the layers. */
  problems: string[];
  rcPath?: string;
}

/**
 * A document's configuration, for the CLI and the server alike: its rc file, then the editor's settings on top (the
 * CLI has none). `file` undefined (a document not on disk) is never ignored.
 */
export function documentConfig(
  file: string | undefined,
  rc: RcSource | undefined,
  ignores: IgnoreTest,
  editor?: PartialConfig,
): DocumentConfig {
  const { config, problems } = resolveConfig(rc?.config, editor);
  if (rc?.error) problems.unshift(rc.error);
  const ignored = !!(file && rc && ignores(file, rc.dir, config.ignore));
  return { config, ignored, problems, ...(rc ? { rcPath: rc.path } : {}) };
}
