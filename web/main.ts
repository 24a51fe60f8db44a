// The offline checking page: a CodeMirror editor holding the report, the core running in a Web
// Worker (see worker.ts), the findings in the text and in a list with their fixes as buttons, the
// outline beside the text, Word import/export loaded on first use. Nothing is fetched from outside
// the page's own folder; the text stays in this browser (localStorage).

import { ChangeSet, EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, lineNumbers, placeholder } from '@codemirror/view';
import { Diagnostic as CmDiagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { minimalSetup } from 'codemirror';
import { Locale, pick, Text, toLocale } from '../server/src/core/text/i18n';
import type { OutlineEntry } from '../server/src/core/ide/outline';
import type { FromWorker, PageDiagnostic, PageEdit, PageFix, ToWorker } from './protocol';
import { S } from './strings';
import { changedRegion } from './changedRegion';
import type { PageWord } from './word';

declare const BAOGAO_WORKER_SOURCE: string;

const STORAGE_KEY = 'baogao.page.text';
const MAX_LISTED = 300;

const query = new URLSearchParams(location.search);
const locale: Locale = toLocale(query.get('lang') ?? navigator.language);
const t = (text: Text, vars: Record<string, string | number> = {}) => pick(locale, text).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// ---- static texts --------------------------------------------------------------------------
document.documentElement.lang = locale === 'en' ? 'en' : 'zh-CN';
document.title = `${t(S.title)} · Baogao`;
for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t(S[el.dataset.text as keyof typeof S] as Text);
for (const el of document.querySelectorAll<HTMLElement>('[data-title]')) el.title = t(S[el.dataset.title as keyof typeof S] as Text);

// ---- state ---------------------------------------------------------------------------------
/** Increases with every change of the text; results for an older version are dropped. */
let version = 0;
/** Changes since the version the shown findings belong to (fix buttons map their edits through it). */
let drift: ChangeSet | undefined;
/** Changes since the text last sent to the worker: sent with the next text, so it parses only them. */
let unsent: ChangeSet | undefined;
let shown: PageDiagnostic[] = [];
let outline: OutlineEntry[] = [];
let fileName = '';
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = false;
let dirtyWhileInFlight = false;

// ---- the worker ----------------------------------------------------------------------------
// Built into this script as text and started from a blob: a worker file next to the page cannot
// be started when the page is opened from disk (file://), a blob can.
const worker = new Worker(URL.createObjectURL(new Blob([BAOGAO_WORKER_SOURCE], { type: 'text/javascript' })));
const post = (m: ToWorker) => worker.postMessage(m);

worker.onmessage = (ev: MessageEvent<FromWorker>) => {
  const m = ev.data;
  if (m.kind === 'analysed') {
    inFlight = false;
    if (m.version === version) show(m);
    if (dirtyWhileInFlight) {
      dirtyWhileInFlight = false;
      analyseNow();
    }
  } else if (m.kind === 'fixedAll') {
    if (m.version !== version) return; // typed meanwhile: the user presses again
    if (!m.edit) return toast(t(S.nothingToFix));
    view.dispatch({ changes: m.edit, userEvent: 'input.fix' });
    toast(t(S.fixedAll, { n: m.fixed }));
  } else {
    inFlight = false;
    toast(t(S.checkFailed, { reason: m.message }), true);
  }
};

function analyseNow(): void {
  if (inFlight) {
    dirtyWhileInFlight = true;
    return;
  }
  inFlight = true;
  const change = unsent && changedRegion(unsent);
  unsent = undefined;
  post({ kind: 'analyse', version, text: view.state.doc.toString(), locale, change });
}

/** Short pause while typing; a paste, an open or a fix is checked at once. */
function scheduleAnalysis(delay: number): void {
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(analyseNow, delay);
}

// ---- the editor ----------------------------------------------------------------------------
const view = new EditorView({
  parent: $('editor'),
  state: EditorState.create({
    doc: '',
    extensions: [
      minimalSetup, // history, undo keys, selection drawing
      lineNumbers(),
      highlightActiveLine(),
      EditorView.lineWrapping,
      lintGutter(),
      placeholder(t(S.placeholder)),
      EditorView.contentAttributes.of({ 'aria-label': t(S.title), spellcheck: 'false' }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        version++;
        drift = drift ? drift.compose(u.changes) : u.changes;
        unsent = unsent ? unsent.compose(u.changes) : u.changes;
        const big = u.transactions.some((tr) => tr.isUserEvent('input.paste') || tr.isUserEvent('input.fix') || tr.isUserEvent('input.open'));
        scheduleAnalysis(big ? 0 : 30); // one check in flight at a time, so no long pause is needed
        scheduleSave();
        setStatusChecking();
      }),
    ],
  }),
});

function toCm(d: PageDiagnostic): CmDiagnostic {
  return {
    from: d.from,
    to: Math.max(d.to, d.from),
    severity: d.severity,
    source: d.rule,
    message: d.message,
    actions: d.fixes.map((f) => ({ name: f.title, apply: () => applyFix(f) })),
  };
}

function mapEdits(edits: PageEdit[]): PageEdit[] {
  if (!drift) return edits;
  const d = drift;
  return edits.map((e) => ({ from: d.mapPos(e.from, 1), to: Math.max(d.mapPos(e.to, -1), d.mapPos(e.from, 1)), insert: e.insert }));
}

function applyFix(f: PageFix): void {
  view.dispatch({ changes: mapEdits(f.edits), userEvent: 'input.fix' });
  view.focus();
}

function reveal(from: number, to: number): void {
  const [a] = mapEdits([{ from, to, insert: '' }]);
  const len = view.state.doc.length;
  view.dispatch({ selection: { anchor: Math.min(a.from, len), head: Math.min(a.to, len) }, effects: EditorView.scrollIntoView(Math.min(a.from, len), { y: 'center' }) });
  view.focus();
}

// ---- showing results -----------------------------------------------------------------------
function show(m: Extract<FromWorker, { kind: 'analysed' }>): void {
  drift = undefined;
  shown = m.diagnostics;
  outline = m.outline;
  view.dispatch(setDiagnostics(view.state, shown.map(toCm)));
  renderProblems();
  renderOutline();
  const status = $('status-count');
  status.textContent = t(S.chars, { n: m.count.toLocaleString('en-US') });
  $('status-problems').textContent = t(S.problemCount, { n: shown.length });
  $('status-checking').hidden = true;
  document.body.dataset.version = String(m.version); // tests and the bench wait on this
  document.body.dataset.checkMs = m.ms.toFixed(1);
  const fixable = shown.filter((d) => d.fixes.some((f) => f.safe)).length;
  const fixAll = $<HTMLButtonElement>('fix-all');
  fixAll.disabled = fixable === 0;
  $('fix-all-count').textContent = fixable ? String(fixable) : '';
}

function setStatusChecking(): void {
  $('status-checking').hidden = false;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Rows are reused between versions and rebuilt only where their content changed: a keystroke in a
 * long report changes one count or one finding, not the 2,000 rows on screen. Buttons read the
 * current findings when pressed, so a reused row never acts on an old version.
 */
const problemKeys: string[] = [];
function renderProblems(): void {
  const list = $('problems');
  $('problems-count').textContent = shown.length ? String(shown.length) : '';
  const doc = view.state.doc;
  const listed = shown.slice(0, MAX_LISTED);
  const rows: { key: string; make: () => HTMLElement }[] = listed.map((d, i) => {
    const line = doc.lineAt(Math.min(d.from, doc.length)).number;
    return { key: [d.severity, d.rule, line, d.message, ...d.fixes.map((f) => f.title)].join('\u0000'), make: () => problemRow(i, line) };
  });
  if (shown.length === 0) rows.push({ key: 'empty', make: () => el('li', 'empty', doc.length ? t(S.noProblems) : '') });
  if (shown.length > MAX_LISTED) rows.push({ key: `more${shown.length}`, make: () => el('li', 'empty', t(S.more, { n: shown.length - MAX_LISTED })) });
  patchRows(list, problemKeys, rows);
}

function problemRow(i: number, line: number): HTMLElement {
  const d = shown[i];
  const li = el('li', `problem ${d.severity}`);
  const head = el('div', 'problem-head');
  head.append(el('span', `dot ${d.severity}`), el('span', 'where', t(S.line, { n: line })), el('span', 'rule', d.rule));
  const msg = el('button', 'message', d.message);
  msg.type = 'button';
  msg.title = pick(locale, S.severity[d.severity]);
  msg.onclick = () => {
    li.parentElement?.querySelector('.active')?.classList.remove('active');
    li.classList.add('active');
    reveal(shown[i].from, shown[i].to);
  };
  li.append(head, msg);
  if (d.fixes.length) {
    const fixes = el('div', 'fixes');
    d.fixes.forEach((f, j) => {
      const b = el('button', f.preferred ? 'fix preferred' : 'fix', f.title);
      b.type = 'button';
      b.onclick = () => applyFix(shown[i].fixes[j]);
      fixes.append(b);
    });
    li.append(fixes);
  }
  return li;
}

/** Replaces only the rows whose key changed; drops the surplus. */
function patchRows(parent: HTMLElement, keys: string[], rows: { key: string; make: () => HTMLElement }[]): void {
  rows.forEach((r, i) => {
    if (keys[i] === r.key && parent.children[i]) return;
    const node = r.make();
    if (parent.children[i]) parent.children[i].replaceWith(node);
    else parent.append(node);
    keys[i] = r.key;
  });
  while (parent.children.length > rows.length) parent.lastElementChild!.remove();
  keys.length = rows.length;
}

const outlineKeys: string[] = [];
function renderOutline(): void {
  const root = $('outline');
  const flat: { e: OutlineEntry; depth: number; path: number[] }[] = [];
  let budget = 2000; // a 1 MB report has thousands of items; the first ones are what a reader scans
  const walk = (entries: OutlineEntry[], depth: number, path: number[]) => {
    entries.forEach((e, i) => {
      if (budget-- <= 0) return;
      flat.push({ e, depth, path: [...path, i] });
      if (e.kind !== 'item') walk(e.children, depth + 1, [...path, i]);
    });
  };
  walk(outline, 0, []);
  const rows = flat.map(({ e, depth, path }) => ({ key: [e.kind, depth, e.name, e.detail].join('\u0000'), make: () => outlineRow(e, depth, path) }));
  if (rows.length === 0) rows.push({ key: 'empty', make: () => el('li', 'empty', view.state.doc.length ? t(S.outlineEmpty) : '') });
  patchRows(root, outlineKeys, rows);
}

function outlineRow(e: OutlineEntry, depth: number, path: number[]): HTMLElement {
  const li = el('li', `node ${e.kind} level-${Math.min(depth, 5)}`);
  const b = el('button', 'node-button');
  b.type = 'button';
  b.style.paddingLeft = `${0.75 + depth * 0.9}rem`;
  b.append(el('span', 'node-name', e.name), el('span', 'node-detail', e.detail));
  b.title = e.name;
  b.onclick = () => {
    // The entry at the same place in the current outline (the row may outlive its version).
    let entries = outline;
    let current: OutlineEntry | undefined;
    for (const i of path) {
      current = entries[i];
      entries = current?.children ?? [];
    }
    if (current) reveal(current.selectionSpan.start, current.selectionSpan.end);
  };
  li.append(b);
  return li;
}

// ---- notices -------------------------------------------------------------------------------
let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string, isError = false): void {
  const box = $('toast');
  box.textContent = message;
  box.className = isError ? 'toast error show' : 'toast show';
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (box.className = 'toast'), isError ? 6000 : 2600);
}

// ---- local storage -------------------------------------------------------------------------
function scheduleSave(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 600);
}

function save(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  const note = $('status-saved');
  try {
    const text = view.state.doc.toString();
    if (text) localStorage.setItem(STORAGE_KEY, text);
    else localStorage.removeItem(STORAGE_KEY);
    note.textContent = t(S.saved);
    note.classList.remove('warn');
  } catch {
    note.textContent = t(S.notSaved); // quota exceeded or storage disabled
    note.classList.add('warn');
  }
}

// Leaving or reloading the page keeps the last keystrokes too.
window.addEventListener('pagehide', () => {
  if (saveTimer !== undefined) save();
});

function restore(): void {
  let text: string | null = null;
  try {
    text = localStorage.getItem(STORAGE_KEY);
  } catch {
    /* storage disabled: start empty */
  }
  if (text) {
    view.dispatch({ changes: { from: 0, insert: text }, userEvent: 'input.open' });
    toast(t(S.restored));
    $('status-saved').textContent = t(S.saved);
  } else {
    analyseNow();
  }
}

// ---- files ---------------------------------------------------------------------------------
/** UTF-8 when it decodes cleanly, UTF-16 by its BOM, otherwise GB18030 (which covers GBK/GB2312). */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

let wordModule: Promise<PageWord> | undefined;
/** word.js (docx + mammoth) is loaded by a script tag on first use: works from file:// too. */
function loadWord(): Promise<PageWord> {
  const g = globalThis as unknown as { baogaoWord?: PageWord };
  wordModule ??= new Promise<PageWord>((resolve, reject) => {
    if (g.baogaoWord) return resolve(g.baogaoWord);
    const s = document.createElement('script');
    s.src = 'word.js';
    s.onload = () => (g.baogaoWord ? resolve(g.baogaoWord) : reject(new Error('word.js')));
    s.onerror = () => {
      wordModule = undefined;
      reject(new Error('word.js'));
    };
    document.head.append(s);
  });
  return wordModule;
}

function replaceText(text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text.replace(/\r\n?/g, '\n') }, selection: { anchor: 0 }, userEvent: 'input.open', scrollIntoView: true });
}

async function openFile(file: File): Promise<void> {
  const name = file.name;
  const lower = name.toLowerCase();
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (lower.endsWith('.docx') || lower.endsWith('.doc')) {
      toast(t(S.loading));
      const word = await loadWord();
      replaceText(await word.importDocx(bytes, locale));
    } else if (lower.endsWith('.txt') || lower.endsWith('.baogao') || file.type.startsWith('text/')) {
      replaceText(decodeText(bytes));
    } else {
      return toast(t(S.notText), true);
    }
    fileName = name.replace(/\.(docx?|txt|baogao)$/i, '');
    $('file-name').textContent = name;
    toast(t(S.opened, { name }));
  } catch (e) {
    toast(t(S.openFailed, { name, reason: e instanceof Error ? e.message : String(e) }), true);
  }
}

async function exportWord(): Promise<void> {
  const text = view.state.doc.toString();
  if (!text.trim()) return toast(t(S.emptyExport), true);
  try {
    const word = await loadWord();
    const bytes = await word.exportDocx(text);
    const name = `${fileName || safeName(outline.find((e) => e.kind === 'title')?.name ?? '') || 'report'}.docx`;
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
    const a = el('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    toast(t(S.exported, { name }));
  } catch (e) {
    toast(t(S.exportFailed, { reason: e instanceof Error ? e.message : String(e) }), true);
  }
}

/** The report's title as a file name. */
function safeName(title: string): string {
  return title.trim().slice(0, 40).replace(/[\\/:*?"<>|]/g, '');
}

// ---- wiring --------------------------------------------------------------------------------
const picker = $<HTMLInputElement>('file-input');
$('open').onclick = () => picker.click();
picker.onchange = () => {
  const f = picker.files?.[0];
  if (f) void openFile(f);
  picker.value = '';
};
$('export').onclick = () => void exportWord();
$('fix-all').onclick = () => post({ kind: 'fixAll', version, text: view.state.doc.toString(), locale });
$('clear').onclick = () => {
  fileName = '';
  $('file-name').textContent = '';
  replaceText('');
  view.focus();
};

let dragDepth = 0;
window.addEventListener('dragenter', (e) => {
  if (!e.dataTransfer?.types.includes('Files')) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
window.addEventListener('dragleave', () => {
  if (--dragDepth <= 0) {
    dragDepth = 0;
    document.body.classList.remove('dragging');
  }
});
window.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
window.addEventListener('drop', (e) => {
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const f = e.dataTransfer?.files[0];
  if (!f) return;
  e.preventDefault();
  e.stopPropagation();
  void openFile(f);
}, true);

/** For the console, the tests and the bench: the text as the editor holds it. */
(window as unknown as { baogaoPage: object }).baogaoPage = { text: () => view.state.doc.toString() };

restore();
view.focus();
