import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ParagraphFindingsCache } from './paragraphCache';
import { runRules } from './runRules';
import { defaultConfig } from '../config/config';
import { parseReport } from '../model/reportModel';
import { ModelCache } from '../model/modelCache';
import { SEED, readText } from '../../../../test/helpers/paths';

describe('reusing paragraph findings between runs', () => {
  const run = (text: string, cache?: ParagraphFindingsCache, locale: 'zh' | 'en' = 'zh') => runRules(parseReport(text), { config: defaultConfig(), locale, cache });

  it('gives exactly the fresh results after edits anywhere, reusing untouched paragraphs', () => {
    const cache = new ParagraphFindingsCache();
    const models = new ModelCache();
    let text = readText(SEED.audit);
    let version = 1;
    // The server's path: the model cache is told of each edit and parses incrementally.
    const edited = () => runRules(models.get({ uri: 'mem:seed', version, getText: () => text }), { config: defaultConfig(), locale: 'zh', cache });
    assert.deepEqual(edited(), run(text));
    const edits: [string, string][] = [
      ['一是强化理论武装', '一是强化理论武装,X月X日'], // adds a comma and a slot in one paragraph
      ['\n', '\n\n'], // shifts every later paragraph by one line
      ['存在存在', '存在'], // removes a doubled word
      ['县委县直机关工委：', '县委县直机关工委：\r'], // a CR appears
    ];
    for (const [from, to] of edits) {
      const at = text.indexOf(from);
      models.edited('mem:seed', at, at + from.length, to.length);
      text = text.replace(from, to);
      version++;
      const before = cache.hits;
      assert.deepEqual(edited(), run(text), `after ${JSON.stringify(to)}`);
      assert.ok(cache.hits > before, 'most paragraphs came from the cache');
    }
  });

  it('drops a rule’s remembered findings when what its paragraphs depend on changes (wording-style: the document’s year)', () => {
    const cache = new ParagraphFindingsCache();
    const models = new ModelCache();
    let text = '一九九八年工作总结\n\n其它各项工作稳步推进。\n\n一九九八年十二月\n';
    let version = 1;
    const edited = () => runRules(models.get({ uri: 'mem:era', version, getText: () => text }), { config: defaultConfig(), locale: 'zh', cache }).filter((d) => d.rule === 'wording-style');
    assert.deepEqual(edited(), []); // 1998: the norms of its time
    // Only the title and the date change; the paragraph with 其它 is carried over untouched.
    for (const [from, to] of [['一九九八年工作总结', '二〇二四年工作总结'], ['一九九八年十二月', '二〇二四年十二月']]) {
      const at = text.indexOf(from);
      models.edited('mem:era', at, at + from.length, to.length);
      text = text.replace(from, to);
      version++;
    }
    assert.deepEqual(edited().map((d) => text.slice(d.span.start, d.span.end)), ['其它']);
    assert.deepEqual(edited(), run(text).filter((d) => d.rule === 'wording-style'));
  });

  it('forgets everything when the message language changes', () => {
    const cache = new ParagraphFindingsCache();
    const text = readText(SEED.town);
    run(text, cache, 'zh');
    assert.deepEqual(run(text, cache, 'en'), run(text, undefined, 'en'));
  });
});

describe('the paragraph cache stays the size of the document', () => {
  it('keeps nothing of a paragraph that is gone: the memo lives on the paragraph', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const cache = new ParagraphFindingsCache();
    const run = (text: string) => {
      const model = parseReport(text);
      runRules(model, { config: defaultConfig(), locale: 'zh', cache });
      return model;
    };
    // Each run's paragraphs are new (different text); none may stay reachable through the cache.
    const first = new WeakRef(run('一、甲0\n第0段，X月X日。\n第0段,另一段。\n'));
    for (let i = 1; i < 50; i++) run(`一、甲${i}\n第${i}段，X月X日。\n第${i}段,另一段。\n`);
    // A WeakRef's target lives at least until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(first.deref(), undefined, 'the first model is still reachable');
    assert.ok(cache.misses > 0 && cache.hits === 0);
  });
});
