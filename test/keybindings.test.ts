// Baogao's keys never shadow one of VS Code's own. DEFAULTS below is VS Code's default keyboard
// shortcuts (VS Code 1.118, "Preferences: Open Default Keyboard Shortcuts (JSON)" on Windows, macOS
// and Linux) for every chord of the families Baogao's keys were chosen from: arrows, Page Up/Down,
// Enter, [ and ] with any modifiers, alone or after Ctrl/Cmd+K. One command is named per chord
// (a chord often has several, under different `when`s); the chord being taken is what counts.
// A contributed key outside these families fails the test until the list covers its family.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers/paths';

type Platform = 'win' | 'mac' | 'linux';

const MODIFIER_ORDER = ['ctrl', 'shift', 'alt', 'cmd'];

/** "Cmd+Alt+Shift+Up" and "shift+alt+cmd+up" are the same chord: lower case, modifiers in one order. */
export function normalizeKey(key: string): string {
  return key
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((stroke) => {
      const parts = stroke.split('+').map((p) => (p === 'meta' ? 'cmd' : p === 'option' ? 'alt' : p));
      const rank = (p: string) => (MODIFIER_ORDER.includes(p) ? MODIFIER_ORDER.indexOf(p) : 99);
      return parts.sort((a, b) => rank(a) - rank(b)).join('+');
    })
    .join(' ');
}

const FAMILY = /^(?:(?:ctrl|cmd)\+k )?(?:(?:ctrl|shift|alt|cmd)\+)+(?:up|down|left|right|pageup|pagedown|enter|\[|\])$|^(?:ctrl|cmd)\+k (?:up|down|left|right|enter)$/;

const DEFAULTS: Record<Platform, Record<string, string>> = {
  win: {
    'alt+[': 'editor.action.inlineSuggest.showPrevious',
    'alt+]': 'editor.action.inlineSuggest.showNext',
    'alt+down': 'editor.action.moveLinesDownAction',
    'alt+enter': 'editor.action.selectAllMatches',
    'alt+left': 'workbench.action.navigateBack',
    'alt+pagedown': 'scrollPageDown',
    'alt+pageup': 'scrollPageUp',
    'alt+right': 'workbench.action.navigateForward',
    'alt+up': 'editor.action.moveLinesUpAction',
    'ctrl+[': 'editor.action.outdentLines',
    'ctrl+]': 'editor.action.indentLines',
    'ctrl+alt+down': 'editor.action.insertCursorBelow',
    'ctrl+alt+enter': 'editor.action.replaceAll',
    'ctrl+alt+left': 'workbench.action.moveEditorToPreviousGroup',
    'ctrl+alt+pagedown': 'editor.action.accessibleViewNextCodeBlock',
    'ctrl+alt+pageup': 'editor.action.accessibleViewPreviousCodeBlock',
    'ctrl+alt+right': 'workbench.action.moveEditorToNextGroup',
    'ctrl+alt+up': 'editor.action.insertCursorAbove',
    'ctrl+down': 'scrollLineDown',
    'ctrl+enter': 'editor.action.insertLineAfter',
    'ctrl+k ctrl+[': 'editor.foldRecursively',
    'ctrl+k ctrl+]': 'editor.unfoldRecursively',
    'ctrl+k ctrl+alt+down': 'editor.action.nextCommentingRange',
    'ctrl+k ctrl+alt+up': 'editor.action.previousCommentingRange',
    'ctrl+k ctrl+down': 'workbench.action.focusBelowGroup',
    'ctrl+k ctrl+left': 'workbench.action.focusLeftGroup',
    'ctrl+k ctrl+pagedown': 'workbench.action.nextEditorInGroup',
    'ctrl+k ctrl+pageup': 'workbench.action.previousEditorInGroup',
    'ctrl+k ctrl+right': 'workbench.action.focusRightGroup',
    'ctrl+k ctrl+up': 'workbench.action.focusAboveGroup',
    'ctrl+k down': 'workbench.action.moveActiveEditorGroupDown',
    'ctrl+k enter': 'workbench.action.keepEditor',
    'ctrl+k left': 'workbench.action.moveActiveEditorGroupLeft',
    'ctrl+k right': 'workbench.action.moveActiveEditorGroupRight',
    'ctrl+k shift+enter': 'workbench.action.pinEditor',
    'ctrl+k up': 'workbench.action.moveActiveEditorGroupUp',
    'ctrl+left': 'cursorWordLeft',
    'ctrl+pagedown': 'workbench.action.nextEditor',
    'ctrl+pageup': 'workbench.action.previousEditor',
    'ctrl+right': 'cursorWordEndRight',
    'ctrl+shift+[': 'editor.fold',
    'ctrl+shift+]': 'editor.unfold',
    'ctrl+shift+alt+down': 'cursorColumnSelectDown',
    'ctrl+shift+alt+enter': 'quickInput.accept',
    'ctrl+shift+alt+left': 'cursorColumnSelectLeft',
    'ctrl+shift+alt+pagedown': 'cursorColumnSelectPageDown',
    'ctrl+shift+alt+pageup': 'cursorColumnSelectPageUp',
    'ctrl+shift+alt+right': 'cursorColumnSelectRight',
    'ctrl+shift+alt+up': 'cursorColumnSelectUp',
    'ctrl+shift+down': 'cursorDownSelect',
    'ctrl+shift+enter': 'editor.action.insertLineBefore',
    'ctrl+shift+left': 'cursorWordLeftSelect',
    'ctrl+shift+pagedown': 'workbench.action.moveEditorRightInGroup',
    'ctrl+shift+pageup': 'workbench.action.moveEditorLeftInGroup',
    'ctrl+shift+right': 'cursorWordEndRightSelect',
    'ctrl+shift+up': 'cursorUpSelect',
    'ctrl+up': 'scrollLineUp',
    'shift+alt+down': 'editor.action.copyLinesDownAction',
    'shift+alt+enter': 'workbench.action.chat.submitWithoutDispatching',
    'shift+alt+left': 'editor.action.smartSelect.shrink',
    'shift+alt+right': 'editor.action.smartSelect.expand',
    'shift+alt+up': 'editor.action.copyLinesUpAction',
    'shift+down': 'cursorDownSelect',
    'shift+enter': 'editor.action.extensioneditor.findPrevious',
    'shift+left': 'cursorLeftSelect',
    'shift+pagedown': 'cursorPageDownSelect',
    'shift+pageup': 'cursorPageUpSelect',
    'shift+right': 'cursorRightSelect',
    'shift+up': 'cursorUpSelect',
  },
  mac: {
    'alt+[': 'editor.action.inlineSuggest.showPrevious',
    'alt+]': 'editor.action.inlineSuggest.showNext',
    'alt+cmd+[': 'editor.fold',
    'alt+cmd+]': 'editor.unfold',
    'alt+cmd+down': 'editor.action.insertCursorBelow',
    'alt+cmd+enter': 'editor.action.replaceAll',
    'alt+cmd+left': 'workbench.action.previousEditor',
    'alt+cmd+pagedown': 'editor.action.accessibleViewNextCodeBlock',
    'alt+cmd+pageup': 'editor.action.accessibleViewPreviousCodeBlock',
    'alt+cmd+right': 'workbench.action.nextEditor',
    'alt+cmd+up': 'editor.action.insertCursorAbove',
    'alt+down': 'editor.action.moveLinesDownAction',
    'alt+enter': 'editor.action.selectAllMatches',
    'alt+left': 'cursorWordLeft',
    'alt+pagedown': 'quickInput.pageNext',
    'alt+pageup': 'quickInput.pagePrevious',
    'alt+right': 'cursorWordEndRight',
    'alt+up': 'editor.action.moveLinesUpAction',
    'cmd+[': 'editor.action.outdentLines',
    'cmd+]': 'editor.action.indentLines',
    'cmd+down': 'cursorBottom',
    'cmd+enter': 'editor.action.insertLineAfter',
    'cmd+k alt+cmd+down': 'editor.action.nextCommentingRange',
    'cmd+k alt+cmd+left': 'workbench.action.previousEditorInGroup',
    'cmd+k alt+cmd+right': 'workbench.action.nextEditorInGroup',
    'cmd+k alt+cmd+up': 'editor.action.previousCommentingRange',
    'cmd+k cmd+[': 'editor.foldRecursively',
    'cmd+k cmd+]': 'editor.unfoldRecursively',
    'cmd+k cmd+down': 'workbench.action.focusBelowGroup',
    'cmd+k cmd+left': 'workbench.action.focusLeftGroup',
    'cmd+k cmd+right': 'workbench.action.focusRightGroup',
    'cmd+k cmd+up': 'workbench.action.focusAboveGroup',
    'cmd+k down': 'workbench.action.moveActiveEditorGroupDown',
    'cmd+k enter': 'workbench.action.keepEditor',
    'cmd+k left': 'workbench.action.moveActiveEditorGroupLeft',
    'cmd+k right': 'workbench.action.moveActiveEditorGroupRight',
    'cmd+k shift+cmd+left': 'workbench.action.moveEditorLeftInGroup',
    'cmd+k shift+cmd+right': 'workbench.action.moveEditorRightInGroup',
    'cmd+k shift+enter': 'workbench.action.pinEditor',
    'cmd+k up': 'workbench.action.moveActiveEditorGroupUp',
    'cmd+left': 'cursorHome',
    'cmd+pagedown': 'scrollPageDown',
    'cmd+pageup': 'scrollPageUp',
    'cmd+right': 'cursorEnd',
    'cmd+up': 'cursorTop',
    'ctrl+alt+cmd+down': 'quickInput.nextSeparator',
    'ctrl+alt+cmd+enter': 'quickInput.accept',
    'ctrl+alt+cmd+pagedown': 'quickInput.pageNext',
    'ctrl+alt+cmd+pageup': 'quickInput.pagePrevious',
    'ctrl+alt+cmd+right': 'quickInput.acceptInBackground',
    'ctrl+alt+cmd+up': 'quickInput.previousSeparator',
    'ctrl+alt+enter': 'workbench.action.chat.runInTerminal',
    'ctrl+alt+left': 'cursorWordPartLeft',
    'ctrl+alt+pagedown': 'quickInput.pageNext',
    'ctrl+alt+pageup': 'quickInput.pagePrevious',
    'ctrl+alt+right': 'cursorWordPartRight',
    'ctrl+cmd+down': 'notebook.cell.focusInOutput',
    'ctrl+cmd+enter': 'quickInput.accept',
    'ctrl+cmd+left': 'workbench.action.moveEditorToPreviousGroup',
    'ctrl+cmd+pagedown': 'quickInput.pageNext',
    'ctrl+cmd+pageup': 'quickInput.pagePrevious',
    'ctrl+cmd+right': 'workbench.action.moveEditorToNextGroup',
    'ctrl+cmd+up': 'notebook.cell.focusOutOutput',
    'ctrl+down': 'quickInput.next',
    'ctrl+enter': 'openReferenceToSide',
    'ctrl+pagedown': 'scrollLineDown',
    'ctrl+pageup': 'scrollLineUp',
    'ctrl+right': 'quickInput.acceptInBackground',
    'ctrl+shift+alt+enter': 'quickInput.accept',
    'ctrl+shift+alt+left': 'cursorWordPartLeftSelect',
    'ctrl+shift+alt+right': 'cursorWordPartRightSelect',
    'ctrl+shift+cmd+left': 'editor.action.smartSelect.shrink',
    'ctrl+shift+cmd+right': 'editor.action.smartSelect.expand',
    'ctrl+shift+enter': 'quickInput.accept',
    'ctrl+shift+left': 'editor.action.smartSelect.shrink',
    'ctrl+shift+right': 'editor.action.smartSelect.expand',
    'ctrl+up': 'quickInput.previous',
    'shift+alt+cmd+down': 'cursorColumnSelectDown',
    'shift+alt+cmd+left': 'cursorColumnSelectLeft',
    'shift+alt+cmd+pagedown': 'cursorColumnSelectPageDown',
    'shift+alt+cmd+pageup': 'cursorColumnSelectPageUp',
    'shift+alt+cmd+right': 'cursorColumnSelectRight',
    'shift+alt+cmd+up': 'cursorColumnSelectUp',
    'shift+alt+down': 'editor.action.copyLinesDownAction',
    'shift+alt+enter': 'workbench.action.chat.submitWithoutDispatching',
    'shift+alt+left': 'cursorWordLeftSelect',
    'shift+alt+right': 'cursorWordEndRightSelect',
    'shift+alt+up': 'editor.action.copyLinesUpAction',
    'shift+cmd+[': 'workbench.action.previousEditor',
    'shift+cmd+]': 'workbench.action.nextEditor',
    'shift+cmd+down': 'cursorBottomSelect',
    'shift+cmd+enter': 'editor.action.insertLineBefore',
    'shift+cmd+left': 'cursorHomeSelect',
    'shift+cmd+right': 'cursorEndSelect',
    'shift+cmd+up': 'cursorTopSelect',
    'shift+down': 'cursorDownSelect',
    'shift+enter': 'editor.action.extensioneditor.findPrevious',
    'shift+left': 'cursorLeftSelect',
    'shift+pagedown': 'cursorPageDownSelect',
    'shift+pageup': 'cursorPageUpSelect',
    'shift+right': 'cursorRightSelect',
    'shift+up': 'cursorUpSelect',
  },
  linux: {
    'alt+[': 'editor.action.inlineSuggest.showPrevious',
    'alt+]': 'editor.action.inlineSuggest.showNext',
    'alt+down': 'editor.action.moveLinesDownAction',
    'alt+enter': 'editor.action.selectAllMatches',
    'alt+left': 'workbench.action.browser.goBack',
    'alt+pagedown': 'scrollPageDown',
    'alt+pageup': 'scrollPageUp',
    'alt+right': 'workbench.action.browser.goForward',
    'alt+up': 'editor.action.moveLinesUpAction',
    'ctrl+[': 'editor.action.outdentLines',
    'ctrl+]': 'editor.action.indentLines',
    'ctrl+alt+down': 'quickInput.nextSeparator',
    'ctrl+alt+enter': 'editor.action.replaceAll',
    'ctrl+alt+left': 'workbench.action.moveEditorToPreviousGroup',
    'ctrl+alt+pagedown': 'editor.action.accessibleViewNextCodeBlock',
    'ctrl+alt+pageup': 'editor.action.accessibleViewPreviousCodeBlock',
    'ctrl+alt+right': 'workbench.action.moveEditorToNextGroup',
    'ctrl+alt+up': 'quickInput.previousSeparator',
    'ctrl+down': 'scrollLineDown',
    'ctrl+enter': 'editor.action.insertLineAfter',
    'ctrl+k ctrl+[': 'editor.foldRecursively',
    'ctrl+k ctrl+]': 'editor.unfoldRecursively',
    'ctrl+k ctrl+alt+down': 'editor.action.nextCommentingRange',
    'ctrl+k ctrl+alt+up': 'editor.action.previousCommentingRange',
    'ctrl+k ctrl+down': 'workbench.action.focusBelowGroup',
    'ctrl+k ctrl+left': 'workbench.action.focusLeftGroup',
    'ctrl+k ctrl+pagedown': 'workbench.action.nextEditorInGroup',
    'ctrl+k ctrl+pageup': 'workbench.action.previousEditorInGroup',
    'ctrl+k ctrl+right': 'workbench.action.focusRightGroup',
    'ctrl+k ctrl+up': 'workbench.action.focusAboveGroup',
    'ctrl+k down': 'workbench.action.moveActiveEditorGroupDown',
    'ctrl+k enter': 'workbench.action.keepEditor',
    'ctrl+k left': 'workbench.action.moveActiveEditorGroupLeft',
    'ctrl+k right': 'workbench.action.moveActiveEditorGroupRight',
    'ctrl+k shift+enter': 'workbench.action.pinEditor',
    'ctrl+k up': 'workbench.action.moveActiveEditorGroupUp',
    'ctrl+left': 'cursorWordLeft',
    'ctrl+pagedown': 'workbench.action.nextEditor',
    'ctrl+pageup': 'workbench.action.previousEditor',
    'ctrl+right': 'cursorWordEndRight',
    'ctrl+shift+[': 'editor.fold',
    'ctrl+shift+]': 'editor.unfold',
    'ctrl+shift+alt+down': 'editor.action.copyLinesDownAction',
    'ctrl+shift+alt+enter': 'quickInput.accept',
    'ctrl+shift+alt+up': 'editor.action.copyLinesUpAction',
    'ctrl+shift+down': 'editor.action.insertCursorBelow',
    'ctrl+shift+enter': 'editor.action.insertLineBefore',
    'ctrl+shift+left': 'cursorWordLeftSelect',
    'ctrl+shift+pagedown': 'workbench.action.moveEditorRightInGroup',
    'ctrl+shift+pageup': 'workbench.action.moveEditorLeftInGroup',
    'ctrl+shift+right': 'cursorWordEndRightSelect',
    'ctrl+shift+up': 'editor.action.insertCursorAbove',
    'ctrl+up': 'scrollLineUp',
    'shift+alt+down': 'editor.action.insertCursorBelow',
    'shift+alt+enter': 'workbench.action.chat.submitWithoutDispatching',
    'shift+alt+left': 'editor.action.smartSelect.shrink',
    'shift+alt+right': 'editor.action.smartSelect.expand',
    'shift+alt+up': 'editor.action.insertCursorAbove',
    'shift+down': 'cursorDownSelect',
    'shift+enter': 'editor.action.extensioneditor.findPrevious',
    'shift+left': 'cursorLeftSelect',
    'shift+pagedown': 'cursorPageDownSelect',
    'shift+pageup': 'cursorPageUpSelect',
    'shift+right': 'cursorRightSelect',
    'shift+up': 'cursorUpSelect',
  },
};

interface Keybinding {
  command: string;
  key: string;
  mac?: string;
  linux?: string;
  win?: string;
  when?: string;
}

function keyOn(b: Keybinding, platform: Platform): string {
  return normalizeKey(b[platform] ?? b.key);
}

describe('keybindings', () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const bindings: Keybinding[] = pkg.contributes.keybindings;

  it('the default list is keyed as the test compares (so a taken chord is found)', () => {
    for (const platform of ['win', 'mac', 'linux'] as Platform[]) {
      for (const key of Object.keys(DEFAULTS[platform])) {
        assert.equal(normalizeKey(key), key, `${platform}: ${key}`);
        assert.match(key, FAMILY, `${platform}: ${key}`);
      }
    }
    // The chords Baogao used to have, which took VS Code's column selection and Copy Line.
    assert.equal(DEFAULTS.win[normalizeKey('ctrl+shift+alt+up')], 'cursorColumnSelectUp');
    assert.equal(DEFAULTS.mac[normalizeKey('cmd+shift+alt+up')], 'cursorColumnSelectUp');
    assert.equal(DEFAULTS.linux[normalizeKey('ctrl+shift+alt+up')], 'editor.action.copyLinesUpAction');
  });

  it('every contributed key is free on Windows, macOS and Linux', () => {
    assert.ok(bindings.length >= 5);
    const taken: string[] = [];
    for (const b of bindings) {
      for (const platform of ['win', 'mac', 'linux'] as Platform[]) {
        const key = keyOn(b, platform);
        assert.match(key, FAMILY, `${b.command} on ${platform}: ${key} is outside the families the default list covers; extend DEFAULTS first`);
        // A chord whose first stroke is itself a VS Code command would never get its second stroke.
        const first = key.split(' ')[0];
        if (key.includes(' ') && DEFAULTS[platform][first]) taken.push(`${b.command} on ${platform}: ${first} is ${DEFAULTS[platform][first]}`);
        if (DEFAULTS[platform][key]) taken.push(`${b.command} on ${platform}: ${key} is VS Code's ${DEFAULTS[platform][key]}`);
      }
    }
    assert.deepEqual(taken, []);
  });

  it('no two Baogao commands share a key, and each is limited to baogao editors', () => {
    for (const platform of ['win', 'mac', 'linux'] as Platform[]) {
      const keys = bindings.map((b) => keyOn(b, platform));
      assert.equal(new Set(keys).size, keys.length, platform);
    }
    for (const b of bindings) assert.match(b.when ?? '', /editorLangId == baogao/, b.command);
  });

  it('the README shows the keys that are contributed', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const shown = (k: string) => k.split(' ').map((s) => s.split('+').map((p) => ({ ctrl: 'Ctrl', shift: 'Shift', alt: 'Alt', cmd: 'Cmd', pageup: 'PageUp', pagedown: 'PageDown', enter: 'Enter', k: 'K' })[p] ?? p).join('+')).join(' ');
    for (const b of bindings) {
      for (const k of [b.key, b.mac ?? b.key]) assert.ok(readme.includes('`' + shown(k) + '`'), `README lacks \`${shown(k)}\` (${b.command})`);
    }
  });
});
