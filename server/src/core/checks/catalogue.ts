/**
 * docs/checks.md, written from the checks themselves (Check.docs): `npm run docs` writes it, and a test fails when
 * the page in the repository differs — so a check is described in one place, its file.
 */
import { reviewMessage } from '../review/describe';
import { ALL_CHECKS } from './index';
import type { Check, SeveritySetting } from './types';

const SEVERITY_ZH: Record<SeveritySetting, string> = {
  error: '错误',
  warning: '警告',
  information: '信息',
  hint: '提示',
  off: '关闭',
};

/** The anchor GitHub gives the heading of a code (`numbering.order` → `numberingorder`). */
const anchor = (code: string) => code.replace(/[^a-z0-9-]/g, '');

function section(c: Check): string {
  const out = [
    `## \`${c.code}\``,
    '',
    `**${c.description.zh}** · ${c.description.en}`,
    '',
    `默认级别 Default: ${SEVERITY_ZH[c.defaultSeverity]} (\`${c.defaultSeverity}\`)`,
    '',
    `**查什么**：${c.docs.finds.zh}`,
    '',
    `**What it finds**: ${c.docs.finds.en}`,
    '',
    c.docs.fixes
      ? `**快速修复 Quick fixes**: ${c.docs.fixes.zh} · ${c.docs.fixes.en}${c.fixAll ? ` · 全文修正 Fix-all: \`source.fixAll.workReport.${c.code}\`` : ''}`
      : '**快速修复 Quick fixes**: 无 · none',
    '',
    ...(c.checklist
      ? [
          c.checklist === 'check'
            ? '列入换年核对清单，可标记为已核对 · On the year-over checklist; can be marked as checked'
            : '列入换年核对清单，填写后消失 · On the year-over checklist until filled in',
          '',
        ]
      : []),
  ];
  const ex = c.docs.example;
  if (ex.lastYear) out.push('上年报告（资料库中）Last year’s report, in the library:', '', fence(ex.lastYear), '');
  if (ex.terms) out.push('`.workreportrc.json`:', '', fence(JSON.stringify({ terms: ex.terms }), 'json'), '');
  if (ex.reviews)
    out.push(
      '返回的征求意见稿中（导入后）Read from a returned copy, once imported:',
      '',
      fence(ex.reviews.map((r) => `${reviewMessage(r).zh}（原段落：${r.before}）`).join('\n')),
      '',
    );
  out.push('示例 Example:', '', fence(ex.draft), '');
  return out.join('\n');
}

function fence(text: string, lang = 'text'): string {
  return ['```' + lang, text.replace(/\n$/, ''), '```'].join('\n');
}

/** The page: the table of codes, then a section a check. */
export function checksMarkdown(checks: readonly Check[] = ALL_CHECKS): string {
  const rows = checks.map(
    (c) =>
      `| [\`${c.code}\`](#${anchor(c.code)}) | ${SEVERITY_ZH[c.defaultSeverity]} \`${c.defaultSeverity}\` | ${c.description.zh} | ${c.description.en} |`,
  );
  return [
    '# 检查项与诊断代码 · Checks and diagnostic codes',
    '',
    '<!-- Written by `npm run docs` from each check’s own description (server/src/core/checks/*.ts, `docs`); do not edit here. -->',
    '',
    '代码是稳定的：可用于设置 `workReport.severity`、`.workreportrc.json`、抑制注释和脚本。每条示例都由测试实际运行，确认会报出该代码。',
    '',
    'Codes are stable: use them in the `workReport.severity` setting, `.workreportrc.json`, suppression comments and',
    'scripts. Every example below is run by a test, which checks that it gets its code.',
    '',
    '| 代码 code | 默认级别 default | 名称 | name |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...checks.map(section),
  ].join('\n');
}
