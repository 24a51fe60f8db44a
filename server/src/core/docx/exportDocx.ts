// Export a report to a .docx laid out per GB/T 9704: A4, the margins, a 22 × 28 grid set in the
// document so Word and WPS lay it out that way, title 二号 centred, level 1 三号黑体, level 2 三号
// 楷体, levels 3–4 and body 三号仿宋 with a two-character first-line indent, page numbers "— 1 —" in
// 四号宋体 (odd pages right, even pages left, one character in). Fonts are set as East Asian names;
// headings carry Word's heading styles; shared punctuation is set in the Chinese font.
// Unfilled placeholders are highlighted so they cannot be missed on paper either.

import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  HeadingLevel,
  IRunOptions,
  Packer,
  PageNumber,
  Paragraph as DocxParagraph,
  TextRun,
} from 'docx';
import { ReportModel } from '../model/reportModel';
import { Paragraph, toTextOffset } from '../model/paragraphs';
import { findSlots } from '../model/slots';
import { CHAR_SPACE, DEFAULT_FONTS, ExportFonts, LINE_PITCH, MARGIN_BOTTOM, MARGIN_RIGHT, PAGE, SIZE } from './gbt9704';

const CHAR = SIZE.body * 10; // one 三号 character, in twips
const INDENT_2_CHARS = 2 * CHAR;

interface Piece {
  start: number;
  end: number;
  font: string;
  highlight?: boolean;
}

function fontFor(level: number, fonts: ExportFonts): string {
  return level === 1 ? fonts.heading1 : level === 2 ? fonts.heading2 : fonts.body;
}

/**
 * Word's built-in heading styles (shown as 标题 1–4 in a Chinese Word), so the navigation pane, an
 * automatic table of contents, WPS and LibreOffice see the outline. Restyled to GB/T 9704: 三号, the
 * level's font, not bold, black, no space around; the outline level is set for readers that go by it.
 */
const HEADING_STYLES = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

function headingStyle(level: number, fonts: ExportFonts) {
  return {
    run: { font: { eastAsia: fontFor(level, fonts), ascii: fonts.latin, hAnsi: fonts.latin }, size: SIZE.body, bold: false, italics: false, color: '000000' },
    paragraph: { outlineLevel: level - 1, spacing: { line: 240, before: 0, after: 0 }, indent: { firstLine: INDENT_2_CHARS } },
  };
}

/**
 * Punctuation that Unicode shares between the scripts: with a Western font set for the run, Word
 * draws it in Times New Roman (narrow quotes, a thin dash, a low ellipsis). Each such stretch gets
 * a run of its own in the Chinese font, marked East Asian, so it prints as a reviewer expects.
 */
export const SHARED_PUNCTUATION = /[\u2018\u2019\u201C\u201D\u2014\u2026\u00B7]+/g;

function runs(text: string, pieces: Piece[], fonts: ExportFonts, size: number, bold = false): TextRun[] {
  const out: TextRun[] = [];
  const push = (chunk: string, font: IRunOptions['font'], highlight?: boolean) =>
    out.push(new TextRun({ text: chunk, font, size, bold, ...(highlight ? { highlight: 'yellow' as const } : {}) }));
  for (const p of pieces) {
    if (p.end <= p.start) continue;
    const piece = text.slice(p.start, p.end);
    let at = 0;
    for (const m of piece.matchAll(SHARED_PUNCTUATION)) {
      if (m.index > at) push(piece.slice(at, m.index), { eastAsia: p.font, ascii: fonts.latin, hAnsi: fonts.latin }, p.highlight);
      push(m[0], { eastAsia: p.font, ascii: p.font, hAnsi: p.font, hint: 'eastAsia' }, p.highlight);
      at = m.index + m[0].length;
    }
    if (at < piece.length) push(piece.slice(at), { eastAsia: p.font, ascii: fonts.latin, hAnsi: fonts.latin }, p.highlight);
  }
  return out;
}

/** Splits [0, length) at the heading part's end and around each placeholder. */
function piecesOf(p: Paragraph, headingEnd: number, headingFont: string, bodyFont: string): Piece[] {
  // Slot spans are document offsets; map them back into the paragraph's joined text.
  const slots = findSlots(p).map((s) => {
    const start = toTextOffset(p, s.span.start);
    return { start, end: start + s.text.length };
  });
  const cuts = new Set<number>([0, p.text.length, headingEnd]);
  for (const s of slots) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((x) => x >= 0 && x <= p.text.length).sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, font: start < headingEnd ? headingFont : bodyFont, highlight: slots.some((s) => s.start <= start && end <= s.end) });
  }
  return out;
}

function pageNumberFooter(fonts: ExportFonts, side: 'odd' | 'even'): Footer {
  const font = { eastAsia: fonts.pageNumber, ascii: fonts.pageNumber, hAnsi: fonts.pageNumber };
  const oneChar = SIZE.pageNumber * 10;
  return new Footer({
    children: [
      new DocxParagraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        children: [
          new TextRun({ text: '— ', font, size: SIZE.pageNumber }),
          new TextRun({ children: [PageNumber.CURRENT], font, size: SIZE.pageNumber }),
          new TextRun({ text: ' —', font, size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
}

export interface ExportOptions {
  fonts?: Partial<ExportFonts>;
  /**
   * Word's character grid (22 lines × 28 characters: Word and WPS compress each character into
   * its cell). LibreOffice does not, and spreads a 三号 line to 16–18 characters; false writes a
   * line grid only (22 lines, characters at their natural width), which LibreOffice renders well.
   */
  characterGrid?: boolean;
}

export async function exportDocx(model: ReportModel, options: ExportOptions = {}): Promise<Uint8Array> {
  const fonts: ExportFonts = { ...DEFAULT_FONTS, ...options.fonts };
  const grid = options.characterGrid === false ? { type: DocumentGridType.LINES, linePitch: LINE_PITCH } : { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE };
  const headingByParagraph = new Map(model.headings.map((h) => [h.paragraph, h]));
  const titleLines = new Set(model.title?.lines ?? []);
  const signatureStart = model.signature ? model.index.lineAt(model.signature.span.start) : Infinity;
  const children: DocxParagraph[] = [];

  for (const p of model.paragraphs) {
    if (titleLines.has(p.startLine)) {
      children.push(new DocxParagraph({ alignment: AlignmentType.CENTER, children: runs(p.text, [{ start: 0, end: p.text.length, font: fonts.title }], fonts, SIZE.title) }));
      children.push(new DocxParagraph({ children: [] })); // one empty line below the title
      continue;
    }
    if (model.title?.subtitle?.line === p.startLine || model.title?.author?.line === p.startLine) {
      children.push(new DocxParagraph({ alignment: AlignmentType.CENTER, children: runs(p.text, [{ start: 0, end: p.text.length, font: fonts.heading2 }], fonts, SIZE.body) }));
      continue;
    }
    if (model.addressee?.line === p.startLine) {
      children.push(new DocxParagraph({ children: runs(p.text, piecesOf(p, 0, fonts.body, fonts.body), fonts, SIZE.body) }));
      continue;
    }
    if (p.startLine >= signatureStart) {
      // Signature and date: right-aligned, four characters in from the right (成文日期右空四字).
      children.push(new DocxParagraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, children: runs(p.text, piecesOf(p, 0, fonts.body, fonts.body), fonts, SIZE.body) }));
      continue;
    }
    const h = headingByParagraph.get(p);
    // A heading's own part: its ordinal and first sentence (with the 。), the body after it.
    let headingEnd = 0;
    if (h) {
      const stop = p.text.search(/[。！？]/);
      headingEnd = stop >= 0 ? stop + 1 : p.text.length;
    }
    const headingFont = h ? fontFor(h.level, fonts) : fonts.body;
    const heading = h && h.level <= HEADING_STYLES.length ? HEADING_STYLES[h.level - 1] : undefined;
    children.push(new DocxParagraph({ heading, indent: { firstLine: INDENT_2_CHARS }, children: runs(p.text, piecesOf(p, headingEnd, headingFont, fonts.body), fonts, SIZE.body) }));
  }

  const doc = new Document({
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: { eastAsia: fonts.body, ascii: fonts.latin, hAnsi: fonts.latin }, size: SIZE.body }, paragraph: { spacing: { line: 240, before: 0, after: 0 } } },
        heading1: headingStyle(1, fonts),
        heading2: headingStyle(2, fonts),
        heading3: headingStyle(3, fonts),
        heading4: headingStyle(4, fonts),
      },
      // The character grid's cell is measured from the Normal style's size (LibreOffice reads it
      // there, not from the document defaults): without it a 三号 character spans two cells.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { font: { eastAsia: fonts.body, ascii: fonts.latin, hAnsi: fonts.latin }, size: SIZE.body } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: MARGIN_BOTTOM, left: PAGE.marginLeft, right: MARGIN_RIGHT, footer: Math.round(MARGIN_BOTTOM / 2) },
          },
          grid,
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc)); // toArrayBuffer, not toBuffer: works in Node and browsers
}
