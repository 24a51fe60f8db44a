// The outline as indented lines ("一、主要工作" / "  （一）…"), so a test can state a whole
// expected outline in a readable literal.

import { OutlineNode } from '../../server/src/core/model/outlineTree';
import { ReportModel } from '../../server/src/core/model/reportModel';

export function outlineLines(model: ReportModel, opts: { items?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (nodes: OutlineNode[], indent: string) => {
    for (const n of nodes) {
      if (n.kind === 'heading') {
        out.push(indent + n.ordinal.raw + n.text);
        walk(n.children, indent + '  ');
      } else if (opts.items !== false) out.push(indent + '· ' + n.marker.word);
    }
  };
  walk(model.roots, '');
  return out;
}
