// Random report-like text for property tests: real structure (ordinals in every form, enumeration
// words, placeholders, punctuation) mixed with what breaks naive code (astral characters, lone
// surrogates, NUL, CR-only and CRLF line ends, very long lines).

import fc from 'fast-check';

const pieces = [
  '一、', '二、', '三、', '十一、', '一.', '一，', '（一）', '（二）', '（四）', '(一)', '（一）、', '1.', '2.', '３．', '1、', '（1）', '（２）', '①', '②.',
  '一是', '二是', '四是', '第一，', '第二，', '首先，', '其次，', '最后，', '如下：', '以下三点', '8个方面', '“五大体系”',
  'X月X日', 'X人', 'XX', '**年', '○○局', '某某', '二○○○年', 'X光', '【】', '【请填写】', '（ ）',
  '仅供学习 禁止外传 用后删除', '咨询QQ206157060', '本文来源：https://wenku.example.com/x',
  '，', '。', ',', ';', ':', '"', "'", '(', ')', '“', '”', '《', '》', '（', '）', '【', '】', '‘', '’',
  '工作', '存在存在', '研究研究', '层层', '党建', '报告', '述职报告', '各位代表：', '2.5', '1,000', '8:30',
  // Rules that weigh the whole document (punctuation-usage, draft-residue's first and last lines,
  // number-usage's year forms, full-width style and era): edits tip them.
  '、', '……等', '。。', '”“', '》、《',
  '## ', '- ', '**重点工作**', '[链接](http://x.cn)', '以下是一份述职报告：', '希望这份报告对您有所帮助', '（可根据实际情况修改）', '| 项目 | 数量 |', '```',
  '2024年', '二〇二四年', '一九九八年', '２０２４年', '１２', '34', '2月30日', '百分之5', '〔2024〕05号', '1 9 9 7 年', '《2020年规划》',
  '𠮷', '😀', '\ud800', '\udc00', '\u0000', '\u3000', ' ', '\t', '\uFEFF',
];
const newline = fc.constantFrom('\n', '\r\n', '\r');

export const reportText = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...pieces) }, { weight: 3, arbitrary: newline }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), { maxLength: 120 })
  .map((xs) => xs.join(''));

/** A document and a sequence of edits on it (offsets may fall anywhere, even inside CRLF or a pair). */
export const editSequence = reportText.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), reportText.map((s) => s.slice(0, 12))), { maxLength: 8 }),
  ),
);
