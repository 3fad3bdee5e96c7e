import type { Locale } from '../checks/runner';
import { extractFigures } from '../figures/extract';
import type { ReportModel } from '../model/types';
import { escapeMarkdown } from './repeatHover';

/** Hover on a figure: its parsed value, unit and metric, and every other statement of that metric in the draft. */
export function figureHover(
  model: ReportModel,
  locale: Locale,
  offset: number,
  /** Values of the same metric in past reports (from the library), when there is one. */
  pastValues?: (metric: string, unit: string) => { year: number; value: number }[],
): { markdown: string; start: number; end: number } | undefined {
  const figures = extractFigures(model);
  const f = figures.find((x) => offset >= x.start && offset <= x.end);
  if (!f) return undefined;
  const zh = locale !== 'en';
  const value = Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : String(f.value);
  const unit = f.kind === 'percent' ? f.unit : f.unit;
  const facts = [
    `**${escapeMarkdown(f.text)}**`,
    `${zh ? '数值' : 'value'} ${value}${escapeMarkdown(unit)}${f.approx ? (zh ? '（约数）' : ' (approximate)') : ''}`,
    f.metric ? `${zh ? '指标' : 'metric'}「${escapeMarkdown(f.metric)}」` : zh ? '未识别指标' : 'no metric recognised',
    f.current ? (zh ? '本期' : 'this period') : zh ? '其他时期或累计' : 'another period or a total',
  ];
  const others = f.metric ? figures.filter((x) => x !== f && x.metric === f.metric && x.unit === f.unit) : [];
  const lines = others
    .slice(0, 12)
    .map(
      (x) =>
        `- ${zh ? `第 ${x.line + 1} 行` : `line ${x.line + 1}`}：${escapeMarkdown(x.text)}${x.current ? '' : zh ? '（其他时期）' : ' (other period)'}`,
    );
  const more = others.length
    ? `\n\n${zh ? '同一指标的其他表述：' : 'Other statements of this metric:'}\n${lines.join('\n')}`
    : '';
  const past = f.metric && pastValues ? pastValues(f.metric, f.unit) : [];
  const years = past.length
    ? `\n\n${zh ? '往年：' : 'Past years: '}${past.map((p) => `${p.year} ${p.value}${escapeMarkdown(f.unit)}`).join(' · ')}`
    : '';
  return { markdown: facts.join(' · ') + more + years, start: f.start, end: f.end };
}
