// The Word commands' ids, apart from their implementation so the server can advertise them
// without loading the Word libraries.

export const WORD_COMMANDS = { exportDocx: 'baogao.server.exportDocx', importDocx: 'baogao.server.importDocx' } as const;

/** Client → server notification: VS Code's workspace trust was granted ({ trusted: true }). */
export const WORKSPACE_TRUST_NOTIFICATION = 'baogao/workspaceTrust';
