// doubled-word: a word of two or more characters written twice in a row — 存在存在 (seed 002, a
// heading), 工作促工作促 (seed 002). Silent on legitimate forms: AA and AABB reduplication (层层,
// 实实在在) never match (the unit is one character); ABAB verbs and adjectives (研究研究, 雪白雪白)
// are listed; 一个一个 is a measure reduplication; characters that only touch across two words
// (工作作为, 今年年初) are one-character overlaps. A candidate must also start, split and end at
// word boundaries of Node's built-in Intl.Segmenter (ICU's Chinese dictionary, nothing downloaded),
// and hold a word of two or more characters (so the 共建共治共享 family stays silent).

import { Paragraph, toDocSpan } from '../model/paragraphs';
import { Finding, paragraphRule } from './rule';
import { repeatsOf } from './shared/characterPass';

const HAN = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
/** Two-character words whose ABAB form is ordinary Chinese ("研究研究再说", "雪白雪白的"). */
const ABAB = new Set(
  ('研究 讨论 学习 考虑 商量 休息 活动 锻炼 了解 整理 收拾 比较 交流 沟通 检查 介绍 准备 琢磨 思考 总结 调查 体验 感受 尝试 练习 打扫 放松 ' +
    '观察 分析 清理 请教 打听 议论 合计 溜达 暖和 凉快 高兴 热闹 明白 熟悉 轻松 提醒 关心 照顾 帮助 指导 表扬 宣传 反思 对照 检讨 梳理 ' +
    '盘点 核对 比划 修改 批评 教育 打量 安慰 鼓励 认识 欣赏 参观 考察 走访 商议 研讨 ' +
    '很多 好多 许多 多少 ' +
    '雪白 通红 冰凉 笔直 火红 碧绿 漆黑 蜡黄 滚烫 崭新 瓦蓝 金黄 雪亮 冰冷 喷香 粉红 乌黑').split(' '),
);
/** 一代一代, 一步一步, 一个一个: one-plus-measure reduplication. */
const MEASURE = /^一./;

let segmenter: Intl.Segmenter | undefined;
function boundaries(text: string, from: number, to: number): Set<number> {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const set = new Set<number>([from, to]);
  for (const s of segmenter.segment(text.slice(from, to))) set.add(from + s.index);
  return set;
}

/** Some segment of two or more characters lies inside [from, to): not every position is a boundary. */
function hasWordInside(b: Set<number>, from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (!b.has(j)) return true;
  return false;
}

function legitimate(unit: string): boolean {
  if (!HAN.test(unit)) return true;
  if (unit.length === 2 && (ABAB.has(unit) || MEASURE.test(unit))) return true;
  return [...unit].every((c) => c === unit[0]); // 哈哈哈哈
}

export const doubledWord = paragraphRule({
  meta: {
    id: 'doubled-word',
    defaultSeverity: 'warning',
    tags: ['content'],
    summary: { zh: '词语误重复，如“存在存在”“工作促工作促”', en: 'A word written twice in a row, e.g. 存在存在' },
    fixable: true,
    formatting: false,
    ignorable: true,
  },
  checkParagraph(p: Paragraph, ctx) {
    const out: Finding[] = [];
    const text = p.text;
    const n = text.length;
    // Every repeat of two to eight characters, found by the pass the content rules share.
    const candidates = repeatsOf(p, ctx);
    let next = 0; // a found repetition is not looked into again
    for (const { i, L } of candidates) {
      if (i < next) continue;
      const unit = text.slice(i, i + L);
      if (legitimate(unit)) continue;
      const b = boundaries(text, Math.max(0, i - 8), Math.min(n, i + 2 * L + 8));
      if (!b.has(i) || !b.has(i + L) || !b.has(i + 2 * L)) continue;
      // The unit must hold a word the segmenter knows: in "构建共建共治共享" the run "建共建共"
      // is single characters of the parallel 共建/共治/共享 family, never a word written twice.
      if (!hasWordInside(b, i, i + L)) continue;
      const repeat = toDocSpan(p, i + L, i + 2 * L);
      out.push({
        span: toDocSpan(p, i, i + 2 * L),
        message: ctx.t({ zh: `词语重复：“${unit}${unit}”`, en: `Doubled word: "${unit}${unit}"` }),
        fixes: [{ title: ctx.t({ zh: `删去重复的“${unit}”`, en: `Remove the repeated "${unit}"` }), edits: [{ span: repeat, newText: '' }], preferred: true, safe: false }],
      });
      next = i + 2 * L;
    }
    return out;
  },
});
