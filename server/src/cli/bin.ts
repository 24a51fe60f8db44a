// dist/cli.js, the `baogao` command: a few lines that start the CLI's bundle (dist/cliBundle.js)
// from V8's code cache (codeCache.ts), so a check of one report does not first compile the CLI.

import { join } from 'node:path';
import { requireWithCodeCache } from './codeCache';

(requireWithCodeCache(join(__dirname, 'cliBundle.js')).exports as { run(): void }).run();
