import { describeStyle, majorityStyle, markerParts, styleOf } from '../numbering/markers';
import { numberingRuns } from '../numbering/runs';
import { numberingFinding, numberingFixes } from './numbering';
import type { Check } from './types';

/**
 * `numbering.style`: forms mixed within one run — `(一)` beside `（一）`, `1.` beside `1、`, half- and full-width
 * digits, a chapter numeral without its 、. The run's majority form is the one expected.
 */
export const numberingStyle: Check = {
  code: 'numbering.style',
  defaultSeverity: 'information',
  description: { zh: '编号格式不一致', en: 'Numbering forms mixed' },
  fixes: numberingFixes,
  *run(model) {
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
                en: `Mixed numbering forms: this run mostly writes ${describeStyle(majority)}; “${have}” would be ${want}.`,
              },
        );
      }
    }
  },
};
