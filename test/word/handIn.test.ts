/**
 * A document fit for hand-in (issue 29 §2): title and subtitle broken at balanced places, every run with the East
 * Asian hint, half-width (一) markers found and made full-width, and what is left said before the export.
 */
import * as assert from 'assert';
import { strFromU8, unzipSync } from 'fflate';
import {
  applyEdits,
  fullWidthMarkerEdits,
  handInReady,
  handInSummary,
  handInSummaryText,
  runChecks,
  TextDoc,
} from '../../server/src/core';
import { balancedLines, cells } from '../../server/src/core/word/balancedLines';
import { exportDocx } from '../../server/src/engines/exportDocx';
import { corpusFiles, parse, shippedSeeds } from '../helpers';

const ZHUZHOU = shippedSeeds().find((s) => s.name === '2022-株洲市人大常委会工作报告.txt')!.text;

describe('hand-in layout: balanced title and subtitle lines', () => {
  it('a subtitle of 29 characters breaks at a place a reader pauses, not before 议上', () => {
    assert.deepStrictEqual(balancedLines('——2022年12月29日在株洲市第十六届人民代表大会第二次会议上', 28), [
      '——2022年12月29日在株洲市',
      '第十六届人民代表大会第二次会议上',
    ]);
  });

  it('what fits stays one line; a year is never cut from 年 or 年度', () => {
    assert.deepStrictEqual(balancedLines('株洲市人民代表大会常务委员会工作报告', 20), [
      '株洲市人民代表大会常务委员会工作报告',
    ]);
    const lines = balancedLines('株洲市人民代表大会常务委员会关于2023年度国民经济和社会发展计划执行情况的报告', 20);
    assert.ok(
      lines.every((l) => cells(l) <= 20 && !/^[年度0-9]/.test(l)),
      lines.join(' / '),
    );
  });

  it('every subtitle and title of the 93 real reports and the seeds: lines that fit, none of one or two characters, no number cut', () => {
    let broken = 0;
    const texts = ['wikisource_national_gwr', 'noisy_scrape_national_gwr', 'provincial_gwr_2026'].flatMap((d) =>
      corpusFiles(d),
    );
    for (const f of [...texts, ...shippedSeeds()]) {
      const m = parse(f.text);
      for (const [line, capacity] of [
        [m.header.title?.text, 20],
        [m.header.subtitle?.text, 28],
      ] as const) {
        if (!line) continue;
        const lines = balancedLines(line.replace(/\*\*/g, '').trim(), capacity);
        if (lines.length > 1) broken++;
        assert.strictEqual(lines.join(''), line.replace(/\*\*/g, '').trim());
        if (lines.length > 1)
          for (const [i, l] of lines.entries()) {
            assert.ok(cells(l) >= 3 && cells(l) <= capacity, `${f.name}: ${lines.join(' / ')}`);
            if (i) assert.ok(!/[0-9]$/.test(lines[i - 1]) || !/^[0-9]/.test(l), `${f.name}: ${lines.join(' / ')}`);
          }
      }
    }
    assert.ok(broken >= 1, 'some real titles or subtitles need two lines');
  });

  it('the export sets the East Asian hint on every run and breaks the long subtitle once; Word reads it back whole', async () => {
    const m = parse(ZHUZHOU);
    const bytes = await exportDocx(m);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']);
    const fonts = xml.match(/<w:rFonts [^>]*>/g)!;
    assert.ok(fonts.length > 50);
    assert.ok(
      fonts.every((f) => f.includes('w:hint="eastAsia"')),
      fonts.find((f) => !f.includes('w:hint')),
    );
    const subtitle = /<w:p>(?:(?!<\/w:p>).)*第二次会议上(?:(?!<\/w:p>).)*<\/w:p>/s.exec(xml)![0];
    assert.strictEqual(subtitle.match(/<w:br\/>/g)?.length, 1);
    // Read back, the subtitle is one line again (a hand break in a centred title line is not a new paragraph).
    const { readDocx } = await import('../../server/src/core');
    const back = readDocx(bytes);
    assert.ok(back.ok);
    assert.ok(back.text.includes('——2022年12月29日在株洲市第十六届人民代表大会第二次会议上\n'));
  });
});

describe('hand-in summary: what is left before the export', () => {
  it('half-width (一) markers are found and made full-width, brackets only', () => {
    const m = parse(ZHUZHOU);
    const edits = fullWidthMarkerEdits(m);
    assert.ok(edits.length >= 2 && edits.every((e) => e.end - e.start === 1 && /^[（）]$/.test(e.newText)));
    const fixed = applyEdits(ZHUZHOU, edits);
    assert.ok(!/^\s*\([一二三四五六七八九十]+\)/m.test(fixed), 'no (一) heading left');
    assert.strictEqual(fullWidthMarkerEdits(parse(fixed)).length, 0);
    // Nothing else changed: the same text once the brackets are folded.
    assert.strictEqual(fixed.replace(/（/g, '(').replace(/）/g, ')'), ZHUZHOU.replace(/（/g, '(').replace(/）/g, ')'));
  });

  it('counts the warnings and the markers of the 2022 Zhuzhou report, and says them; a clean draft is ready', () => {
    const m = parse(ZHUZHOU);
    const doc = new TextDoc('x', ZHUZHOU);
    const findings = runChecks(m, { positionAt: (o) => doc.positionAt(o) });
    const s = handInSummary(m, findings, []);
    assert.strictEqual(s.warnings, findings.filter((f) => f.severity === 'warning').length);
    assert.strictEqual(s.halfWidthMarkers, fullWidthMarkerEdits(m).length / 2);
    assert.ok(!handInReady(s));
    assert.match(handInSummaryText(s).zh, new RegExp(`^仍有 ${s.warnings} 处警告`));
    const clean = parse(
      '株洲市人民代表大会常务委员会工作报告\n\n各位代表：\n\n一、主要工作\n\n　　全年召开会议九次。\n',
    );
    const cleanDoc = new TextDoc('y', clean.text);
    assert.ok(handInReady(handInSummary(clean, runChecks(clean, { positionAt: (o) => cleanDoc.positionAt(o) }), [])));
  });
});
