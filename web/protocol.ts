// Messages between the page and its worker. Positions are UTF-16 offsets into the text of the
// version named in the message; the page drops a result whose version is no longer current.

import type { Locale } from '../server/src/core/text/i18n';
import type { OutlineEntry } from '../server/src/core/ide/outline';
import type { Severity } from '../server/src/core/config/config';
import type { TextChange } from '../server/src/core/model/incremental';

export interface PageEdit {
  from: number;
  to: number;
  insert: string;
}

export interface PageFix {
  title: string;
  safe: boolean;
  preferred: boolean;
  edits: PageEdit[];
}

export interface PageDiagnostic {
  from: number;
  to: number;
  severity: Severity;
  rule: string;
  message: string;
  fixes: PageFix[];
}

// The region of the previously analysed text that became [start, newEnd) of the new one: the
// incremental parse's own type, which the worker hands to it as it comes.
export type { TextChange };

export type Analysed = { kind: 'analysed'; version: number; diagnostics: PageDiagnostic[]; outline: OutlineEntry[]; count: number; ms: number };

export type ToWorker =
  /** `change`: what changed since the text of the previous analyse message (absent: all of it). */
  | { kind: 'analyse'; version: number; text: string; locale: Locale; change?: TextChange }
  /** Every safe fix, repeated until nothing changes (as `baogao check --fix`). */
  | { kind: 'fixAll'; version: number; text: string; locale: Locale };

export type FromWorker =
  | Analysed
  | { kind: 'fixedAll'; version: number; edit?: PageEdit; fixed: number }
  | { kind: 'failed'; version: number; message: string };
