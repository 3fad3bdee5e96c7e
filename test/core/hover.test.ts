/** Hovers: a repeat's copy beside its original, a figure's value and metric beside its other statements. */
import * as assert from 'assert';
import { figureHover, repeatHoverAt } from '../../server/src/core';
import { check, parse, sharedSeed } from '../helpers';

describe('the hover of a repeat, from the findings alone (offsets)', () => {
  const text = sharedSeed('000');
  const model = parse(text);
  const found = check(text);

  it('a pasted section: the whole copy against the whole original, from its heading to its last paragraph', () => {
    const section = found.find((d) => d.code === 'repeat.section')!;
    const h = repeatHoverAt(model, found, section.start + 1, 'zh')!;
    assert.deepStrictEqual([h.start, h.end], [section.start, section.end]);
    const original = model.flat.find((s) => s.start === section.related[0].start)!;
    assert.match(h.markdown, new RegExp(`与第 ${original.line + 1} 行比较`));
    // The original's last paragraph is in the hover, not only its heading.
    const lastOfOriginal = model.paragraphs.filter((p) => p.line > original.line && p.line <= original.endLine).pop()!;
    assert.ok(h.markdown.replace(/\\/g, '').includes(lastOfOriginal.text.slice(0, 12)), 'the original section in full');
  });

  it('none outside a repeat; a paragraph copy names the line of the first one', () => {
    const para = found.find((d) => d.code === 'repeat.paragraph')!;
    assert.match(repeatHoverAt(model, found, para.start, 'en')!.markdown, /Compared with line 62/);
    const clean = model.paragraphs.find((p) => !found.some((d) => d.start <= p.start && p.start <= d.end))!;
    assert.strictEqual(repeatHoverAt(model, found, clean.start, 'zh'), undefined);
  });
});

describe('figure hover', () => {
  it('shows the value, the metric and the other statements of the metric', () => {
    const text = [
      '过去一年的主要工作',
      '全年共召开常委会会议9次、主任会议22次，审议通过地方性法规3部，听取和审议专项工作报告14个。',
      '一、监督',
      '上年召开常委会会议8次。',
    ].join('\n');
    const model = parse(text);
    const at = text.indexOf('9次');
    const h = figureHover(model, 'zh', at)!;
    assert.match(h.markdown, /\*\*9次\*\* · 数值 9次 · 指标「常委会会议」 · 本期/);
    assert.match(h.markdown, /第 4 行：8次（其他时期）/);
    assert.strictEqual(figureHover(model, 'zh', 0), undefined);
  });
});
