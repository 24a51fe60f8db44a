// A parser for VS Code's snippet syntax (tab stops, placeholders, choices, variables, transforms,
// escapes), used to prove every snippet body is well formed. It also expands a body with its
// defaults, so a test can check what the snippet inserts.

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '05' };

export interface ParsedSnippet {
  tabStops: number[];
  expanded: string;
}

export function parseSnippet(body: string): ParsedSnippet {
  let i = 0;
  const tabStops: number[] = [];
  const values = new Map<number, string>();
  const fail = (msg: string): never => {
    throw new Error(`${msg} at ${i} in ${JSON.stringify(body)}`);
  };
  const int = (): number => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) fail('expected a number');
    i += m![0].length;
    return Number(m![0]);
  };
  const name = (): string | undefined => {
    const m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(body.slice(i));
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const transform = (value: string): string => {
    // /regex/format/options
    i++; // first '/'
    let regex = '';
    while (i < body.length && body[i] !== '/') regex += body[i] === '\\' ? body[i++] + body[i++] : body[i++];
    if (body[i] !== '/') fail('unterminated transform regex');
    i++;
    let format = '';
    while (i < body.length && body[i] !== '/') format += body[i] === '\\' ? body[i++] + body[i++] : body[i++];
    if (body[i] !== '/') fail('unterminated transform format');
    i++;
    const opts = /^[gimsuy]*/.exec(body.slice(i))![0];
    i += opts.length;
    try {
      return value.replace(new RegExp(regex, opts), format.replace(/\$\{?(\d+)\}?/g, '$$$1'));
    } catch {
      return fail('bad transform regex');
    }
  };
  const any = (stop: string): string => {
    let out = '';
    while (i < body.length && !stop.includes(body[i])) {
      const c = body[i];
      if (c === '\\') {
        out += body[i + 1] ?? '';
        i += 2;
      } else if (c === '$') {
        i++;
        if (/\d/.test(body[i] ?? '')) {
          const n = int();
          tabStops.push(n);
          out += values.get(n) ?? '';
        } else if (body[i] === '{') {
          i++;
          if (/\d/.test(body[i] ?? '')) {
            const n = int();
            tabStops.push(n);
            if (body[i] === ':') {
              i++;
              const v = any('}');
              values.set(n, v);
              out += v;
            } else if (body[i] === '|') {
              i++;
              const options: string[] = [''];
              while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
                if (body[i] === '\\') options[options.length - 1] += body[++i] ?? '';
                else if (body[i] === ',') options.push('');
                else options[options.length - 1] += body[i];
                i++;
              }
              if (body[i] !== '|') fail('unterminated choice');
              i++;
              values.set(n, options[0]);
              out += options[0];
            } else if (body[i] === '/') {
              out += transform(values.get(n) ?? '');
            } else out += values.get(n) ?? '';
            if (body[i] !== '}') fail('expected }');
            i++;
          } else {
            const v = name() ?? fail('expected a tab stop or variable');
            let value = VARIABLES[v as string] ?? '';
            if (body[i] === ':') {
              i++;
              const d = any('}');
              if (!(v as string in VARIABLES)) value = d;
            } else if (body[i] === '/') value = transform(value);
            if (body[i] !== '}') fail('expected }');
            i++;
            out += value;
          }
        } else {
          const v = name();
          out += v ? VARIABLES[v] ?? '' : '$';
        }
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const expanded = any('');
  if (i !== body.length) fail('unexpected }');
  return { tabStops, expanded };
}
