import { nearThresholdFor } from '../repeat/analysis';
import { deleteParagraphLine } from '../model/edits';
import { asFound, oneEditFix, paragraphRelated, percent, type CopyData } from './repeats';
import type { Check } from './types';

/**
 * `repeat.near-paragraph`: an edited copy of an earlier paragraph (a few words changed, a clause dropped,
 * punctuation switched), or a short paragraph wholly contained in a longer one. Similarity is the Dice
 * coefficient of the two paragraphs' sets of 3-character shingles, over content characters only.
 */
export const repeatNearParagraph: Check<CopyData & { similarity: number }> = {
  code: 'repeat.near-paragraph',
  defaultSeverity: 'warning',
  description: { zh: '段落与前文高度相似', en: 'Paragraph nearly repeats an earlier one' },
  docs: {
    finds: {
      zh: '改过的副本：两段三字片段的 Dice 相似度达到 `repeat.nearThreshold`（0.6；60 字以下的短段逐步提高到 0.8，避免 铁：…万吨 / 钢：…万吨 这类模板行误报）；或 30 字以上的段落有 `repeat.containmentThreshold`（0.9）以上的片段见于更长的一段。标题只认逐字重复。',
      en: "An edited copy: the Dice coefficient of the two paragraphs' sets of 3-character shingles (content characters only) is ≥ `repeat.nearThreshold` (0.6; rising to 0.8 for paragraphs under 60 characters, so template lines such as 铁：…万吨 / 钢：…万吨 do not match); or a paragraph of ≥ 30 characters with ≥ `repeat.containmentThreshold` (0.9) of its shingles in a longer one. Headings only count as verbatim copies",
    },
    fixes: { zh: '删除本段；查看另一处', en: 'Delete this paragraph; show the other copy' },
    example: {
      draft:
        '一、主要工作\n　　全年共审议法规草案十二件，听取和审议专项工作报告二十个，开展执法检查五次，组织代表视察八次。\n　　围绕中心服务大局，扎实推进各项监督工作取得新成效。\n　　全年共审议法规草案十三件，听取和审议专项工作报告二十个，开展执法检查六次，组织代表视察八次。\n',
    },
  },
  copies: asFound,
  fixes: (model, data) =>
    oneEditFix(
      {
        zh: `删除本段（与第 ${data.firstLine + 1} 行相似）`,
        en: `Delete this paragraph (similar to line ${data.firstLine + 1})`,
      },
      deleteParagraphLine(model, data.line),
    ),
  *run(model, ctx) {
    const a = ctx.repeats();
    for (const c of a.near) {
      if (ctx.isCancelled()) return;
      if (a.inSectionCopy.has(c.later)) continue;
      const p = model.paragraphs[c.later];
      const e = model.paragraphs[c.earlier[0]];
      const there = ctx.places.paragraph(e.line);
      const contained = c.dice < nearThresholdFor(Math.min(p.text.length, e.text.length), ctx.config.repeat);
      yield {
        start: p.start,
        end: p.end,
        message: contained
          ? {
              zh: `本段的内容 ${percent(c.containment)} 已见于${there.zh}。`,
              en: `${percent(c.containment)} of this paragraph is contained in ${there.en}.`,
            }
          : {
              zh: `本段与${there.zh}相似（相似度 ${percent(c.dice)}），可能是改动过的重复段落。`,
              en: `This paragraph is ${percent(c.dice)} similar to ${there.en}: an edited copy?`,
            },
        related: [paragraphRelated(model, e.index, ctx.places, '相似的段落', 'the similar paragraph')],
        data: { line: p.line, firstLine: e.line, similarity: Number(c.dice.toFixed(3)) },
      };
    }
  },
};
