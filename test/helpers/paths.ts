// Locations of the repository and its fixtures (the seed reports and the corpus, copied into
// test/fixtures/ so a fresh clone tests with nothing beside it), wherever the compiled test runs from.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

function findRoot(): string {
  let d = __dirname;
  for (let i = 0; i < 10; i++) {
    const pkg = join(d, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'baogao') return d;
    d = resolve(d, '..');
  }
  throw new Error('repository root not found from ' + __dirname);
}

export const repoRoot = findRoot();
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const seedsDir = join(fixturesDir, 'seeds');
export const corpusDir = join(fixturesDir, 'corpus');
export const distDir = join(repoRoot, 'dist');

export const SEED = {
  finance: join(seedsDir, '000_739041a541259170.txt'),
  zhengwu: join(seedsDir, '001_68a2515d10a34074.txt'),
  audit: join(seedsDir, '002_eec6ea1d08dc5768.txt'),
  minzheng: join(seedsDir, '003_b8284a4ff71a7e42.txt'),
  town: join(seedsDir, '004_4d81973d73741c05.txt'),
};

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

export function seedFiles(): string[] {
  return readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f));
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpusDir, f));
}

export function corpus(year: string): string {
  return readText(join(corpusDir, `${year}.txt`));
}
