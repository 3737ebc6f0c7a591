/**
 * Weak-link messages say what a problem and its measure share as the writer can find it (t23: "两者只在
 * “经济发展”上相合" for texts writing neither 经济 nor 发展). Our own texts.
 */
import { lexiconMatcher } from '../../src/engine/link/concepts';
import { shownEvidence } from '../../src/engine/link/shown-evidence';
import { linkMessages } from '../../src/engine/link/messages';
import { analyze } from '../../src/engine/index';
import { readText } from '../../src/engine/readers/text';

const m = lexiconMatcher();

describe('shownEvidence: each piece as written in the two texts', () => {
  test.each([
    // A word both hold stays as it is.
    ['a word both write', '全县停车泊位缺口大', '新增停车泊位800个', ['停车泊位'], ['停车泊位']],
    // A label written in both stays.
    ['a label both write', '依法行政意识不强', '严格依法行政', ['依法行政'], ['依法行政']],
    // A label neither writes, one form both write: that form.
    ['a form both write', '服务群众不够主动', '每月走访服务群众一次', ['为民办实事'], ['服务群众']],
    // Different forms: each text's own, said to belong to the concept.
    ['different forms', '对企业诉求回应慢', '建立群众满意度回访制度', ['为民办实事'], [{ label: '为民办实事', problem: '诉求', measure: '群众满意' }]],
    ['different forms of 经济发展', '重点项目推进慢', '优化营商环境', ['经济发展'], [{ label: '经济发展', problem: '重点项目', measure: '营商环境' }]],
    // A label only one text names a form of, or a word only one holds: left out.
    ['named in one text only', '斗争精神不足', '为群众办实事', ['为民办实事', '斗争'], []],
  ])('%s', (_name, problem, measure, evidence, shown) => {
    expect(shownEvidence(m, problem, measure, evidence)).toEqual(shown);
  });
});

describe('the weak-link message never quotes a word neither text writes', () => {
  test('message wording: shared words quoted, a concept said as 同属', () => {
    const text = linkMessages.weakLink('某问题', 0, ['停车泊位', { label: '经济发展', problem: '重点项目', measure: '营商环境' }], ['某点'], ['某点']);
    expect(text).toContain('两者只在“停车泊位”、问题的“重点项目”与措施的“营商环境”（同属“经济发展”）上相合');
  });

  test.each([
    [
      '一、存在的问题\n（一）在担当作为方面。对重点项目推进中的难题存在畏难情绪，不敢较真碰硬。\n（二）在工作作风方面。文件多、会议多，基层负担重。\n二、原因分析\n宗旨意识淡化。\n三、整改措施\n（一）持续优化营商环境，每季度召开一次企业座谈会。\n（二）精简文件会议，全年发文减少20%。',
    ],
    [
      '一、存在的问题\n（一）在斗争精神方面。面对群众的无理诉求不敢碰硬。\n（二）在理论学习方面。学习不系统，全年读书笔记仅5000字。\n二、原因分析\n理想信念有所弱化。\n三、整改措施\n（一）为群众办实事，每年解决民生实事10件。\n（二）每月参加中心组学习，全年读书笔记不少于2万字。',
    ],
  ])('material %#', (body) => {
    const paragraphs = readText('2022年度民主生活会对照检查材料\n' + body);
    const r = analyze({ paragraphs, source: 'text' });
    const texts = paragraphs.map((p) => p.text).join('\n');
    for (const f of r.findings.filter((x) => x.rule === 'weak-link')) {
      const said = /两者只在(.*)上相合/.exec(f.message)?.[1] ?? '';
      // Every quoted word but the concept named after 同属 is in the material.
      const quoted = [...said.replace(/（同属“[^”]*”）/g, '').matchAll(/“([^”]+)”/g)].map((x) => x[1]);
      for (const q of quoted) expect(texts).toContain(q);
    }
  });
});
