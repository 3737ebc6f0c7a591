/**
 * A problem no measure answers and a measure answering nothing, in one material, that name a
 * concept in common (at any weight: in the problem's body only, loosely in the measure) are
 * linked, weakly (LinkOptions.orphanConcepts): a reviewer pairs them rather than report the
 * problem unanswered and the measure an orphan. The aspect's theme alone pairs nothing, and a
 * measure answering another problem is not taken. 精简 is the loose verb of 基层减负 and
 * 台账报表/台账多/精简台账 its clear forms (lexicon.json 形式主义官僚主义).
 */
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

const study = '（一）加强理论学习，2027年每月参加中心组学习1次。';
const studyProblem = '一是理论学习有差距。对全会精神学得不深，专题宣讲只搞了1场。';

/** Unsectioned problems (no template) and the measures, linked. */
function run(problems: string[], measures: string[], options = {}) {
  return linkOutline(outline({ aspects: [{ aspect: null, heading: '一、存在的主要问题', problems }], measures }), undefined, options);
}

test.each([
  ['台账报表 / 精简…台账', '二是作风建设有差距。会议多文件多，社区反映台账报表负担重。', '（二）精简社区台账，2027年1月底前清理合并。'],
  ['文件多 / 精简…材料', '二是工作作风有差距。文件多、报材料多，基层疲于应付。', '（二）精简向街道索要的各类材料，2027年3月底前完成清理。'],
  ['执法 (loose) / 联合执法', '二是工作方法有差距。个别执法人员对企业检查过多，企业有意见。', '（二）制定涉企检查年度计划，2027年起每季度开展1次联合执法。'],
])('%s: the orphan answers the unanswered problem, weakly', (_n, problem, measure) => {
  const r = run([studyProblem, problem], [study, measure]);
  expect(r.links[1]).toMatchObject({ measure: 1, strength: 'weak', unanswered: false });
  expect(r.measures[1].answers).toContain(1);
  // Off: as before.
  expect(run([studyProblem, problem], [study, measure], { orphanConcepts: false }).links[1].unanswered).toBe(true);
});

test('nothing in common: still unanswered', () => {
  const r = run([studyProblem, '二是服务群众有差距。老旧小区加装电梯推进慢。'], [study, '（二）精简社区台账，2027年1月底前清理合并。']);
  expect(r.links[1].unanswered).toBe(true);
});

test('a measure answering another problem is not taken', () => {
  const measure = '（一）加强理论学习，2027年每月参加中心组学习1次，年底前为执法人员讲法治课2次。';
  const r = run([studyProblem, '二是工作方法有差距。个别执法人员对企业检查过多，企业有意见。'], [measure]);
  expect(r.links[0].measure).toBe(0);
  expect(r.links[1].unanswered).toBe(true);
});

test('the aspect theme alone pairs nothing', () => {
  // Under a heading naming 依法行政, a measure naming only that (loosely) is no answer to a problem's detail.
  const problem = '一是工作方法有差距。个别执法人员对企业检查过多，企业有意见。';
  const measure = '（二）制定涉企检查年度计划，2027年起每季度开展1次联合执法。';
  const under = (heading: string) => linkOutline(outline({ aspects: [{ aspect: null, heading, problems: [problem] }], measures: [study, measure] })).links[0];
  expect(under('（三）依法行政方面').unanswered).toBe(true);
  expect(under('（三）工作方法方面')).toMatchObject({ measure: 1, strength: 'weak' });
});
