// Colour for terminals: only when writing to one, never with NO_COLOR or --no-color.

export interface Style {
  path(s: string): string;
  dim(s: string): string;
  severity(sev: string, s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;

export function terminalStyle(color: boolean): Style {
  if (!color) return { path: (s) => s, dim: (s) => s, severity: (_v, s) => s, bold: (s) => s };
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const blue = wrap(34, 39);
  const dim = wrap(2, 22);
  return {
    path: wrap(4, 24),
    dim,
    bold: wrap(1, 22),
    severity: (sev, s) => (sev === 'error' ? red(s) : sev === 'warning' ? yellow(s) : sev === 'info' ? blue(s) : dim(s)),
  };
}
