// The .vsix as `npm run package` builds it: it never stops to ask (in a terminal, Enter would mean
// "no"), it is small, it carries what the extension's page shows (every image the README links) and
// what the Marketplace lists, and none of the test fixtures or sources.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { repoRoot, readText } from './helpers/paths';

/** Images README.md shows: Markdown ![..](path) and HTML <img src>, local ones only (not in comments). */
export function readmeImages(markdown: string): string[] {
  const readme = markdown.replace(/<!--[\s\S]*?-->/g, '');
  const found = [...readme.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ...readme.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  return [...new Set(found.filter((p) => !/^[a-z]+:/i.test(p)).map((p) => decodeURI(p.replace(/^\.\//, ''))))];
}

describe('the .vsix (npm run package)', function () {
  this.timeout(180000);
  const pkg = JSON.parse(readText(join(repoRoot, 'package.json')));
  const vsix = join(repoRoot, 'dist', `baogao-${pkg.version}.vsix`);
  let files: string[] = [];
  let zip: JSZip;

  before(async () => {
    rmSync(vsix, { force: true });
    // vsce asks only when its output is a terminal, so it is run in one (util-linux `script` makes
    // a pseudo-terminal) with nothing to read: a question would wait, then be killed by the timeout.
    const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
    const command = 'npm run package --silent';
    const r = hasScript
      ? spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 })
      : spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    assert.doesNotMatch(r.stdout + r.stderr, /Do you want to continue|\[y\/N\]/);
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
    zip = await JSZip.loadAsync(readFileSync(vsix));
    files = Object.keys(zip.files).filter((f) => !zip.files[f].dir);
  });

  it('stays under 1.5 MB', () => {
    assert.ok(statSync(vsix).size < 1.5 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });

  it('holds every image the README shows, so the extension page has no broken pictures', () => {
    const images = readmeImages(readText(join(repoRoot, 'README.md')));
    assert.ok(images.length >= 2, images.join(' '));
    const missing = images.filter((p) => !files.includes(`extension/${p}`));
    assert.deepEqual(missing, []);
  });

  it('holds every local page the README links (rule pages, CONTRIBUTING.md), so no link on the extension page is dead', () => {
    const readme = readText(join(repoRoot, 'README.md')).replace(/<!--[\s\S]*?-->/g, '');
    const links = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(\s*<?([^)\s>#]+)(?:#[^)\s>]*)?>?\s*\)/g)].map((m) => decodeURI(m[1].replace(/^\.\//, ''))).filter((p) => !/^[a-z]+:/i.test(p));
    assert.ok(links.includes('CONTRIBUTING.md') && links.includes('docs/rules/numbering-gap.md'), links.join(' '));
    assert.deepEqual([...new Set(links)].filter((p) => !files.includes(`extension/${p}`)), []);
  });

  it('the image finder sees Markdown and HTML images and skips remote ones (so the test above can fail)', () => {
    assert.deepEqual(readmeImages('![a](docs/a.png) ![b](./docs/b%20c.png "t") <img src="docs/d.png" width="3"> ![r](https://x/y.png) <!-- ![later](docs/e.png) -->'), ['docs/a.png', 'docs/b c.png', 'docs/d.png']);
  });

  it('holds none of the fixtures, sources or source maps', () => {
    const unwanted = files.filter((f) => /^extension\/(test|server|client|bench|out|\.vscode|\.ci)\//.test(f) || /\.(ts|map)$/.test(f) || /fixtures|corpus|seeds/.test(f));
    assert.deepEqual(unwanted, []);
    assert.ok(files.includes('extension/dist/extension.js') && files.includes('extension/dist/server.js'));
    assert.ok(files.includes('extension/docs/rules/numbering-gap.md'));
  });

  it('carries what the Marketplace and Open VSX show', async () => {
    const manifest = await zip.file('extension.vsixmanifest')!.async('string');
    const nls = JSON.parse(readText(join(repoRoot, 'package.nls.json')));
    assert.ok(manifest.includes(`<DisplayName>${nls.displayName}</DisplayName>`), 'display name (from package.nls.json)');
    assert.match(manifest, /<Description xml:space="preserve">Write 述职报告/);
    const tags = /<Tags>([^<]*)<\/Tags>/.exec(manifest)![1].split(',');
    for (const k of ['公文', '述职报告', '工作总结', '校对', 'report', 'proofreading']) assert.ok(tags.includes(k), `keyword ${k}`);
    assert.match(manifest, /<Categories>[^<]*Linters[^<]*<\/Categories>/);
    assert.match(manifest, /Branding\.Color" Value="#[0-9A-Fa-f]{6}"/);
    assert.match(manifest, /Branding\.Theme" Value="(dark|light)"/);
    assert.ok(files.includes('extension/LICENSE.txt') || files.includes('extension/LICENSE'), 'license');
    assert.equal(pkg.license, 'MIT');
    assert.ok(files.includes('extension/images/icon.png'));
  });
});
