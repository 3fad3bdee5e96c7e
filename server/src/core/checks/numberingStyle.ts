import { describeStyle, majorityStyle, markerParts, styleOf } from '../numbering/markers';
import { numberingRuns } from '../numbering/runs';
import { numberingFinding, numberingFixes } from './numbering';
import type { Check } from './types';
import type { NumberingData } from './numbering';

/**
 * `numbering.style`: forms mixed within one run — `(一)` beside `（一）`, `1.` beside `1、`, half- and full-width
 * digits, a chapter numeral without its 、. The run's majority form is the one expected.
 */
export const numberingStyle: Check<NumberingData> = {
  code: 'numbering.style',
  defaultSeverity: 'information',
  description: { zh: '编号格式不一致', en: 'Numbering forms mixed' },
  docs: {
    finds: {
      zh: '同一组混用不同格式：`(一)` 与 `（一）`、`1.` 与 `1、`、半角与全角数字、章号后缺「、」（三 监督工作）。',
      en: 'Forms mixed within one run: `(一)` beside `（一）`, `1.` beside `1、`, half- and full-width digits, a chapter numeral without its 、 (三 监督工作)',
    },
    fixes: {
      zh: '本组重新编号（取本组多数的格式；相持时取 GB/T 9704 的 一、（一）1.（1））；全文重新编号',
      en: "The same (the run's majority form; ties go to GB/T 9704's 一、（一）1.（1）)",
    },
    example: {
      draft:
        '一、过去一年的工作\n（一）立法工作\n　　全年共审议法规草案十二件。\n(二)监督工作\n　　开展执法检查五次。\n（三）代表工作\n　　组织代表视察八次。\n',
    },
  },
  fixes: numberingFixes,
  *run(model, ctx) {
    for (const run of numberingRuns(model)) {
      const parts = run.entries.map((e) => markerParts(model.text, e));
      if (parts.some((p) => !p)) continue;
      const styles = parts.map((p) => styleOf(p!));
      const majority = majorityStyle(styles, run.family);
      const bare = (s: string) => run.family === 'chapter' && s.split('|')[1] === '';
      for (let i = 0; i < run.entries.length; i++) {
        if (styles[i] === majority && !bare(styles[i])) continue;
        const e = run.entries[i];
        const have = model.text.slice(parts[i]!.start, parts[i]!.end);
        const want = describeStyle(majority === styles[i] ? '|、|cn' : majority, e.value!);
        yield numberingFinding(
          model,
          { entry: e, run },
          bare(styles[i])
            ? { zh: `「${have}」后缺少「、」：应为「${want}」。`, en: `“${have}” lacks its “、”: ${want}.` }
            : {
                zh: `编号格式不一致：本组多用「${describeStyle(majority)}」的写法，此处为「${have}」，应为「${want}」。`,
                en: `Mixed numbering forms: this list mostly writes ${describeStyle(majority)}; “${have}” would be ${want}.`,
              },
          ctx,
        );
      }
    }
  },
};
