// dist/docxCommands.js: the Word libraries (docx, mammoth: most of the code) and the commands that
// use them, one bundle beside cli.js and server.js that either loads only when Word is asked for.
// One copy in the package instead of one inside each (the .vsix must stay under 1.5 MB).

export { runExport, runImport } from './cli/wordCommands';
export { exportForClient, importForClient } from './lsp/features/wordCommands';
