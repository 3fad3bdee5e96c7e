/**
 * A report as a Word document laid out to GB/T 9704-2012: the title block centred (小标宋 title, 楷体 subtitle and
 * speaker), chapter headings in 黑体, sections in 楷体, items in bold 仿宋, body in 仿宋 indented two characters, 22 ×
 * 28 to the page, page numbers "— 1 —" on the outer side, 名词解释 and each 附件 on a page of their own. Numbers are
 * written as the text types them, never as Word lists, so the document reads back to the same outline.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { exportLimitPassed, LimitExceeded } from '../limits';
import { NOT_XML } from './xmlChars';
import type { ReportModel, Section } from '../model/types';
import { balancedLines } from './balancedLines';
import { CHAR_PITCH, CHAR_SCALE, FONT, FOOTER_DISTANCE, LINE_PITCH, MARGIN, PAGE, SIZE } from './gbt9704';

type Role = 'title' | 'subtitle' | 'header' | 'salutation' | 'glossary' | 'annex' | 'annexTitle' | 'body';

const GLOSSARY = /^名词解释[:：]?$/;
const ANNEX = /^附件\s*[0-9一二三四五六七八九十]*\s*[:：]?$/;

/**
 * A run's fonts: the role's Chinese font for Chinese, Times New Roman for Latin letters and digits. The East Asian
 * hint makes the characters Word and WPS class as either — “” ‘’ — … · — Chinese: without it they take the
 * Latin font and print half-width, narrow quotes beside full-width text.
 */
function font(name: string) {
  return { eastAsia: name, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, hint: 'eastAsia' };
}

/**
 * How many characters of a size a centred line is given: what fits the 版心's width (condensed to CHAR_SCALE like
 * the body) but one — Word, WPS and LibreOffice measure dashes and digits a little differently, and a line that
 * fills the width exactly in one of them wraps its last character in another.
 */
function lineCapacity(size: number): number {
  return Math.floor((PAGE.width - MARGIN.left - MARGIN.right) / ((size * 10 * CHAR_SCALE) / 100)) - 1;
}

/** A centred title or subtitle, broken at balanced places (balancedLines.ts): never a line of one or two characters. */
function centredLines(text: string, fontName: string, size: number): TextRun[] {
  return balancedLines(text, lineCapacity(size)).flatMap((line, i) => [
    ...(i ? [new TextRun({ break: 1, size })] : []),
    ...runs(line, 0, undefined, fontName, size),
  ]);
}

/** The heading font of an outline entry on its line: 黑体 for chapters and parts, 楷体 for sections, bold 仿宋 for items. */
function headingStyle(s: Section): { font: string; bold: boolean; outline?: number } {
  const numbered = s.marker !== '';
  if (s.kind === 'chapter' || s.kind === 'part' || (s.kind === 'heading' && s.markdownLevel <= 2)) {
    return { font: FONT.heiti, bold: false, outline: numbered ? 0 : s.markdownLevel ? s.markdownLevel - 1 : undefined };
  }
  if (s.kind === 'section') return { font: FONT.kaiti, bold: false, outline: 1 };
  if (s.kind === 'item') return { font: FONT.fangsong, bold: true, outline: 2 };
  return { font: FONT.fangsong, bold: false, outline: s.markdownLevel ? s.markdownLevel - 1 : undefined };
}

/**
 * Runs of a line's text: `**…**` spans bold, the heading's marker and title (up to `headEnd`) in its font. One pass
 * over the pieces between markers (a line of 120,000 `**` is 60,000 empty pieces, not 60,000 copies of the line).
 */
function runs(
  text: string,
  headEnd: number,
  head: { font: string; bold: boolean } | undefined,
  base: string,
  size: number,
): TextRun[] {
  const out: TextRun[] = [];
  const pieces = text.split('**');
  // headEnd counts the markers before it; each one removed shifts it back by two (into the marker: to its start).
  let plainAt = 0;
  for (let i = 0; i < pieces.length - 1; i++) {
    plainAt += pieces[i].length;
    if (headEnd > plainAt) headEnd = Math.max(plainAt, headEnd - 2);
  }
  let from = 0;
  pieces.forEach((piece, i) => {
    const to = from + piece.length;
    // Every marker turns bold on or off, a last unmatched one included (as the outline reads it).
    const bold = i % 2 === 1;
    for (const [a, b] of headEnd > from && headEnd < to
      ? [
          [from, headEnd],
          [headEnd, to],
        ]
      : [[from, to]]) {
      if (b <= a) continue;
      const inHead = head && a < headEnd;
      out.push(
        new TextRun({
          text: piece.slice(a - from, b - from).replace(NOT_XML, ''),
          bold: bold || (inHead ? head.bold : false),
          font: font(inHead ? head.font : base),
          size,
        }),
      );
    }
    from = to;
  });
  return out;
}

function roleOf(model: ReportModel, line: number, text: string, afterAnnex: boolean): Role {
  const h = model.header;
  if (h.title?.line === line) return 'title';
  if (h.subtitle?.line === line || h.speaker?.line === line) return 'subtitle';
  if (h.salutation?.line === line || (/^各位(代表|委员)/.test(text) && text.length <= 12)) return 'salutation';
  // The entrustment (现在，我受…委托，向大会报告工作，请予审议。) is the first body paragraph; captions stay centred.
  if (h.lines.includes(line)) return /[。！]$/.test(text) || text.length > 40 ? 'body' : 'header';
  if (GLOSSARY.test(text)) return 'glossary';
  if (ANNEX.test(text)) return 'annex';
  return afterAnnex ? 'annexTitle' : 'body';
}

export interface ExportOptions {
  title?: string;
  creator?: string;
}

/** The .docx bytes of a report. */
export async function layoutDocx(model: ReportModel, options: ExportOptions = {}): Promise<Uint8Array> {
  // The docx writer holds a report ~170 times over while it packs it: a bound, said, rather than a heap exhausted.
  const passed = exportLimitPassed(model.text);
  if (passed) throw new LimitExceeded(passed);
  const entries = new Map<number, Section>();
  for (const s of model.flat) if (!entries.has(s.line)) entries.set(s.line, s);
  const children: Paragraph[] = [];
  let afterAnnex = false;
  for (const line of model.lines) {
    const raw = model.text.slice(line.contentStart, line.contentEnd);
    // Scraper artefacts (page markers, photo captions) and comments are not the report.
    if (!raw.trim() || model.roles[line.index] === 'comment' || model.roles[line.index] === 'noise') continue;
    const md = /^#{1,6}[ \t]+/.exec(raw);
    const text = md ? raw.slice(md[0].length) : raw;
    const plain = text.replace(/\*\*/g, '');
    const role = roleOf(model, line.index, plain.trim(), afterAnnex);
    afterAnnex = role === 'annex';
    const base = { spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT } };
    if (role === 'title' || role === 'annexTitle') {
      children.push(
        new Paragraph({
          ...base,
          alignment: AlignmentType.CENTER,
          children: centredLines(plain, FONT.title, SIZE.title),
        }),
      );
    } else if (role === 'subtitle' || role === 'header') {
      children.push(
        new Paragraph({
          ...base,
          alignment: AlignmentType.CENTER,
          children: centredLines(plain, FONT.kaiti, SIZE.body),
        }),
      );
    } else if (role === 'salutation') {
      // 主送 (各位代表：) stands 顶格, at the left margin (§7.2.2).
      children.push(new Paragraph({ ...base, children: runs(plain, 0, undefined, FONT.fangsong, SIZE.body) }));
    } else if (role === 'glossary') {
      children.push(
        new Paragraph({
          ...base,
          pageBreakBefore: true,
          alignment: AlignmentType.CENTER,
          children: runs(plain, 0, undefined, FONT.heiti, SIZE.body),
        }),
      );
    } else if (role === 'annex') {
      children.push(
        new Paragraph({ ...base, pageBreakBefore: true, children: runs(plain, 0, undefined, FONT.heiti, SIZE.body) }),
      );
    } else {
      const s = entries.get(line.index);
      const style = s ? headingStyle(s) : undefined;
      const shift = line.contentStart + (md ? md[0].length : 0);
      let headEnd = s ? Math.max(0, (s.wholeLine ? line.contentEnd : s.titleEnd) - shift) : 0;
      // The heading sentence keeps its own full stop or colon in its font (1.提高立法质量。 bold, then the body).
      while (headEnd && /[。：:；]/.test(text[headEnd] ?? '')) headEnd++;
      children.push(
        new Paragraph({
          ...base,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * CHAR_PITCH, firstLineChars: 200 },
          outlineLevel: style?.outline,
          children: runs(text, headEnd, style, FONT.fangsong, SIZE.body),
        }),
      );
    }
  }
  const pageNumber = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], side: 'left' | 'right') =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          indent: side === 'right' ? { right: SIZE.body * 10 } : { left: SIZE.body * 10 },
          children: [
            new TextRun({
              children: ['— ', PageNumber.CURRENT, ' —'],
              font: font(FONT.pageNumber),
              size: SIZE.pageNumber,
            }),
          ],
        }),
      ],
    });
  const doc = new Document({
    title: (options.title ?? model.header.title?.text)?.replace(NOT_XML, ''),
    creator: options.creator ?? 'work-report',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONT.fangsong), size: SIZE.body, scale: CHAR_SCALE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: MARGIN.top,
              bottom: MARGIN.bottom,
              left: MARGIN.left,
              right: MARGIN.right,
              footer: FOOTER_DISTANCE,
              header: 851,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumber(AlignmentType.RIGHT, 'right'), even: pageNumber(AlignmentType.LEFT, 'left') },
        children,
      },
    ],
  });
  return withSettings(new Uint8Array(await Packer.toBuffer(doc)));
}

/**
 * Punctuation at full width, as Word does when the setting is absent (the docx package cannot write it): without it
 * LibreOffice compresses CJK punctuation and, with 28 condensed characters to the line, drops a 、 or ， that falls at
 * a line's end from the printed page.
 */
function withSettings(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const settings = strFromU8(parts['word/settings.xml']);
  // CT_Settings' order: characterSpacingControl follows evenAndOddHeaders and precedes compat.
  parts['word/settings.xml'] = strToU8(
    settings.replace(
      '<w:evenAndOddHeaders/>',
      '<w:evenAndOddHeaders/><w:characterSpacingControl w:val="doNotCompress"/>',
    ),
  );
  return zipSync(parts);
}
