import assert from 'node:assert/strict';
import { parseReport, nodeAt, headingPath } from './reportModel';
import { SEED, readText, corpus } from '../../../../test/helpers/paths';
import { outlineLines } from '../../../../test/helpers/outlineText';

describe('report model: the seeds, outline in full', () => {
  it('seed 000 (finance bureau): three 一、 sections; （一）…（四）（六）…（八）; four; five 一是 items', () => {
    const m = parseReport(readText(SEED.finance));
    assert.equal(m.title?.text, '财政局党组书记抓基层党建工作述职报告');
    assert.deepEqual(outlineLines(m), [
      '一、主要工作',
      '  （一）坚持多措并举，压实疫情防控责任',
      '  （二）坚持深耕党建，发挥战斗堡垒作用',
      '  （三）坚持理论强心，学习五中全会精神',
      '  （四）坚持务实重干，认真服务街道社区',
      '  （六）坚持主动担当，全力支持防汛救灾',
      '  （七）坚持巩固提升，助推全区脱贫攻坚',
      '  （八）坚持党建引领，推进“十四五”规划编制',
      '二、存在的主要问题及原因',
      '  （一）对党建工作的认识存在偏差，对党建工作投入精力不足',
      '  （二）党员形象“模糊化”，党员先锋模范作用没有充分发挥',
      '  （三）对抓党建的督促落实不到位，党建管理机制不完善',
      '  （四）党员学习教育效果不够明显，党务活动内容形式不够丰富',
      '三、下步工作思路和主要措施',
      '  · 一是',
      '  · 二是',
      '  · 三是',
      '  · 四是',
      '  · 五是',
    ]);
    // The first section's list carries the real numbers, so the gap is visible to rules.
    assert.deepEqual(m.headings[0].children.map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 2, 3, 4, 6, 7, 8]);
    // Enumerations inside a paragraph are recorded but are not outline items.
    const first = m.headings[1].paragraph;
    assert.deepEqual(first.markers.map((x) => x.word), ['一是', '二是', '三是', '四是']);
    assert.equal(m.items.length, 5);
  });

  it('seed 001: 一、二、三、 with five, five and six （一） headings', () => {
    const m = parseReport(readText(SEED.zhengwu));
    assert.equal(m.title?.text, 'X区政务局党组书记抓基层党建工作述职报告');
    const lines = outlineLines(m);
    assert.deepEqual(lines.filter((l) => !l.startsWith(' ')), ['一、主要工作', '二、存在的主要问题及原因', '三、下步工作思路和主要措施']);
    assert.deepEqual(m.roots.map((r) => (r.kind === 'heading' ? r.children.length : -1)), [5, 5, 6]);
    assert.equal(lines[1], '  （一）积极投身疫情防控工作');
    assert.equal(lines[lines.length - 1], '  （六）守正不移，大力创新党建品牌');
  });

  it('seed 002: title, addressee, the doubled heading text kept as written', () => {
    const m = parseReport(readText(SEED.audit));
    assert.equal(m.title?.text, '2020年度抓基层党建工作述职报告');
    assert.equal(m.addressee?.text, '县委县直机关工委：');
    assert.deepEqual(outlineLines(m), [
      '一、工作开展情况',
      '  （一）突出思想建设，提高党性觉悟',
      '  （二）突出组织建设，夯实党建基础',
      '  （三）突出能力建设，打造智慧党建',
      '  （四）突出作风建设，严肃党内生活',
      '  （五）突出廉政建设，推进全面从严治党',
      '二、存在存在问题及原因分析',
      '  （一）存在的问题',
      '  （二）原因分析',
      '三、下步工作思路和措施',
      '  （一）强化理论武装',
      '  （二）严守纪律规矩',
      '  （三）加强作风建设',
    ]);
  });

  it('seed 003: 五大体系 inside （二）, items 一是…三是 under 三、', () => {
    const m = parseReport(readText(SEED.minzheng));
    assert.equal(m.title?.text, '2022年党组织书记抓基层党建述职报告');
    assert.deepEqual(outlineLines(m), [
      '一、履职情况',
      '  （一）注重基础抓学，狠抓整改优党建',
      '  （二）创新工作机制，统筹全局抓党建',
      '  （三）突出融合发展，纵深推进强党建',
      '二、存在的问题',
      '三、下一步工作思路',
      '  · 一是',
      '  · 二是',
      '  · 三是',
    ]);
    assert.deepEqual(m.headings[2].paragraph.markers.map((x) => x.value), [1, 2, 3, 4, 5]);
  });

  it('seed 004: 一、 followed directly by 1. (a skipped level), half-width commas kept', () => {
    const m = parseReport(readText(SEED.town));
    assert.equal(m.title?.text, '2018抓基层党建工作述职报告');
    assert.deepEqual(outlineLines(m), [
      '一、履职情况和工作亮点',
      '  1.落实党建责任,认真履职尽责',
      '  2.强化基层基础,激发党建活力',
      '  3.创新活动载体,扎实服务群众',
      '  4.紧扣重点工作,以党建促发展',
      '二、存在的主要问题及原因',
      '  1.党建工作机制不够健全,存在各领域发展不均衡现象',
      '  2.党建工作统筹不够到位,存在力量摆布不科学现象',
      '  3.党员队伍结构不够合理,存在断层断档现象',
      '  4.党建经费投入不够充足,存在保障标准不高现象',
      '三、下一步工作目标和具体措施',
      '  · 一是',
      '  · 二是',
      '  · 三是',
      '  · 四是',
      '  · 五是',
    ]);
    const h = m.headings[1];
    assert.equal(h.level, 3);
    assert.equal(h.depth, 2);
  });
});

describe('report model: the corpus', () => {
  it('2023: two 一、 sections holding ten and eight （一）-level headings', () => {
    const m = parseReport(corpus('2023'));
    assert.equal(m.title?.text, '政府工作报告');
    assert.equal(m.title?.subtitle?.text, '——2023年3月5日在第十四届全国人民代表大会第一次会议上');
    assert.equal(m.addressee?.text, '各位代表：');
    assert.deepEqual(m.roots.map((r) => (r.kind === 'heading' ? r.ordinal.raw + r.text : '')), ['一、过去一年和五年工作回顾', '二、对今年政府工作的建议']);
    const counts = m.roots.map((r) => (r.kind === 'heading' ? r.children.filter((c) => c.kind === 'heading' && c.ordinal.family === 'parenCn').length : 0));
    assert.deepEqual(counts, [10, 8]);
  });

  it('2022: the line "2.5" (PM2.5 broken around a former link) is no heading', () => {
    const text = corpus('2022');
    const m = parseReport(text);
    const line = m.index.starts.findIndex((_, i) => m.index.lineText(i) === '2.5');
    assert.ok(line > 0, 'the corpus file has a "2.5" line');
    assert.ok(!m.headings.some((h) => h.paragraph.startLine <= line && line <= h.paragraph.endLine && h.ordinal.family === 'digit'));
    assert.ok(!m.headings.some((h) => h.ordinal.family === 'digit'));
    // …and the broken line is joined back into its paragraph.
    const p = m.paragraphs.find((x) => x.startLine <= line && line <= x.endLine)!;
    assert.ok(p.startLine < line && p.endLine > line, 'PM / 2.5 / ）浓度 form one paragraph');
    assert.match(p.text, /PM2\.5）/);
  });

  it('1981: a 一、…十、 list nested inside （二）, a nested 一、二、三、 under 四、 after a lead-in, then （三）', () => {
    const m = parseReport(corpus('1981'));
    assert.deepEqual(m.roots.map((r) => (r.kind === 'heading' ? r.ordinal.raw : '')), ['（一）', '（二）', '（三）']);
    const second = m.roots[1];
    assert.ok(second.kind === 'heading');
    const inner = second.children.filter((c) => c.kind === 'heading');
    assert.deepEqual(inner.map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const fourth = inner[3];
    assert.ok(fourth.kind === 'heading');
    assert.deepEqual(fourth.children.map((c) => (c.kind === 'heading' ? c.ordinal.raw : '')), ['一、', '二、', '三、']);
    assert.equal(fourth.children[0].kind === 'heading' && fourth.children[0].list.afterLeadIn, true);
  });

  it('1982 section 六: a 一、…五、 list after a lead-in is nested, not new sections', () => {
    const m = parseReport(corpus('1982'));
    assert.deepEqual(m.roots.map((r) => (r.kind === 'heading' ? r.ordinal.raw : '')), ['一、', '二、', '三、', '四、', '五、', '六、']);
    const six = m.roots[5];
    assert.ok(six.kind === 'heading');
    const nested = six.children.filter((c) => c.kind === 'heading');
    assert.ok(nested.length >= 5);
    assert.deepEqual(nested.slice(0, 5).map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 2, 3, 4, 5]);
    // 第一、 … 第四、 are items of section 六 around the nested lists.
    assert.deepEqual(six.children.filter((c) => c.kind === 'item').map((c) => (c.kind === 'item' ? c.marker.word : '')).slice(0, 4), ['第一', '第二', '第三', '第四']);
  });

  it('1986: a nested 一、…五、 list, then the outer list continues with 三、', () => {
    const m = parseReport(corpus('1986'));
    assert.deepEqual(m.roots.map((r) => (r.kind === 'heading' ? r.ordinal.raw : '')), ['一、', '二、', '三、', '四、']);
    const two = m.roots[1];
    assert.ok(two.kind === 'heading');
    assert.deepEqual(two.children.map((c) => (c.kind === 'heading' ? c.ordinal.raw : '')), ['（一）', '（二）', '（三）']);
    const three = two.children[2];
    assert.ok(three.kind === 'heading');
    assert.deepEqual(three.children.map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 2, 3, 4, 5]);
    // An ordinal alone on its line takes its text from the next line.
    assert.equal(two.children[0].kind === 'heading' && two.children[0].text.startsWith('进一步为经济体制改革创造良好的经济环境'), true);
    // 第一、 alone on a line: the item's text comes from the next line.
    const four = m.roots[3];
    assert.ok(four.kind === 'heading');
    assert.equal(four.children.length, 10);
    assert.ok(four.children.every((c) => c.kind === 'item' && c.text.length > 3));
  });

  it('2007: （四） follows （二） under 三、 and stays in that list (the gap is real)', () => {
    const m = parseReport(corpus('2007'));
    const three = m.roots[2];
    assert.ok(three.kind === 'heading' && three.ordinal.raw === '三、');
    assert.deepEqual(three.children.map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 2, 4, 5]);
  });

  it('1979: a paragraph broken around former links (《 / title / 》和《) is one paragraph', () => {
    const m = parseReport(corpus('1979'));
    const p = m.paragraphs.find((x) => x.text.includes('中共中央关于加快农业发展若干问题的决定（草案）》和《'));
    assert.ok(p, 'joined paragraph found');
    assert.ok(p.endLine - p.startLine >= 4);
  });
});

describe('report model: headings and their forms', () => {
  it('reads every GB/T level and the wrong forms at their level', () => {
    const m = parseReport(['一、甲', '（一）乙', '1.丙', '（1）丁', '①戊', '二. 错点', '(二)半角', '（三）、多顿号', '2、顿号', '３．全角', '（２）全角'].join('\n'));
    assert.deepEqual(
      m.headings.map((h) => [h.ordinal.raw, h.level]),
      [['一、', 1], ['（一）', 2], ['1.', 3], ['（1）', 4], ['①', 5], ['二.', 1], ['(二)', 2], ['（三）、', 2], ['2、', 3], ['３．', 3], ['（２）', 4]],
    );
    assert.deepEqual(m.headings.map((h) => h.ordinal.value), [1, 1, 1, 1, 1, 2, 2, 3, 2, 3, 2]);
  });

  it('does not read numbers, years or words as headings', () => {
    const text = ['2.5', '1.5倍的增长', '3、4月份降雨偏多', '一、二线城市房价', '第（三）项规定', '2020年工作', '一是加强学习。', '二○○○年', '12'].join('\n');
    assert.deepEqual(parseReport(text).headings, []);
  });

  it('heading text: the whole line, or the first sentence when the body follows', () => {
    const m = parseReport('一、主要工作\n（一）坚持多措并举，压实疫情防控责任。一是积极响应。二是下沉社区。\n');
    assert.equal(m.headings[0].text, '主要工作');
    assert.equal(m.headings[1].text, '坚持多措并举，压实疫情防控责任');
    assert.deepEqual(m.headings[1].paragraph.markers.map((x) => x.word), ['一是', '二是']);
  });

  it('Chinese numerals up to 九十九 as ordinal values', () => {
    const lines = ['十、甲', '十一、乙', '二十、丙', '九十九、丁'];
    assert.deepEqual(parseReport(lines.join('\n')).headings.map((h) => h.ordinal.value), [10, 11, 20, 99]);
  });

  it('a restart of the same style without a lead-in is the same list written wrong', () => {
    const m = parseReport('一、甲\n（一）a\n（一）b\n（二）c\n');
    const one = m.roots[0];
    assert.ok(one.kind === 'heading');
    assert.deepEqual(one.children.map((c) => (c.kind === 'heading' ? c.ordinal.value : 0)), [1, 1, 2]);
  });

  it('a list starting above 1 goes under the nearest higher level', () => {
    const m = parseReport('一、甲\n1. a\n（二）b\n');
    const one = m.roots[0];
    assert.ok(one.kind === 'heading');
    assert.deepEqual(one.children.map((c) => (c.kind === 'heading' ? c.ordinal.raw : '')), ['1.', '（二）']);
  });

  it('finds the section and heading path at an offset', () => {
    const text = readText(SEED.finance);
    const m = parseReport(text);
    const at = text.indexOf('突如其来的严重水灾');
    const n = nodeAt(m, at);
    assert.ok(n && n.kind === 'heading');
    assert.deepEqual(headingPath(n).map((h) => h.ordinal.raw), ['一、', '（六）']);
  });
});

describe('report model: positions', () => {
  const body = '测试报告\n\n一、第一部分\n（一）甲。\n（二）乙。\n二、第二部分\n';

  it('CRLF gives the same outline and line numbers as LF', () => {
    const lf = parseReport(body);
    const crlf = parseReport(body.replace(/\n/g, '\r\n'));
    assert.deepEqual(outlineLines(crlf), outlineLines(lf));
    for (let i = 0; i < lf.headings.length; i++) {
      assert.deepEqual(crlf.index.rangeOf(crlf.headings[i].ordinalSpan), lf.index.rangeOf(lf.headings[i].ordinalSpan));
      assert.deepEqual(crlf.index.rangeOf(crlf.headings[i].sectionSpan).start, lf.index.rangeOf(lf.headings[i].sectionSpan).start);
    }
  });

  it('a lone CR ends a line too', () => {
    const m = parseReport(body.replace(/\n/g, '\r'));
    assert.deepEqual(outlineLines(m), outlineLines(parseReport(body)));
  });

  it('a leading BOM is not part of the title and later positions stay exact', () => {
    const m = parseReport('\uFEFF' + body);
    assert.equal(m.title?.text, '测试报告');
    assert.deepEqual(m.index.rangeOf(m.headings[0].ordinalSpan), { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    assert.deepEqual(m.index.rangeOf(m.title!.span), { start: { line: 0, character: 1 }, end: { line: 0, character: 5 } });
  });

  it('characters outside the BMP count two UTF-16 units and keep every later position exact', () => {
    const text = '𠮷𠮷报告\n一、𠮷野家的工作\n（一）𠮷。（二）不是标题\n（二）乙\n';
    const m = parseReport(text);
    assert.equal(m.title?.text, '𠮷𠮷报告');
    assert.deepEqual(m.index.rangeOf(m.title!.span), { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
    assert.deepEqual(m.index.rangeOf(m.headings[0].textSpan), { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } });
    assert.equal(text.slice(m.headings[0].textSpan.start, m.headings[0].textSpan.end), '𠮷野家的工作');
    assert.equal(m.headings[1].text, '𠮷');
    assert.deepEqual(m.index.rangeOf(m.headings[2].ordinalSpan), { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } });
  });

  it('a 1 MB single line parses and yields ranges inside the document', () => {
    const line = '一、' + '很长的段落，没有句号'.repeat(100_000);
    const m = parseReport(line);
    assert.equal(m.headings.length, 1);
    assert.ok(m.headings[0].sectionSpan.end <= line.length);
    assert.ok(m.headings[0].text.length <= 81);
  });

  it('signature and date at the end', () => {
    const m = parseReport('关于2024年工作的总结报告\n\n一、主要工作\n完成了任务。\n\nXX局党组\n2024年12月31日\n');
    assert.deepEqual(m.signature?.signer.map((s) => s.text), ['XX局党组']);
    assert.equal(m.signature?.date.text, '2024年12月31日');
    // The last section stops before the signature.
    assert.ok(m.headings[0].sectionSpan.end < m.signature!.span.start);
  });
});
