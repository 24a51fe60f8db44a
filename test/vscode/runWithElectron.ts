// The same suite on VS Code desktop through @vscode/test-electron (npm run test:electron): it
// downloads VS Code unless VSCODE_EXECUTABLE_PATH names a local one, so it needs the internet
// otherwise. Here (no internet) the suite runs through code-server instead.

import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot, seedFiles } from '../helpers/paths';

async function main(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'baogao-electron-'));
  for (const f of seedFiles()) copyFileSync(f, join(workspace, f.split('/').pop()!));
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(repoRoot, 'out', 'test', 'vscode', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { BAOGAO_TEST_RESULT: join(workspace, 'result.json') },
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
