// Promote or demote the section under the cursor: 1. ⇄ （一） ⇄ 一、, its children shifted one
// level with it, and every list it touches renumbered.

import { formatOrdinal, LEVEL_FAMILY, OrdinalFamily, FAMILY_LEVEL } from '../../model/ordinals';
import { HeadingNode, OutlineNode } from '../../model/outlineTree';
import { ReportModel } from '../../model/reportModel';
import { applyEdits } from '../../text/edit';
import { Edit } from '../../text/edit';
import { headingAt, sectionBlock } from './sectionBlocks';
import { EditResult, renumberLines } from './sectionMove';

function shifted(family: OrdinalFamily, by: number): OrdinalFamily | undefined {
  const level = FAMILY_LEVEL[family] + by;
  return level >= 1 && level <= 5 ? LEVEL_FAMILY[level] : undefined;
}

export function changeLevel(model: ReportModel, offset: number, by: 1 | -1): EditResult | undefined {
  const h = headingAt(model, offset);
  if (!h) return undefined;
  const edits: Edit[] = [];
  const visit = (n: HeadingNode): boolean => {
    const family = shifted(n.ordinal.family, by);
    if (!family) return false;
    const point = n.ordinal.mark === '．' ? '．' : '.';
    edits.push({ span: n.ordinalSpan, newText: formatOrdinal(family, n.ordinal.value, { fullWidthDigits: n.ordinal.fullWidthDigits, point }) });
    return n.children.every((c: OutlineNode) => c.kind !== 'heading' || visit(c));
  };
  if (!visit(h)) return undefined; // 一、 cannot go up, ① cannot go down (nor can their children)
  const block = sectionBlock(model, h);
  const text = applyEdits(model.text, edits);
  // The old list (its later siblings), the section itself, and what now follows it.
  const parentLine = h.parent ? h.parent.paragraph.startLine : 0;
  const lastSibling = h.list.items[h.list.items.length - 1];
  const hi = Math.max(block.endLine, sectionBlock(model, lastSibling).endLine);
  return { text: renumberLines(text, Math.min(parentLine, block.startLine), hi), line: block.startLine };
}
