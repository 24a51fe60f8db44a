// GB/T 9704-2012 page and type as Word measures them (twips: 1/20 pt; 1 mm = 56.7 twips).

const MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * MM);

export const PAGE = {
  width: twips(210), // A4
  height: twips(297),
  marginTop: twips(37),
  marginLeft: twips(28), // binding side
  textWidth: twips(156), // type area 156 × 225 mm
  textHeight: twips(225),
};
export const MARGIN_BOTTOM = PAGE.height - PAGE.marginTop - PAGE.textHeight;
export const MARGIN_RIGHT = PAGE.width - PAGE.marginLeft - PAGE.textWidth;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28 };

/** The line pitch that fits 22 lines in the type area. */
export const LINE_PITCH = Math.floor(PAGE.textHeight / LINES_PER_PAGE);
/**
 * Character pitch for 28 characters a line, as Word's w:charSpace: the difference from the body
 * font size, in 1/4096 of a point.
 */
export const CHAR_SPACE = Math.round((PAGE.textWidth / CHARS_PER_LINE / 20 - SIZE.body / 2) * 4096);

export interface ExportFonts {
  title: string;
  heading1: string;
  heading2: string;
  body: string;
  pageNumber: string;
  latin: string;
}

export const DEFAULT_FONTS: ExportFonts = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};
