// CHANGELOG.md in the Keep a Changelog form: Unreleased first, then one entry per released version,
// newest first, each dated, with only the standard kinds of change under it.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readText, repoRoot } from './helpers/paths';

const KINDS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

export function changelogProblems(text: string): string[] {
  const problems: string[] = [];
  const versions = [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
  if (versions[0] !== '[Unreleased]') problems.push(`the first entry is "${versions[0]}", not [Unreleased]`);
  const released = versions.slice(versions[0] === '[Unreleased]' ? 1 : 0).map((v) => {
    const m = /^\[(\d+)\.(\d+)\.(\d+)\] - (\d{4}-\d{2}-\d{2})$/.exec(v);
    if (!m) problems.push(`"${v}" is not "[x.y.z] - YYYY-MM-DD"`);
    return m ? { v, key: [Number(m[1]), Number(m[2]), Number(m[3])], date: m[4] } : undefined;
  });
  for (let k = 1; k < released.length; k++) {
    const [a, b] = [released[k - 1], released[k]];
    if (!a || !b) continue;
    const newer = a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2];
    if (newer <= 0) problems.push(`${a.v} is listed before ${b.v} but is not newer`);
    if (a.date < b.date) problems.push(`${a.v} is dated before ${b.v}`);
  }
  for (const m of text.matchAll(/^### (.*)$/gm)) if (!KINDS.includes(m[1])) problems.push(`"### ${m[1]}" is not one of ${KINDS.join(', ')}`);
  return problems;
}

describe('CHANGELOG.md', () => {
  it('is in the Keep a Changelog form, newest first', () => {
    assert.deepEqual(changelogProblems(readText(join(repoRoot, 'CHANGELOG.md'))), []);
  });

  it('the check finds an entry out of order, an undated one and an unknown kind', () => {
    const bad = '# Changelog\n\n## [0.1.0] - 2026-01-01\n### Added\n\n## [0.2.0] - 2026-02-01\n### Improved\n\n## 0.0.1\n';
    assert.equal(changelogProblems(bad).length, 5, changelogProblems(bad).join('\n'));
  });
});
