// workspace/executeCommand for the section commands. The client sends the document and the
// cursor; the server computes the new text in the core, applies it as one versioned edit through
// workspace/applyEdit, and answers where the cursor should go.

import * as lsp from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changeLevel } from '../../core/ide/sections/headingLevel';
import { insertSiblingHeading } from '../../core/ide/sections/insertHeading';
import { moveSection } from '../../core/ide/sections/sectionMove';
import { diffEdit } from '../../core/ide/sections/textDiff';
import { ReportModel } from '../../core/model/reportModel';
import { toTextEdit } from '../convert';
import { SECTION_COMMANDS, SectionCommandResult } from '../../protocol';

export { SECTION_COMMANDS };

export function computeSectionCommand(command: string, model: ReportModel, position: lsp.Position): { text: string; position: lsp.Position } | undefined {
  const offset = model.index.offsetAt(position);
  switch (command) {
    case SECTION_COMMANDS.moveUp:
    case SECTION_COMMANDS.moveDown: {
      const r = moveSection(model, offset, command === SECTION_COMMANDS.moveUp ? 'up' : 'down');
      return r && { text: r.text, position: { line: r.line, character: 0 } };
    }
    case SECTION_COMMANDS.promote:
    case SECTION_COMMANDS.demote: {
      const r = changeLevel(model, offset, command === SECTION_COMMANDS.promote ? -1 : 1);
      return r && { text: r.text, position: { line: r.line, character: 0 } };
    }
    case SECTION_COMMANDS.insertSibling: {
      const r = insertSiblingHeading(model, offset);
      return r && { text: r.text, position: { line: r.line, character: r.character } };
    }
  }
  return undefined;
}

export async function executeSectionCommand(connection: lsp.Connection, doc: TextDocument, model: ReportModel, command: string, position: lsp.Position): Promise<SectionCommandResult> {
  const result = computeSectionCommand(command, model, position);
  if (!result) return { applied: false };
  const edit = diffEdit(model.text, result.text);
  if (!edit) return { applied: false };
  const applied = await connection.workspace.applyEdit({
    label: 'Baogao',
    edit: { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [toTextEdit(model, edit)] }] },
  });
  return { applied: applied.applied, position: result.position };
}
