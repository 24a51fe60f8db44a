// The Node version package.json promises (engines.node, stated in CONTRIBUTING.md) is one every
// locked dependency accepts, so `npm ci` on it never warns EBADENGINE; and the Node running the
// tests is one of them.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readText, repoRoot } from './helpers/paths';

// semver is in every npm tree (npm itself uses it; here it comes with the dev tools) and has no
// types installed: the two functions used, typed.
const semver = require('semver') as { subset(sub: string, dom: string): boolean; minVersion(range: string): { major: number; minor: number } | null };

describe('Node version', () => {
  const pkg = JSON.parse(readText(join(repoRoot, 'package.json')));
  const lock = JSON.parse(readText(join(repoRoot, 'package-lock.json')));
  const ours: string = pkg.engines.node;

  it('every locked package accepts every Node version package.json allows', () => {
    const narrower = Object.entries(lock.packages as Record<string, { engines?: { node?: string } | string[] }>)
      .filter(([path, m]) => path && m.engines && !Array.isArray(m.engines) && m.engines.node)
      .filter(([, m]) => !semver.subset(ours, (m.engines as { node: string }).node))
      .map(([path, m]) => `${path.replace(/^node_modules\//, '')} wants node ${(m.engines as { node: string }).node}`);
    assert.deepEqual(narrower, [], `engines.node is "${ours}"`);
  });

  it('the check can fail: a range wider than a dependency’s is caught', () => {
    assert.equal(semver.subset('>=20', '>= 20.19.0'), false);
    assert.equal(semver.subset(ours, '>=20.0.0'), true);
  });

  it('README.md and CONTRIBUTING.md state the same version', () => {
    const min = semver.minVersion(ours)!;
    for (const doc of ['README.md', 'CONTRIBUTING.md']) assert.ok(readText(join(repoRoot, doc)).includes(`Node.js ${min.major}.${min.minor}`), `${doc} names Node.js ${min.major}.${min.minor}`);
  });
});
