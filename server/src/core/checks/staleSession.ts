import { parseChineseNumeral, toChineseNumeral } from '../text/numerals';
import { offsetIn } from '../model/lines';
import type { Line, ReportModel } from '../model/types';
import { carriedFix, type CarriedFix } from './norms';
import type { Check, Finding } from './types';

const SESSION =
  /(?:第)?([一二三四五六七八九十]{1,3})届(?:人民代表大会|人大)?(?:第)?([一二三四五六七八九十]{1,2})次(?:全体)?(?:会议|大会)(确定的)?/g;

/**
 * `stale.session`: a session cited in the text against the subtitle's (第十七届…第三次会议). Within the same term, a
 * later session than this one cannot be cited, and the tasks a report says it completed (…次会议确定的各项任务)
 * are the previous session's.
 */
export const staleSession: Check<CarriedFix> = {
  code: 'stale.session',
  defaultSeverity: 'warning',
  checklist: 'check',
  description: { zh: '会议届次与报告不符', en: 'Session does not fit the report' },
  docs: {
    finds: {
      zh: '引用同一届的会议与副标题的会次不符：比本次更晚的会次，或完成的是上一次以外某次会议确定的任务（在三次会议上的报告中写 完成了…十六届人大一次会议确定的各项任务）；资料库中有同地上年报告时，副标题的会次与上年报告相同（照上年报告改写的草稿常忘改）。',
      en: "A session of the same term cited against the subtitle's: a later session than this one, or the completed tasks of another session than the previous one (完成了…十七届人大一次会议确定的各项任务 in the report to the third session); with last year's report of the place in the library, a subtitle whose session is still last year's (a draft copied from it)",
    },
    fixes: {
      zh: '改为上一次会议（完成的任务）；副标题改为下一次会议（换届时由起草人改为新一届第一次会议）',
      en: 'The previous session (tasks completed); in the subtitle, the next session (after an election the drafter writes session 1 of the new term)',
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　一年来，常委会圆满完成了市十六届人大一次会议确定的各项任务。\n',
    },
  },
  fixes: carriedFix,
  *run(model, ctx) {
    const current = model.header.session;
    if (!current) return;
    const subtitle = subtitleSession(model, ctx.lastYear?.(model)?.model);
    if (subtitle) yield subtitle;
    for (const p of model.paragraphs) {
      const line = model.lines[p.line];
      if (!line.text.includes('届')) continue; // cheaper than the expression, on every line of every edit
      SESSION.lastIndex = 0;
      for (let m = SESSION.exec(line.text); m; m = SESSION.exec(line.text)) {
        const term = parseChineseNumeral(m[1]),
          session = parseChineseNumeral(m[2]);
        if (term !== current.term || session === undefined) continue;
        const later = session > current.session;
        const wrongDone = !!m[3] && current.session > 1 && session !== current.session - 1;
        if (!later && !wrongDone) continue;
        const want = current.session - 1;
        const at = m.index + m[0].indexOf(m[2], m[0].indexOf('届') + 1);
        const fix = later ? undefined : sessionFix(line, at, m[2], want);
        yield {
          start: offsetIn(line, m.index),
          end: offsetIn(line, m.index + m[0].length - (m[3]?.length ?? 0)),
          ...(fix ? { data: fix } : {}),
          message: later
            ? {
                zh: `会议届次不符：本报告在第${m[1]}届第${current.session}次会议上作，不能引用之后的第${m[2]}次会议。`,
                en: `Session mismatch: this report is for session ${current.session} of term ${term}; session ${session} comes later.`,
              }
            : {
                zh: `会议届次不符：本报告在第${current.session}次会议上作，上次会议确定的任务应是第${want}次会议的，此处为第${m[2]}次。`,
                en: `Session mismatch: the tasks completed are those of session ${want}, not ${session}.`,
              },
        };
      }
    }
  },
};

/** The fix writing session `want` over the numeral `have` at `at` of the line. */
function sessionFix(line: Line, at: number, have: string, want: number): CarriedFix {
  const numeral = toChineseNumeral(want);
  return {
    edits: [{ start: offsetIn(line, at), end: offsetIn(line, at + have.length), newText: numeral }],
    fixTitle: { zh: `改为第${numeral}次会议`, en: `Write session ${want} (第${numeral}次)` },
  };
}

/**
 * The subtitle's session left as last year's report had it (a draft copied from it): the same term and session,
 * where this year's is the next (第二次会议 → 第三次会议; a new term starts again at 第一次, which the drafter writes).
 */
function subtitleSession(model: ReportModel, last: ReportModel | undefined): Finding<CarriedFix> | undefined {
  const here = model.header.session,
    before = last?.header.session,
    sub = model.header.subtitle;
  if (!here || !before || !sub || here.term !== before.term || here.session !== before.session) return undefined;
  const line = model.lines[sub.line];
  const m = /第([一二三四五六七八九十]{1,2})次(?:全体)?会议/.exec(line.text);
  if (!m) return undefined;
  const at = m.index + 1;
  const want = here.session + 1;
  return {
    start: offsetIn(line, m.index),
    end: offsetIn(line, m.index + m[0].length),
    message: {
      zh: `会议届次与上年报告相同（第${m[1]}次会议）：今年的报告应在第${toChineseNumeral(want)}次会议上作；若已换届，应为新一届第一次会议。`,
      en: `The same session as last year's report (session ${here.session}): this year's report is for session ${want}, or session 1 of a new term.`,
    },
    data: sessionFix(line, at, m[1], want),
  };
}
