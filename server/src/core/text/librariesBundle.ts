// The two large libraries that only some configurations need: re2js runs user patterns
// (residue.patterns), yaml reads prh tables (wording.prh). Loaded through libraries.ts.

export { RE2JS } from 're2js';
export { parse as parseYaml } from 'yaml';
