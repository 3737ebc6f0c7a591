/**
 * A one-sentence measure with a subject and a deed (（二）本人带头讲一次专题党课。) beside measures
 * with text under their headings is a measure, not a bare heading (trial 20): it is not said to be
 * 只有标题. A heading that names the measure without a doer (践行宗旨意识, 班子建设, 以身作则、带头
 * 示范, 本人方面) still is. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { subjectAndDeed } from '../../src/engine/rules/vague-measure';
import { textDoc } from '../support/docs';

const HEAD = [
  '某县住建局党组2024年度民主生活会领导班子对照检查材料',
  '一、存在的主要问题',
  '（一）在带头严守政治纪律和政治规矩方面',
  '一是贯彻上级部署有温差。比如老旧小区改造今年只开工了6个。',
  '（二）在带头增强党性、严守纪律、砥砺作风方面',
  '一是调查研究不深入。比如全年到工地调研仅3次。',
  '二、原因分析',
  '理想信念有所松懈，党性修养有所放松，宗旨意识有所淡化。',
  '三、整改措施',
];

/** The vague-measure messages for measures: a titled one with its text below, `middle`, then another titled one. */
function around(middle: string): string[] {
  return analyze(
    textDoc([...HEAD, '（一）强化政治担当。', '每季度研判1次舆情，3月底前建立台账。', `（二）${middle}`, '（三）严守纪律规矩。', '每季度开展1次警示教育，6月底前完成自查。']),
  )
    .findings.filter((f) => f.rule === 'vague-measure')
    .map((f) => f.message);
}

const MEASURES = [
  '本人带头讲好专题党课。',
  '我每季度到联系点调研走访。',
  '自己主动认领问题，逐项抓好整改。',
  '班子成员带头落实“一岗双责”。',
  '党组将建立问题整改台账。',
  '严守纪律规矩，本人带头签订廉洁承诺。',
  '领导班子坚持民主集中制原则',
];

const HEADINGS = ['践行宗旨意识。', '班子建设', '以身作则、带头示范', '本人方面', '强化党性修养，提升能力本领'];

describe('a one-sentence measure with a subject and a deed is no bare heading', () => {
  test.each(MEASURES)('%s', (m) => {
    expect(subjectAndDeed(m)).toBe(true);
    expect(around(m).filter((x) => x.includes('只有标题'))).toEqual([]);
  });
});

describe('a heading without a doer is still a bare heading', () => {
  test.each(HEADINGS)('%s', (h) => {
    expect(subjectAndDeed(h)).toBe(false);
    const found = around(h).filter((x) => x.includes('只有标题'));
    expect(found).toHaveLength(1);
  });
});

test('two sentences are no one-sentence measure (a heading run into a sentence is judged as before)', () => {
  expect(subjectAndDeed('强化理论武装。本人带头学习。')).toBe(false);
});
