// Word's automatic list numbering, written out as text. A heading numbered by Word ("一、" from a
// list level with numFmt chineseCounting and lvlText "%1、") has no such characters in the text
// mammoth reads; before reading, each numbered paragraph gets its number as a literal run, so the
// checker sees the numbers the reader sees.

import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { formatChineseNumeral, formatCircled, formatDigits } from '../model/numerals';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
}

type El = Element;

function children(el: El, name: string): El[] {
  const out: El[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as El).localName === name) out.push(n as El);
  return out;
}
function child(el: El | undefined, name: string): El | undefined {
  return el ? children(el, name)[0] : undefined;
}
function val(el: El | undefined): string | undefined {
  return el?.getAttributeNS(W, 'val') ?? el?.getAttribute('w:val') ?? undefined;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return formatChineseNumeral(n);
    case 'ideographDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]);
    case 'chineseLegalSimplified':
      return formatChineseNumeral(n).replace(/[一二三四五六七八九十]/g, (c) => '壹贰叁肆伍陆柒捌玖拾'['一二三四五六七八九十'.indexOf(c)]);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10];
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return formatDigits(n, true);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return formatCircled(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const s = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return numFmt === 'upperLetter' ? s.toUpperCase() : s;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let r = '';
      let x = n;
      for (const [v, sym] of ROMAN) while (x >= v) (r += sym), (x -= v);
      return numFmt === 'upperRoman' ? r.toUpperCase() : r;
    }
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** Returns document.xml with every automatically numbered paragraph's number written into it. */
export function writeOutNumbering(documentXml: string, numberingXml: string | undefined, stylesXml: string | undefined): string {
  if (!numberingXml) return documentXml;
  const parser = new DOMParser({ errorHandler: { warning: () => undefined, error: () => undefined } });
  const numbering = parser.parseFromString(numberingXml, 'text/xml').documentElement as unknown as El;
  const abstract = new Map<string, Level[]>();
  for (const a of children(numbering, 'abstractNum')) {
    const levels: Level[] = [];
    for (const lvl of children(a, 'lvl')) {
      const i = Number(lvl.getAttributeNS(W, 'ilvl') ?? lvl.getAttribute('w:ilvl') ?? 0);
      levels[i] = { start: Number(val(child(lvl, 'start')) ?? 1), numFmt: val(child(lvl, 'numFmt')) ?? 'decimal', lvlText: val(child(lvl, 'lvlText')) ?? '' };
    }
    abstract.set(a.getAttributeNS(W, 'abstractNumId') ?? a.getAttribute('w:abstractNumId') ?? '', levels);
  }
  const nums = new Map<string, { levels: Level[]; overrides: Map<number, number> }>();
  for (const n of children(numbering, 'num')) {
    const levels = abstract.get(val(child(n, 'abstractNumId')) ?? '') ?? [];
    const overrides = new Map<number, number>();
    for (const o of children(n, 'lvlOverride')) {
      const start = val(child(o, 'startOverride'));
      if (start !== undefined) overrides.set(Number(o.getAttributeNS(W, 'ilvl') ?? o.getAttribute('w:ilvl') ?? 0), Number(start));
    }
    nums.set(n.getAttributeNS(W, 'numId') ?? n.getAttribute('w:numId') ?? '', { levels, overrides });
  }
  // Paragraph styles that carry numbering (Word's heading styles often do).
  const styleNum = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (stylesXml) {
    const styles = parser.parseFromString(stylesXml, 'text/xml').documentElement as unknown as El;
    for (const s of children(styles, 'style')) {
      const numPr = child(child(s, 'pPr'), 'numPr');
      styleNum.set(s.getAttributeNS(W, 'styleId') ?? s.getAttribute('w:styleId') ?? '', {
        numId: val(child(numPr, 'numId')),
        ilvl: val(child(numPr, 'ilvl')) !== undefined ? Number(val(child(numPr, 'ilvl'))) : undefined,
        basedOn: val(child(s, 'basedOn')),
      });
    }
  }
  const fromStyle = (styleId: string | undefined): { numId?: string; ilvl?: number } => {
    for (let id = styleId, depth = 0; id && depth < 20; depth++) {
      const s = styleNum.get(id);
      if (!s) return {};
      if (s.numId !== undefined) return s;
      id = s.basedOn;
    }
    return {};
  };

  const doc = parser.parseFromString(documentXml, 'text/xml');
  const counters = new Map<string, number[]>();
  const paragraphs = doc.getElementsByTagNameNS(W, 'p');
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as unknown as El;
    const pPr = child(p, 'pPr');
    const numPr = child(pPr, 'numPr');
    const style = fromStyle(val(child(pPr, 'pStyle')));
    const numId = val(child(numPr, 'numId')) ?? style.numId;
    if (!numId || numId === '0') continue;
    const ilvl = Number(val(child(numPr, 'ilvl')) ?? style.ilvl ?? 0);
    const num = nums.get(numId);
    const level = num?.levels[ilvl];
    if (!num || !level || level.numFmt === 'bullet') continue;
    const c = counters.get(numId) ?? [];
    const startOf = (i: number) => num.overrides.get(i) ?? num.levels[i]?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? startOf(ilvl) : c[ilvl] + 1;
    c.length = ilvl + 1; // deeper levels restart
    counters.set(numId, c);
    const text = level.lvlText.replace(/%(\d)/g, (_, d) => {
      const i = Number(d) - 1;
      return formatNumber(c[i] ?? startOf(i), num.levels[i]?.numFmt ?? 'decimal');
    });
    if (!text) continue;
    const r = doc.createElementNS(W, 'w:r');
    const t = doc.createElementNS(W, 'w:t');
    t.setAttribute('xml:space', 'preserve');
    t.appendChild(doc.createTextNode(text));
    r.appendChild(t);
    const first = pPr ? pPr.nextSibling : p.firstChild;
    p.insertBefore(r as unknown as Node, first as Node | null);
    if (numPr && pPr) pPr.removeChild(numPr);
  }
  return new XMLSerializer().serializeToString(doc);
}
