/**
 * Every message that names a problem or a measure names it by its core clause, the same name the
 * measure stub uses: not past 比如/具体表现在 or into a second clause, within 28 code units, ending
 * where a word ends, with no quotation mark left open or doubled. Materials written for this test.
 */
import { analyze } from '../../src/engine';
import { itemLabel, problemCore } from '../../src/engine/rules/util';
import { itemName } from '../../src/engine/link/text';
import { textDoc } from '../support/docs';

/** Word ends of `t` (Intl.Segmenter, zh), as code-unit offsets. */
function wordEnds(t: string): Set<number> {
  const ends = new Set<number>([0]);
  for (const s of new Intl.Segmenter('zh', { granularity: 'word' }).segment(t)) ends.add(s.index + s.segment.length);
  return ends;
}

/** Shapes of a problem's heading sentence and the name its messages should give it. */
const PROBLEMS: [string, string][] = [
  ['一是理论学习不够深入，比如全年只读了两本原著。', '理论学习不够深入'],
  ['二是联系群众不够紧密，具体表现在下基层次数偏少。', '联系群众不够紧密'],
  ['三是党员身份意识有所淡化，在工作中有时把自己混同于一般群众，带头作用不明显；', '党员身份意识有所淡化'],
  ['四是同时，接到热线转办件和群众来信后，批转交办的多，亲自过问的少。', '接到热线转办件和群众来信后，批转交办的多'],
  ['五是对网络舆情研判不够及时，遇到突发情况应对迟缓。', '对网络舆情研判不够及时'],
  ['（1）在工作中，有时存在“差不多就行”的思想。', '在工作中，有时存在‘差不多就行’的思想'],
  ['（2）落实“一岗双责”不够到位。', '落实‘一岗双责’不够到位'],
  ['2.提升政治"三力"不够。', '提升政治‘三力’不够'],
  ['另外，形式主义问题在一定程度上仍然存在。', '形式主义问题在一定程度上仍然存在'],
  ['三是抓意识形态工作有“一岗双责”喊得多、落得少的问题，对舆情风险关注不够。', '抓意识形态工作有‘一岗双责’喊得多、落得少'],
  ['（2）解决群众急难愁盼问题不够有力。', '解决群众急难愁盼问题不够有力'],
  ['一是斗争精神有所弱化，面对拆违控违、信访积案化解等“硬骨头”，有时怕得罪人。', '斗争精神有所弱化'],
];

describe('a problem or measure is named by its core clause', () => {
  test.each(PROBLEMS)('%s → %s', (head, name) => {
    expect(itemLabel(head)).toBe(name);
  });

  test.each([
    '一是对习近平新时代中国特色社会主义思想的学习还不够系统全面深入和融会贯通',
    '二是贯彻落实党中央重大决策部署的坚定性自觉性主动性创造性都还有不少差距和不足之处',
    '三是压紧压实党组主体责任和班子成员“一岗双责”的力度不够并且存在层层递减',
    '四是在落实全面从严治党主体责任方面存在层层递减现象并且对分管领域监督失之于宽松软',
  ])('a long single clause is cut where a word ends, within 28, quotes closed: %s', (head) => {
    const name = itemLabel(head);
    const core = problemCore(head);
    const plain = head.replace(/^[一二三四]是/, '');
    expect(name.length).toBeLessThanOrEqual(28);
    expect(name.length).toBeGreaterThanOrEqual(4);
    expect(plain.startsWith(core)).toBe(true);
    expect(wordEnds(plain).has(core.length)).toBe(true);
    expect(name).not.toMatch(/[“”"]|…|[，。、；的‘（]$/);
    expect((name.match(/‘/g) ?? []).length).toBe((name.match(/’/g) ?? []).length);
  });

  test('the coverage table cuts a long name where a word ends, with “…”', () => {
    for (const head of ['党组把方向、管大局、保落实作用发挥不够充分', '把“两个维护”落实到发展改革具体工作中还有差距']) {
      const short = itemName(head, 14);
      expect(short.endsWith('…')).toBe(true);
      const kept = short.slice(0, -1);
      expect(head.startsWith(kept)).toBe(true);
      expect(wordEnds(head).has(kept.length)).toBe(true);
    }
  });
});

test('in a material, every message names a problem or measure as its stub does, by the core clause', () => {
  const lines = [
    '某局党组班子党史学习教育专题民主生活会对照检查材料',
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是意识形态阵地管理有漏洞，具体表现在对所属网站的审核把关不严。',
    '二是对网络舆情研判不够及时，遇到突发情况时应对迟缓，处置不够果断。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实“放管服”改革不够彻底，比如审批事项仍有12项没有下放。',
    '二、原因分析',
    '（一）理想信念有所松懈。对理论学习的重要性认识不足。',
    '三、整改措施',
    '（一）完善机关食堂管理制度，规范采购流程，提高饭菜质量。',
  ];
  const a = analyze(textDoc(lines));
  const named = (rule: string) =>
    a.findings.filter((f) => f.rule === rule).map((f) => /^(?:问题|整改措施)“(.*?)”(?:在|没有|只与)/.exec(f.message)?.[1]);
  const uncovered = named('uncovered-problem');
  expect(uncovered).toEqual(['意识形态阵地管理有漏洞', '对网络舆情研判不够及时', '落实‘放管服’改革不够彻底']);
  // The stub names each problem exactly as the message does.
  const stubs = a.findings.filter((f) => f.rule === 'uncovered-problem' && f.fix).map((f) => /针对“(.*)”的问题/.exec(f.fix!.edits[0].text)?.[1]);
  expect(stubs).toEqual(uncovered.slice(0, stubs.length));
  expect(named('no-example')).toEqual(['意识形态阵地管理有漏洞', '对网络舆情研判不够及时']);
  expect(named('orphan-measure')).toEqual(['完善机关食堂管理制度']);
  expect(named('vague-measure')).toEqual(['完善机关食堂管理制度']);
  for (const f of a.findings) expect(f.message).not.toMatch(/““|””|“”|。。/);
});
