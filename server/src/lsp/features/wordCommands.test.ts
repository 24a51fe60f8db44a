import assert from 'node:assert/strict';
import { exportForClient } from './wordCommands';
import { defaultConfig } from '../../core/config/config';
import { composeChange, reparseReport } from '../../core/model/incremental';
import { parseReport } from '../../core/model/reportModel';
import { readText, SEED } from '../../../../test/helpers/paths';

describe('Word export for the client', () => {
  it('lists the findings of the version it was asked for, though the next keystroke is parsed while the .docx is packed', async () => {
    const text = readText(SEED.finance);
    const config = defaultConfig();
    const expected = await exportForClient(parseReport(text), config, 'zh');
    const model = parseReport(text);
    const pending = exportForClient(model, config, 'zh');
    // A keystroke at the top, handled while the export awaits its packing: the incremental parse
    // moves every paragraph of `model` after it.
    const typed = '报告' + text;
    reparseReport(model, typed, composeChange(undefined, 0, 0, 2));
    const got = await pending;
    assert.ok(expected.findings.length > 0 && expected.placeholders.length > 0);
    assert.deepEqual(got.findings, expected.findings);
    assert.deepEqual(got.placeholders, expected.placeholders);
  });
});
