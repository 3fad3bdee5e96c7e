/**
 * How `check` writes its findings: for people and editors (text, gcc-style), for scripts (json), for code-scanning
 * services (SARIF 2.1.0) and for GitHub Actions annotations. Lines and columns are 1-based in text, github and
 * SARIF; columns count UTF-16 code units, as LSP does (for Chinese text, characters). JSON keeps LSP's 0-based ranges.
 */
import { realpathSync } from 'fs';
import { relative, sep } from 'path';
import { pathToFileURL } from 'url';
import type * as Sarif from 'sarif';
import { ALL_CHECKS, localize, type Locale, type ReportDiagnostic, type Severity } from '../core';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'github';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'github'];

/** `paragraph`: for a Word document, the Word paragraph (1-based) a finding starts in. */
export interface FileResult {
  file: string;
  diagnostics: (ReportDiagnostic & { paragraph?: number })[];
}

/** Severity words that gcc-style readers know (VS Code's problem matchers, Vim, Emacs compilation-mode). */
const TEXT_SEVERITY: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'info',
  hint: 'hint',
};

/** `FILE:LINE:COL: SEVERITY: MESSAGE [CODE]`, one line per finding. */
export function textLines(r: FileResult): string[] {
  return r.diagnostics.map(
    (d) =>
      `${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${TEXT_SEVERITY[d.severity]}: ${oneLine(d.message)} [${d.code}]`,
  );
}

export function jsonResult(r: FileResult) {
  return {
    file: r.file,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: d.range,
      ...(d.paragraph ? { paragraph: d.paragraph } : {}),
      related: d.related.map((x) => ({ file: r.file, range: x.range, message: x.message })),
    })),
  };
}

const GITHUB_COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/** GitHub Actions workflow commands: `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::MESSAGE`. */
export function githubLines(r: FileResult): string[] {
  const prop = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return r.diagnostics.map((d) => {
    const { start, end } = d.range;
    const props = [
      `file=${prop(r.file)}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${prop(d.code)}`,
    ];
    return `::${GITHUB_COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`;
  });
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

const SARIF_LEVEL: Record<Severity, Sarif.Result.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A SARIF 2.1.0 log of one run: every check as a rule, every finding as a result with its region. */
export function sarifLog(results: FileResult[], opts: { version: string; locale: Locale; cwd: string }): Sarif.Log {
  const rules: Sarif.ReportingDescriptor[] = ALL_CHECKS.map((c) => ({
    id: c.code,
    shortDescription: { text: localize(c.description, opts.locale) },
    fullDescription: { text: localize(c.description, opts.locale) },
    defaultConfiguration: c.defaultSeverity === 'off' ? { enabled: false } : { level: SARIF_LEVEL[c.defaultSeverity] },
    properties: { tags: [c.code.split('.')[0]] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const location = (file: string, range: ReportDiagnostic['range']): Sarif.Location => ({
    physicalLocation: {
      artifactLocation: artifact(file, opts.cwd),
      region: {
        startLine: range.start.line + 1,
        startColumn: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
      },
    },
  });
  const sarifResults: Sarif.Result[] = [];
  for (const r of results) {
    for (const d of r.diagnostics) {
      sarifResults.push({
        ruleId: d.code,
        ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [location(r.file, d.range)],
        ...(d.paragraph ? { properties: { wordParagraph: d.paragraph } } : {}),
        ...(d.related.length
          ? {
              relatedLocations: d.related.map((x, id) => ({
                id,
                ...location(r.file, x.range),
                message: { text: x.message },
              })),
            }
          : {}),
      });
    }
  }
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'work-report',
            version: opts.version,
            informationUri: 'https://www.npmjs.com/package/work-report',
            rules,
          },
        },
        originalUriBaseIds: {
          SRCROOT: { uri: pathToFileURL(opts.cwd.endsWith(sep) ? opts.cwd : opts.cwd + sep).href },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/** Paths under the working folder stay relative to SRCROOT (what code-scanning services expect); others are file URIs. */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  if (file === '-' || file.startsWith('<')) return { uri: encodeURI(file) };
  let real = file;
  try {
    real = realpathSync(file);
  } catch {
    /* named, not on disk (--stdin-filename) */
  }
  let root = cwd;
  try {
    root = realpathSync(cwd);
  } catch {
    /* as given */
  }
  const rel = relative(root, real);
  if (rel && !rel.startsWith('..') && !/^[a-zA-Z]:/.test(rel) && !rel.startsWith(sep)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(file).href };
}
