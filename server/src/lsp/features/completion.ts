// textDocument/completion: the next ordinal or enumeration word, only where one is due.

import * as lsp from 'vscode-languageserver';
import { suggestAt } from '../../core/ide/completion';
import { Locale, pick } from '../../core/text/i18n';
import { ReportModel } from '../../core/model/reportModel';

const DETAIL = {
  continue: { zh: '接续本级序号', en: 'next in this list' },
  outer: { zh: '接续上级序号', en: 'next in an outer list' },
  sub: { zh: '开始下一级', en: 'start a sub-list' },
  enumeration: { zh: '接续列举', en: 'next enumeration word' },
};

export function provideCompletion(model: ReportModel, position: lsp.Position, locale: Locale): lsp.CompletionItem[] {
  const offset = model.index.offsetAt(position);
  const ctx = suggestAt(model, offset);
  if (!ctx) return [];
  const range = model.index.rangeOf({ start: ctx.replaceFrom, end: offset });
  return ctx.suggestions.map((s, i) => ({
    label: s.label,
    kind: s.reason === 'enumeration' ? lsp.CompletionItemKind.EnumMember : lsp.CompletionItemKind.Keyword,
    detail: pick(locale, DETAIL[s.reason]) + (s.after ? ` · ${s.after}` : ''),
    sortText: String(i).padStart(3, '0'),
    // Typed "（" or "(" is part of what the item replaces, so filtering matches it.
    filterText: model.source.slice(ctx.replaceFrom, offset) + s.label,
    textEdit: { range, newText: s.label },
    preselect: i === 0,
  }));
}
