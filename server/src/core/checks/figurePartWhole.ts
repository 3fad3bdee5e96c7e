import { extractFigures, type Figure } from '../figures/extract';
import type { Check, Finding } from './types';

/** What a whole is received or found as: 收集意见建议1157件, 代表提出的317件建议, 反映问题133件. */
const RECEIVED = /收集|收到|受理|交办|提出|梳理|发现|反映|排查|查出|涉及|接收|征集|共|总计|合计/;
/** A part done of it: 已解决959件, 325件已办理, 办结474件. */
const DONE = /(?:已|均已|已经)?(?:办理|办结|解决|落实|答复|整改|采纳|处理)(?:完毕|到位)?/;
const SHARE_BEFORE =
  /占(?![^，。；,;]{0,6}(?:预算|计划|目标|任务|年度))[^，。；,;]{0,20}?(?:的)?(?:比重|比例|比)?(?:提高到|提升至|上升到|达到|达|为|超过)?$/;
/** A change (比上年增加1500亿元) is not the whole its 其中 speaks of. */
const CHANGE = /比|增加|减少|增长|下降|多|少/;
/** A clause that starts a new statement after 其中's parts (新增高速公路2600公里, 修复治理…): the parts end before it. */
const NEW_STATEMENT =
  /^[，,]\s*(?:新增|完成|建设|建成|开工|实施|推进|修复|治理|新建|累计|实现|改造|培育|引进|带动|全年|同时)/;

/** A sum written in the scale its terms use: 1.05万亿 stays in 亿元 as the figures were. */
function amount(value: number, like: Figure): string {
  const scale = /亿/.test(like.text) ? 1e8 : /万/.test(like.text) ? 1e4 : 1;
  return `${+(value / scale).toFixed(4)}${scale === 1e8 ? '亿' : scale === 1e4 ? '万' : ''}${like.unit}`;
}

function finding(at: Figure, whole: Figure, zh: string, en: string): Finding {
  return {
    start: at.start,
    end: at.end,
    message: { zh, en },
    related: [{ start: whole.start, end: whole.end, message: { zh: '总数', en: 'the total' } }],
  };
}

/**
 * `figure.part-whole`: parts larger than their whole, in one sentence. A whole before 其中 (with or without 共:
 * 提出28个主要指标，其中…; 完成生态建设任务4000万亩，其中…; several items before it — A26个、B5个 — are summed)
 * and the parts of the same unit after it, one larger than the whole or, listed together, summing past it; a
 * count done larger than the count received (317件建议，325件已办理); a share (占…的X%) above 100 %.
 */
export const figurePartWhole: Check = {
  code: 'figure.part-whole',
  defaultSeverity: 'warning',
  description: { zh: '部分大于整体', en: 'Parts exceed their whole' },
  docs: {
    finds: {
      zh: '同一句中部分大于整体：其中 之前的总数（有无 共 都算；其中 前列出几项则相加；比上年增加… 这类变化量和平均数不算），其后同单位的部分有一项超过总数或合计超过总数；办理数多于收到数（317件建议……325件已办理）；占比（占…的X%、占比…）超过 100%，预算完成率（占预算数的106%）除外。',
      en: 'Parts larger than their whole in one sentence: a whole before 其中, with or without 共 (提出28个主要指标，其中30个…; several items before 其中 are summed; not a change 比上年增加… nor an average), its parts of the same unit up to a new statement, one past the whole or listed together summing past it; more done than received (317件建议 … 325件已办理); a share (占…的X%, 占比…) above 100 %, not a completion ratio (占预算数的106%)',
    },
    example: { draft: '　　全年共审议议案28件，其中地方性法规30件。\n' },
  },
  *run(model) {
    const figures = extractFigures(model);
    const bySentence = new Map<number, Figure[]>();
    for (const f of figures) {
      // A share cannot pass 100 %, however approximately it is stated (占比超过141%).
      if (f.kind === 'percent' && f.value > 100 && SHARE_BEFORE.test(f.clause.slice(0, f.clauseOffset))) {
        yield {
          start: f.start,
          end: f.end,
          message: { zh: `占比超过 100%：${f.text}。`, en: `A share above 100%: ${f.text}.` },
        };
      }
      if (f.kind === 'percent' || f.kind === 'points' || f.approx) continue;
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    for (const list of bySentence.values()) {
      if (list.length < 2) continue;
      const text = model.text.slice(list[0].start, list[list.length - 1].end);
      const inText = text.indexOf('其中');
      const other = inText < 0 ? -1 : list[0].start + inText;
      // 其中: the whole is what stands before it (items joined by 、 are summed), the parts what follows.
      if (other >= 0 && other < list[list.length - 1].start) {
        const before = list.filter((f) => f.end <= other);
        const after = list.filter((f) => f.start > other);
        const unit = before[before.length - 1]?.unit;
        const wholes = before.filter((f) => f.unit === unit);
        // Only the run of items right before 其中, joined by 、 or 和.
        const run: Figure[] = [];
        for (let i = wholes.length - 1; i >= 0; i--) {
          if (run.length && !/^[^，,；;。]*$/.test(model.text.slice(wholes[i].end, run[0].start))) break;
          run.unshift(wholes[i]);
        }
        // 其中's parts: joined by 、 or by commas, until a clause opens a new statement.
        const parts: Figure[] = [];
        for (const f of after.filter((x) => x.unit === unit && !CHANGE.test(x.clause.slice(0, x.clauseOffset)))) {
          const gap = model.text.slice(parts.length ? parts[parts.length - 1].end : other, f.start);
          if (parts.length && (NEW_STATEMENT.test(gap.slice(gap.search(/[，,]/))) || /[；;。]/.test(gap))) break;
          parts.push(f);
        }
        // A whole is a total: not a change (比上年增加…) nor an average (年均…), whatever period it covers.
        if (
          run.length &&
          parts.length &&
          run.every(
            (f) => !CHANGE.test(f.clause.slice(0, f.clauseOffset)) && !/均/.test(f.clause.slice(0, f.clauseOffset)),
          )
        ) {
          const whole = run.reduce((n, f) => n + f.value, 0);
          const w = run[run.length - 1];
          const wholeText = run.length > 1 ? `${run.map((f) => f.text).join(' + ')} = ${amount(whole, w)}` : w.text;
          const over = parts.find((f) => f.value > whole);
          const sum = parts.reduce((n, f) => n + f.value, 0);
          // Parts listed together (、 between them, in one clause list) can be summed.
          const listed =
            parts.length >= 2 && /^[^。；;]*$/.test(model.text.slice(parts[0].end, parts[parts.length - 1].start));
          if (over)
            yield finding(
              over,
              w,
              `部分大于整体：其中 ${over.text} 多于总数 ${wholeText}。`,
              `A part exceeds its whole: ${over.text} of ${wholeText}.`,
            );
          else if (listed && sum > whole * 1.0001) {
            yield finding(
              parts[parts.length - 1],
              w,
              `各部分之和超过总数：${parts.map((f) => f.text).join(' + ')} = ${amount(sum, parts[0])}，多于 ${wholeText}。`,
              `The parts sum past the total: ${parts.map((f) => f.text).join(' + ')} = ${amount(sum, parts[0])} > ${wholeText}.`,
            );
          }
          continue;
        }
      }
      // A count done of a count received, in one sentence: 收集意见建议1157件，已解决959件.
      for (let i = 0; i < list.length; i++) {
        const whole = list[i];
        if (!RECEIVED.test(whole.clause) || DONE.test(whole.clause)) continue;
        const done = list
          .slice(i + 1)
          .find((f) => f.unit === whole.unit && DONE.test(f.clause) && !RECEIVED.test(f.clause));
        if (done && done.value > whole.value) {
          yield finding(
            done,
            whole,
            `部分大于整体：${done.text}多于总数 ${whole.text}。`,
            `More done (${done.text}) than received (${whole.text}).`,
          );
        }
      }
    }
  },
};
