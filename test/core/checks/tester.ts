/**
 * A check's tests as tables, in the manner of textlint's tester: `valid` texts on which the check reports nothing,
 * `invalid` texts with the findings it must report (in the runner's order) and, optionally, the text after its fix.
 * Only that check runs, through the real runner on the real parser. Lines and columns are the LSP's, from 0 (as
 * everywhere in the suite; a message's 第 N 行 counts from 1). Messages are asserted in Chinese unless a case asks
 * for `locale: 'en'`.
 */
import * as assert from 'assert';
import {
  ALL_CHECKS,
  applyEdits,
  fixAllEdits,
  fixesFor,
  resolveConfig,
  type Locale,
  type PartialConfig,
  type ReportDiagnostic,
  type RunOptions,
  type Severity,
  type TextEditSpan,
} from '../../../server/src/core';
import { check, parse } from '../../helpers';

export interface Case {
  text: string;
  /** The test's title (default: the start of the text). */
  name?: string;
  /** A configuration as written in .workreportrc.json, resolved here. */
  config?: PartialConfig;
  locale?: Locale;
  /** Last year's report of the place, from a library (the stale.* checks). */
  lastYear?: RunOptions['lastYear'];
}

export interface ExpectedError {
  /** The whole message (a string) or a part of it (a pattern). */
  message?: string | RegExp;
  /** Where the finding starts, from 0. */
  line?: number;
  column?: number;
  /** The flagged text: exactly what the finding's range covers. */
  text?: string;
  severity?: Severity;
  /** The lines of its related places, in order. */
  related?: number[];
  /** This many findings in a row fit this description (default 1). */
  count?: number;
}

export interface InvalidCase extends Case {
  errors: ExpectedError[];
  /**
   * The text after the fix: the fix-all of a check with `fixAll`, else the first fix of each finding (`fix` picks
   * another), overlapping edits dropped.
   */
  output?: string;
  fix?: number;
}

/** Runs `code` alone on a case's text. */
export function findings(code: string, c: Case): ReportDiagnostic[] {
  const config = c.config && resolveConfig(c.config).config;
  return check(c.text, { only: code, config, locale: c.locale, lastYear: c.lastYear });
}

/** The text after fixing every finding of `code` in `c` (see InvalidCase.output). */
export function fixed(code: string, c: Case & { fix?: number }): string {
  const found = findings(code, c);
  assert.ok(found.length, `no ${code} finding to fix`);
  const model = parse(c.text);
  let edits: TextEditSpan[];
  if (ALL_CHECKS.find((k) => k.code === code)?.fixAll && !c.fix) edits = fixAllEdits(model, found, code);
  else {
    edits = [];
    const all = found
      .flatMap((d) => fixesFor(model, d.code, d.data)[c.fix ?? 0]?.edits ?? [])
      .sort((a, b) => a.start - b.start || a.end - b.end);
    for (const e of all) if (!edits.length || e.start >= edits[edits.length - 1].end) edits.push(e);
  }
  assert.ok(edits.length, `${code}: no fix offered`);
  return applyEdits(c.text, edits);
}

/** Asserts that `code` finds nothing on any of `reports`, naming every report it fires on. */
export function assertSilent(code: string, reports: { name: string; text: string }[]): void {
  const loud = reports.flatMap((r) =>
    findings(code, r).map((d) => `${r.name} ${d.range.start.line}: ${d.message.slice(0, 60)}`),
  );
  assert.deepStrictEqual(loud, []);
}

const title = (c: Case) => c.name ?? (c.text.length > 40 ? `${c.text.slice(0, 40)}…` : c.text).replace(/\n/g, '⏎');

function describeFinding(text: string, d: ReportDiagnostic): string {
  return `${d.range.start.line}:${d.range.start.character} «${text.slice(d.start, d.end)}» ${d.message}`;
}

function assertFindings(text: string, found: ReportDiagnostic[], errors: ExpectedError[]): void {
  const expected = errors.flatMap((e) => Array<ExpectedError>(e.count ?? 1).fill(e));
  const all = found.map((d) => describeFinding(text, d)).join('\n');
  assert.strictEqual(found.length, expected.length, `${found.length} findings, ${expected.length} expected:\n${all}`);
  expected.forEach((e, i) => {
    const d = found[i];
    const where = `finding ${i}: ${describeFinding(text, d)}`;
    if (e.line !== undefined) assert.strictEqual(d.range.start.line, e.line, `line of ${where}`);
    if (e.column !== undefined) assert.strictEqual(d.range.start.character, e.column, `column of ${where}`);
    if (e.text !== undefined) assert.strictEqual(text.slice(d.start, d.end), e.text, `range of ${where}`);
    if (e.severity !== undefined) assert.strictEqual(d.severity, e.severity, `severity of ${where}`);
    if (typeof e.message === 'string') assert.strictEqual(d.message, e.message, where);
    else if (e.message) assert.match(d.message, e.message, where);
    const related = d.related.map((r) => r.range.start.line);
    if (e.related) assert.deepStrictEqual(related, e.related, `related places of ${where}`);
  });
}

/**
 * Registers `describe(code)` with one `it` per case; `more` adds the check's other tests (real reports, fixes,
 * properties) to the same block.
 */
export function testCheck(
  code: string,
  tables: { valid: (string | Case)[]; invalid: InvalidCase[] },
  more?: () => void,
): void {
  describe(code, () => {
    for (const v of tables.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${title(c)}`, () => {
        const found = findings(code, c).map((d) => describeFinding(c.text, d));
        assert.deepStrictEqual(found, []);
      });
    }
    for (const c of tables.invalid) {
      it(`invalid: ${title(c)}`, () => {
        const found = findings(code, c);
        for (const d of found) assert.strictEqual(d.code, code);
        assertFindings(c.text, found, c.errors);
        if (c.output !== undefined) assert.strictEqual(fixed(code, c), c.output);
      });
    }
    more?.();
  });
}
