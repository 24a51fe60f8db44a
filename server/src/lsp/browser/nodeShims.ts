// Stand-ins for the few Node modules the server's files import, used only in the browser build
// (esbuild maps node:fs, node:path and node:url here). In VS Code for the Web documents are not
// files on a local disk: no .baogaorc.json is found (every read says "no such file"), and paths
// are plain POSIX strings. What this disables is said to the user by the web extension.

export function existsSync(): boolean {
  return false;
}

function noFile(path: string): never {
  throw Object.assign(new Error(`ENOENT: no local files in the browser: ${path}`), { code: 'ENOENT' });
}

export function readFileSync(path: string): never {
  return noFile(path);
}

export function statSync(path: string): never {
  return noFile(path);
}

function normalizeParts(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out;
}

export const sep = '/';

export function isAbsolute(p: string): boolean {
  return p.startsWith('/');
}

export function join(...parts: string[]): string {
  const joined = parts.filter(Boolean).join('/');
  const body = normalizeParts(joined.split('/')).join('/');
  return isAbsolute(joined) ? '/' + body : body || '.';
}

export function basename(p: string): string {
  return p.replace(/\/+$/, '').split('/').pop() ?? '';
}

export function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

export function relative(from: string, to: string): string {
  const a = normalizeParts(from.split('/'));
  const b = normalizeParts(to.split('/'));
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(new URL(String(url)).pathname);
}

export function pathToFileURL(path: string): URL {
  return new URL('file://' + encodeURI(path));
}
