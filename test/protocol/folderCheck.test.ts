// "检查文件夹中的所有报告" on the server side: given a folder's files, the reports among them are read
// from disk and diagnosed with their own folder's settings; everything else is left out.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestLspClient, fileUri } from '../helpers/lspClient';
import { distDir, SEED, readText, seedFiles } from '../helpers/paths';
import { FOLDER_CHECK_COMMAND, FolderCheckResult } from '../../server/src/protocol';
import iconv from 'iconv-lite';

describe('folder check (baogao.server.checkFiles)', function () {
  const root = mkdtempSync(join(tmpdir(), 'baogao-folder-check-'));
  const files: Record<string, string> = {};
  const put = (name: string, content: string | Buffer) => {
    const path = join(root, name);
    writeFileSync(path, content);
    return (files[name] = path);
  };
  mkdirSync(join(root, '财务科'));
  writeFileSync(join(root, '财务科', '.baogaorc.json'), JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
  // Seed 000 three times: found by content under a neutral name, and in a folder whose settings
  // turn numbering-gap off; a report by name that is short; then files that are not reports.
  put('000.txt', readText(SEED.finance));
  put('财务科/000.txt', readText(SEED.finance));
  put('张三述职报告.txt', '一、工作\n（一）甲。\n（三）乙。\n');
  put('notes.txt', '明天上午开会，带上材料。\n');
  put('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  put('gbk.txt', Buffer.from([0xd2, 0xbb, 0xa1, 0xa2, 0xb9, 0xa4, 0xd7, 0xf7, 0x0a])); // 一、工作 in GBK: read, but not a report
  // Saved by Chinese Windows or WPS: GB18030, read as the CLI reads it.
  put('李四工作总结.txt', iconv.encode('2025年工作总结\n一、工作\n（一）甲。\n（三）乙。\n二、打算\n继续。\n', 'gb18030'));
  put('damaged.txt', Buffer.concat([Buffer.from('一、工作\n（一）甲。\n'), Buffer.from([0xe5, 0x0a])])); // UTF-8 cut mid-character
  put('open.txt', readText(SEED.audit));

  let client: TestLspClient;
  before(async () => {
    client = new TestLspClient();
    const init = await client.initialize({ rootPath: root });
    assert.ok(init.capabilities.executeCommandProvider.commands.includes(FOLDER_CHECK_COMMAND));
  });
  after(async () => assert.equal(await client.shutdown(), 0));

  it('returns the reports among the files, with the diagnostics the CLI gives, each folder its own settings', async () => {
    const openUri = fileUri(files['open.txt']);
    await client.open(openUri, readText(SEED.audit));
    const uris = Object.values(files).map(fileUri);
    const result: FolderCheckResult = await client.request('workspace/executeCommand', { command: FOLDER_CHECK_COMMAND, arguments: [uris] });
    const byName = new Map(result.reports.map((r) => [Object.keys(files).find((n) => fileUri(files[n]) === r.uri)!, r.diagnostics]));
    assert.deepEqual([...byName.keys()].sort(), ['000.txt', '张三述职报告.txt', '李四工作总结.txt', '财务科/000.txt'].sort());
    assert.equal(result.skipped, 5, 'notes, binary, GBK not a report, damaged UTF-8 and the open document');
    assert.deepEqual(byName.get('李四工作总结.txt')!.filter((d) => d.code === 'numbering-gap').map((d) => d.range.start.line), [3]);

    // The same findings as `baogao check` on the file (rule, line, column), in LSP form.
    const cli = spawnSync(process.execPath, [join(distDir, 'cli.js'), 'check', files['000.txt'], '--format', 'json'], { encoding: 'utf8' });
    const expected = JSON.parse(cli.stdout)[0].diagnostics.map((d: any) => `${d.rule}@${d.range.start.line}:${d.range.start.character}`);
    const got = byName.get('000.txt')!.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    assert.deepEqual(got.sort(), expected.sort());
    assert.ok(got.includes('numbering-gap@25:0'));
    assert.ok(byName.get('000.txt')!.every((d) => d.source === 'baogao' && d.codeDescription?.href));

    assert.ok(!byName.get('财务科/000.txt')!.some((d) => d.code === 'numbering-gap'), '财务科/.baogaorc.json turns numbering-gap off');
    assert.equal(byName.get('财务科/000.txt')!.length, byName.get('000.txt')!.length - 1);
    assert.deepEqual(byName.get('张三述职报告.txt')!.map((d) => d.code), ['numbering-gap']);
  });

  it('reports that are clean are returned with no diagnostics (so stale ones are cleared)', async () => {
    const clean = put('工作总结.txt', '2025年工作总结\n一、主要工作\n完成了任务。\n二、存在的问题\n调研不够深入。\n三、下一步打算\n继续努力。\n');
    const result: FolderCheckResult = await client.request('workspace/executeCommand', { command: FOLDER_CHECK_COMMAND, arguments: [[fileUri(clean), fileUri(join(root, 'gone.txt'))]] });
    assert.deepEqual(result.reports, [{ uri: fileUri(clean), diagnostics: [] }]);
    assert.equal(result.skipped, 1, 'a file deleted since it was listed');
  });

  it('every seed is recognised as a report by its content alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baogao-folder-seeds-'));
    const uris = seedFiles().map((f, k) => {
      const p = join(dir, `${k}.txt`);
      writeFileSync(p, readText(f));
      return fileUri(p);
    });
    const result: FolderCheckResult = await client.request('workspace/executeCommand', { command: FOLDER_CHECK_COMMAND, arguments: [uris] });
    assert.equal(result.reports.length, seedFiles().length);
  });
});
