/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in Word's units. 版心 156 × 225 mm on A4 (§5.2.1–5.2.2): the
 * margins below leave exactly that; 22 lines of 28 characters of 3号 (16 pt) type (§5.2.3) come from a document
 * line grid with that pitch and characters condensed to fit 28 into 156 mm.
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);

export const PAGE = { width: 11906, height: 16838 } as const;
/** 天头 37 mm; 订口 (left) 28 mm; the rest gives the 156 × 225 mm 版心. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 } as const;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;
/** Exact line spacing, twips: the 版心's height over 22 lines (579, as the standard's Word templates have it). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);
/**
 * 28 characters to the line by scaling every character to 98 % of its width (w:w) rather than by Word's character
 * grid: LibreOffice places a 16 pt character in two cells of a grid narrower than 16 pt, so a grid of 28 cells
 * prints 14 characters there; condensed spacing (w:spacing) makes it drop a 、 or ， that ends a line. A 98 %
 * character is 313.6 twips: 28 fit the 156 mm line, 29 do not.
 */
export const CHAR_SCALE = 98;
export const CHAR_PITCH = Math.ceil((SIZE.body * 10 * CHAR_SCALE) / 100);
/** The page number sits 7 mm below the 版心 (§7.5): the footer's distance from the page's bottom edge. */
export const FOOTER_DISTANCE = mm(35 - 7) - SIZE.pageNumber * 10;

/** Fonts by role (§7): 小标宋 title, 黑体 first-level headings, 楷体 second level, 仿宋 body; digits in Times New Roman. */
export const FONT = {
  title: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体',
  fangsong: '仿宋',
  latin: 'Times New Roman',
  pageNumber: '宋体',
} as const;
