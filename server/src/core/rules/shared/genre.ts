// What kind of report a document is (述职报告, 工作总结, 工作报告 …) and where its parts are. The
// genre comes from the title; the `genre` setting names it when the title does not say. The parts
// a genre needs come from config/genres.json, or from the office's own list in .baogaorc.json "parts".

import genreData from '../../config/genres.json';
import { PartSpec, ResolvedConfig } from '../../config/config';
import { Text } from '../../text/i18n';
import { ReportModel } from '../../model/reportModel';
import { HeadingNode } from '../../model/outlineTree';
import { Paragraph } from '../../model/paragraphs';
import { Span } from '../../text/edit';

export interface GenreInfo {
  id: string;
  en: string;
  titleWords: string[];
  partIds: string[];
  /** Why the genre has these parts; shown on hover. */
  basis: Text;
}

export const BUILTIN_GENRES: readonly GenreInfo[] = genreData.genres.map((g) => ({ id: g.id, en: g.en, titleWords: g.titleWords, partIds: g.parts, basis: g.basis }));

export const BUILTIN_PARTS: Record<string, PartSpec> = genreData.parts;

export function isBuiltinGenre(id: string): boolean {
  return BUILTIN_GENRES.some((g) => g.id === id);
}

export interface RecognisedGenre {
  id: string;
  from: 'title' | 'setting';
}

/**
 * The genre from the title (an office's own genres first, then the built-in ones, most specific
 * first: 述职述廉 before 述职), else the `genre` setting.
 */
export function recogniseGenre(model: ReportModel, config: ResolvedConfig): RecognisedGenre | undefined {
  const title = model.title?.text;
  if (title) {
    const custom = Object.keys(config.parts).filter((g) => !isBuiltinGenre(g) && title.includes(g));
    if (custom.length) return { id: custom.sort((a, b) => b.length - a.length)[0], from: 'title' };
    for (const g of BUILTIN_GENRES) if (g.titleWords.some((w) => title.includes(w))) return { id: g.id, from: 'title' };
  }
  return config.genre ? { id: config.genre, from: 'setting' } : undefined;
}

/** The parts a genre needs: the office's list if it gave one, else the data file's. */
export function requiredParts(genre: string, config: ResolvedConfig): PartSpec[] {
  const own = config.parts[genre];
  if (own) return own;
  const g = BUILTIN_GENRES.find((x) => x.id === genre);
  return g ? g.partIds.map((id) => BUILTIN_PARTS[id]) : [];
}

export interface FoundPart {
  span: Span;
  heading?: HeadingNode;
  paragraph: Paragraph;
}

/** Untitled short lines ("存在的不足") are headings too: no ordinal, no sentence inside. */
const SHORT_HEADING_MAX = 20;
/** How far into a paragraph a lead phrase may stand ("回顾一年来的工作，也存在一些不足：…"). */
const LEAD_WINDOW = 40;

/**
 * Where the part starts: the first heading whose text has one of its words, else the first short
 * untitled heading line that does, else the first paragraph that opens with one of its leads.
 */
export function findPart(model: ReportModel, part: PartSpec): FoundPart | undefined {
  const h = model.headings.find((n) => part.headings.some((w) => n.text.includes(w)));
  if (h) return { span: h.textSpan, heading: h, paragraph: h.paragraph };
  const titleLine = model.title?.lines[0];
  for (const p of model.paragraphs) {
    if (p.ordinal || p.startLine === titleLine) continue;
    const short = p.text.length <= SHORT_HEADING_MAX && !/[。；;，,]/.test(p.text);
    const head = p.text.slice(0, LEAD_WINDOW);
    if ((short && part.headings.some((w) => p.text.includes(w))) || part.leads.some((w) => head.includes(w))) return { span: p.span, paragraph: p };
  }
  return undefined;
}

/** The 字数 limit for a report of this genre, if the settings give one. */
export function lengthLimit(genre: string | undefined, config: ResolvedConfig): number | undefined {
  const m = config.maxLength;
  if (m === undefined || typeof m === 'number') return m;
  return (genre !== undefined ? m[genre] : undefined) ?? m['*'];
}
