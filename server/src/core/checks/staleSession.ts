import { parseChineseNumeral } from '../text/numerals';
import { offsetIn } from '../model/lines';
import type { Check } from './types';

const SESSION =
  /(?:第)?([一二三四五六七八九十]{1,3})届(?:人民代表大会|人大)?(?:第)?([一二三四五六七八九十]{1,2})次(?:全体)?(?:会议|大会)(确定的)?/g;

/**
 * `stale.session`: a session cited in the text against the subtitle's (第十七届…第三次会议). Within the same term, a
 * later session than this one cannot be cited, and the tasks a report says it completed (…次会议确定的各项任务)
 * are the previous session's.
 */
export const staleSession: Check = {
  code: 'stale.session',
  defaultSeverity: 'warning',
  description: { zh: '会议届次与报告不符', en: 'Session does not fit the report' },
  docs: {
    finds: {
      zh: '引用同一届的会议与副标题的会次不符：比本次更晚的会次，或完成的是上一次以外某次会议确定的任务（在三次会议上的报告中写 完成了…十六届人大一次会议确定的各项任务）。',
      en: "A session of the same term cited against the subtitle's: a later session than this one, or the completed tasks of another session than the previous one (完成了…十七届人大一次会议确定的各项任务 in the report to the third session)",
    },
    example: {
      draft:
        '株洲市人民代表大会常务委员会工作报告\n——2024年1月10日在株洲市第十六届人民代表大会第三次会议上\n各位代表：\n　　一年来，常委会圆满完成了市十六届人大一次会议确定的各项任务。\n',
    },
  },
  *run(model) {
    const current = model.header.session;
    if (!current) return;
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
        yield {
          start: offsetIn(line, m.index),
          end: offsetIn(line, m.index + m[0].length - (m[3]?.length ?? 0)),
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
