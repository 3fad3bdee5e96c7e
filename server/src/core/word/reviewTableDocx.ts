/**
 * 意见采纳情况表 as a Word document: the title in 小标宋, then one table — 序号, 单位, 原文, 意见, 处理, 理由 — its
 * header row in 黑体 and repeated on every page, the cells in 仿宋 4号, on a landscape A4 page (the 原文 and 意见
 * columns need the width). Written by the same docx engine as the report (loaded on first use).
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { NOT_XML } from './xmlChars';
import { FONT, MARGIN, PAGE, SIZE } from './gbt9704';

export interface ReviewTable {
  title: string;
  /** A line under the title (the draft's name, the date), or ''. */
  subtitle: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** Column widths as parts of the text's width: 序号, 单位, 原文, 意见, 处理, 理由. */
const PARTS = [6, 12, 31, 28, 8, 15];
/** 4号 (14 pt) in the cells: a table reads smaller than the report's 3号 body. */
const CELL_SIZE = 28;

function font(name: string) {
  return { eastAsia: name, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin };
}

/** A cell's text as paragraphs: one a line of the text. */
function cell(text: string, width: number, opts: { bold?: boolean; face?: string; center?: boolean } = {}): TableCell {
  const lines = text.replace(NOT_XML, '').split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 80, right: 80, top: 40, bottom: 40 },
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [
            new TextRun({ text: line, bold: opts.bold, font: font(opts.face ?? FONT.fangsong), size: CELL_SIZE }),
          ],
        }),
    ),
  });
}

/** The .docx bytes of the table. */
export async function layoutReviewTable(t: ReviewTable): Promise<Uint8Array> {
  // Landscape: the page's long side across; the margins turn with it (订口 stays at the top, binding side).
  const textWidth = PAGE.height - MARGIN.top - MARGIN.bottom;
  const total = PARTS.reduce((a, b) => a + b, 0);
  const widths = PARTS.map((p) => Math.floor((textWidth * p) / total));
  const narrow = new Set([0, 4]);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.header.map((h, i) => cell(h, widths[i], { face: FONT.heiti, center: true })),
  });
  const rows = t.rows.map(
    (r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i], { center: narrow.has(i) })) }),
  );
  const doc = new Document({
    title: t.title.replace(NOT_XML, ''),
    creator: 'work-report',
    styles: { default: { document: { run: { font: font(FONT.fangsong), size: CELL_SIZE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.top, right: MARGIN.bottom },
          },
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: t.title.replace(NOT_XML, ''), font: font(FONT.title), size: SIZE.title })],
          }),
          ...(t.subtitle
            ? [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  spacing: { after: 240 },
                  children: [
                    new TextRun({ text: t.subtitle.replace(NOT_XML, ''), font: font(FONT.kaiti), size: SIZE.body }),
                  ],
                }),
              ]
            : []),
          new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
