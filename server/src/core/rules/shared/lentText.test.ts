import assert from 'node:assert/strict';
import { LentText } from './lentText';
import { RuleContext } from '../rule';
import { parseReport } from '../../model/reportModel';
import { defaultConfig } from '../../config/config';

describe('text lent to paragraph memos', () => {
  const model = parseReport('关于工作的报告\n\n一、总体情况\n');
  const run: RuleContext = { model, config: defaultConfig(), locale: 'zh', t: (x) => x.zh };

  it('lends the text and the run for the call only, a reading inside another giving the outer one back', () => {
    const lent = new LentText();
    const seen: unknown[] = [];
    lent.reading(
      'outer',
      () => {
        seen.push(lent.get(), lent.lentRun());
        lent.reading('inner', () => seen.push(lent.get(), lent.lentRun()));
        seen.push(lent.get(), lent.lentRun());
      },
      run,
    );
    assert.deepEqual(seen, ['outer', run, 'inner', undefined, 'outer', run]);
    assert.throws(() => lent.get(), /outside reading/);
    assert.equal(lent.lentRun(), undefined, 'nothing held after the call (the run holds the model and its text)');
  });

  it('takes them back when the call throws', () => {
    const lent = new LentText();
    assert.throws(() => lent.reading('text', () => assert.fail('a memo failed'), run));
    assert.throws(() => lent.get());
    assert.equal(lent.lentRun(), undefined);
  });
});
