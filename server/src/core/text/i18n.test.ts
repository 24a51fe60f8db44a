import assert from 'node:assert/strict';
import { toLocale } from './i18n';

describe('message locale', () => {
  it('English from VS Code tags and POSIX locale names alike; Chinese for everything else', () => {
    for (const tag of ['en', 'en-US', 'en-gb', 'en_US.UTF-8', 'en_GB', 'en.UTF-8', 'en_US@euro', 'EN_us']) assert.equal(toLocale(tag), 'en', tag);
    for (const tag of ['zh-cn', 'zh_CN.UTF-8', 'zh-tw', 'C', 'C.UTF-8', 'POSIX', 'eng', 'enx_US', '', undefined]) assert.equal(toLocale(tag), 'zh', String(tag));
  });
});
