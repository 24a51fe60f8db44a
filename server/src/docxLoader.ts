// The Word commands and their libraries (docx, mammoth: most of the code) load on first use, for
// export and import only, so `baogao check` and the server start without them. In dist/ they are
// dist/docxCommands.js beside cli.js and server.js (one copy for both); in the test build, the
// module itself.

declare const BAOGAO_DOCX_BUNDLE: string | undefined;

export function loadDocxCommands(): typeof import('./docxBundle') {
  const load = require; // not followed by the bundler
  return typeof BAOGAO_DOCX_BUNDLE === 'string' ? load(`${__dirname}/${BAOGAO_DOCX_BUNDLE}`) : load('./docxBundle');
}
