// textDocument/selectionRange: sentence → paragraph → section → parent section → document.

import * as lsp from 'vscode-languageserver';
import { ReportModel } from '../../core/model/reportModel';
import { selectionChain } from '../../core/ide/selection';
import { toRange } from '../convert';

export function provideSelectionRanges(model: ReportModel, positions: lsp.Position[]): lsp.SelectionRange[] {
  return positions.map((pos) => {
    const chain = selectionChain(model, model.index.offsetAt(pos));
    let parent: lsp.SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) parent = { range: toRange(model, chain[i]), parent };
    return parent ?? { range: { start: pos, end: pos } };
  });
}
