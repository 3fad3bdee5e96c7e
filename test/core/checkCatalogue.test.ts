/**
 * A check describes itself (server/src/core/checks/*.ts): the settings' and the schema's lists of codes and
 * docs/checks.md are written from ALL_CHECKS by `npm run docs`, and fail here when they differ from it. Every
 * check's documented example is run and must get its code.
 */
import * as assert from 'assert';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import {
  ALL_CHECKS,
  CHECK_CODES,
  checksMarkdown,
  DEFAULT_CONFIG,
  lastYearReports,
  LibraryIndex,
  libraryEntry,
  parseReport,
  runChecks,
  SEVERITY_SETTINGS,
  TextDoc,
  textsInMemory,
} from '../../server/src/core';
import { ROOT } from '../helpers';

/** `npm run docs` sets this: the files are written instead of compared. */
const WRITE = process.env.WORK_REPORT_WRITE_DOCS === '1';

/** Compares a generated file with the repository's, or writes it. */
function generated(rel: string, want: string): void {
  const path = join(ROOT, rel);
  if (WRITE) writeFileSync(path, want);
  else assert.strictEqual(readFileSync(path, 'utf8'), want, `${rel} differs from the checks: run npm run docs`);
}

describe('the checks describe themselves (generated lists and docs/checks.md)', () => {
  it('has one check a code, each with its documentation', () => {
    assert.strictEqual(new Set(CHECK_CODES).size, ALL_CHECKS.length);
    for (const c of ALL_CHECKS) {
      assert.match(c.code, /^[a-z]+\.[a-z-]+$/, c.code);
      assert.ok(c.description.zh && c.description.en && c.docs.finds.zh && c.docs.finds.en, c.code);
      assert.ok(!!c.fixes === !!c.docs.fixes, `${c.code}: a check with fixes documents them, and only then`);
      assert.ok(!c.fixAll || c.fixes, `${c.code}: fix-all needs fixes`);
    }
  });

  it("package.json's workReport.severity lists exactly the codes and the severities", () => {
    const path = 'package.json';
    const pkg = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    const setting = pkg.contributes.configuration.properties['workReport.severity'];
    setting.propertyNames.enum = [...CHECK_CODES];
    setting.additionalProperties.enum = [...SEVERITY_SETTINGS];
    generated(path, JSON.stringify(pkg, null, 2) + '\n');
  });

  it('the .workreportrc.json schema lists exactly the codes and the severities', () => {
    const path = 'schemas/workreportrc.schema.json';
    const text = readFileSync(join(ROOT, path), 'utf8');
    const list = (xs: readonly string[]) => `{ "enum": [${xs.map((x) => JSON.stringify(x)).join(', ')}] }`;
    const want = text
      .replace(/("propertyNames": )\{ "enum": \[[^\]]*\] \}/, (_, k) => k + list(CHECK_CODES))
      .replace(/("additionalProperties": )\{ "enum": \["error"[^\]]*\] \}/, (_, k) => k + list(SEVERITY_SETTINGS));
    generated(path, want);
    const schema = JSON.parse(want);
    assert.deepStrictEqual(schema.properties.severity.propertyNames.enum, [...CHECK_CODES]);
  });

  it('docs/checks.md is written from the checks', () => {
    const md = checksMarkdown();
    for (const c of ALL_CHECKS) assert.ok(md.includes(`## \`${c.code}\``), c.code);
    generated('docs/checks.md', md);
  });
});

describe("every check's documented example gets its code", () => {
  for (const check of ALL_CHECKS) {
    it(check.code, () => {
      const { draft, lastYear: lastYearText, terms, reviews } = check.docs.example;
      const uri = 'file:///draft/工作报告.txt';
      const doc = new TextDoc(uri, draft);
      const model = parseReport(doc);
      const past = 'file:///library/last-year.txt';
      let lastYear;
      if (lastYearText) {
        const lib = new LibraryIndex(textsInMemory(new Map([[past, lastYearText]])));
        lib.setEntries([libraryEntry(parseReport(new TextDoc(past, lastYearText)), past, 'last-year.txt')]);
        const reports = lastYearReports(lib, () => lastYearText);
        lastYear = (m: typeof model) => reports(m, uri);
      }
      const found = runChecks(model, {
        checks: [check],
        config: terms ? { ...DEFAULT_CONFIG, terms } : DEFAULT_CONFIG,
        positionAt: (o) => doc.positionAt(o),
        ...(lastYear ? { lastYear } : {}),
        ...(reviews ? { reviews } : {}),
      });
      assert.ok(found.length > 0, `${check.code}: its example gets no finding`);
      assert.ok(
        found.every((d) => d.code === check.code),
        found.map((d) => d.code).join(' '),
      );
    });
  }
});
