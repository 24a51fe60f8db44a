// re2js and yaml are half the size of the CLI and server bundles, yet serve only a configuration
// that has user patterns or prh tables: they load on first use, so `baogao check` starts without
// them. In dist/ they are dist/libraries.js beside cli.js and server.js (esbuild.mjs makes this
// require external for the Node bundles); a browser bundle carries them inline, their
// initialisation deferred to the first call; the test build requires the module itself.

declare const require: (id: string) => unknown; // the web typecheck has no Node types

let loaded: typeof import('./librariesBundle') | undefined;

export function libraries(): typeof import('./librariesBundle') {
  return (loaded ??= require('./librariesBundle') as typeof import('./librariesBundle'));
}
