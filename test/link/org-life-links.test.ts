/**
 * 支部 materials (组织生活会, t23 m08): the system of organisational life is the concept as a whole,
 * not its one institution 组织生活会; a role named before 作用 (政治引领作用, 战斗堡垒作用) is that role,
 * not members' 先锋模范作用; and how a 支部 educates and manages its members (党员教育管理: 流动党员,
 * 党费) is a point of its own. Our own texts, several per shape.
 */
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

const DISTRACTORS = ['（九）每半年开展一次安全生产大检查。', '（十）年底前完成办公用房清理。'];

const linkOf = (problem: string, measures: string[]) => {
  const o = outline({ aspects: [{ aspect: null, heading: '一、存在的问题', problems: [problem] }], measures: [...measures, ...DISTRACTORS] });
  return linkOutline(o).links[0];
};

describe('组织生活制度 is the whole of organisational life: a measure on any of its institutions answers it', () => {
  test.each([
    ['三会一课', '（二）组织生活制度落实不够严格。支委会记录是月底集中补写的。', '（二）严格落实“三会一课”制度，支委会每月召开，会议记录当场形成。'],
    ['主题党日', '一是执行组织生活制度不经常。上半年只开展了2次活动。', '（一）每月固定开展一次主题党日活动，由组织委员负责。'],
    ['党的组织生活', '二是党的组织生活不够规范。党小组会时开时停。', '（三）规范党小组会，每月召开一次，年底前建立记录台账。'],
  ])('%s', (_n, problem, measure) => {
    const l = linkOf(problem, [measure]);
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });

  test('the institution 组织生活会 itself is still answered only by its own kind', () => {
    const l = linkOf('一是组织生活会质量不高。批评辣味不足。', ['（一）每季度开展一次谈心谈话。']);
    expect(l.strength === 'strong' && l.measure === 0).toBe(false);
  });
});

describe('a role named before 作用 is that role, not 先锋模范作用', () => {
  test.each([
    ['政治引领作用', '（一）政治引领作用发挥不够。支部学习多以读文件为主，形式单一。', ['（四）组织党员每季度到社区开展志愿服务不少于1次。', '（一）创新学习方式，每季度开展一次专题研讨。']],
    ['战斗堡垒作用', '一是战斗堡垒作用发挥不充分。支部在项目攻坚中组织党员不够有力，集中学习走过场。', ['（二）每月组织党员开展志愿服务。', '（一）每季度开展一次专题研讨，年底前完成。']],
  ])('%s: not answered by 志愿服务', (_n, problem, measures) => {
    const l = linkOf(problem, measures);
    expect(l.measure).not.toBe(0);
  });

  test.each([
    ['先锋模范作用发挥不够', '一是党员先锋模范作用发挥不够。社区防汛中党员亮身份少。', '（二）组织党员每季度到社区开展志愿服务不少于1次。'],
    ['作用发挥 alone', '二是党员作用发挥不充分。急难任务中主动请缨的少。', '（三）每月组织党员开展志愿服务，年底前建立党员服务台账。'],
  ])('%s: still answered by 志愿服务', (_n, problem, measure) => {
    const l = linkOf(problem, [measure]);
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });
});

describe('党员教育管理 is answered by a measure on its members (流动党员, 党费)', () => {
  test.each([
    ['流动党员 and 党费', '（三）党员教育管理不够到位。对2名流动党员的联系不够经常，1名党员连续4个月未交党费。', '（三）1月底前完成流动党员信息核对，每月电话联系一次；督促欠缴党费党员1月底前补交。'],
    ['党费 alone', '二是对党员管理不严。有党员连续3个月未交党费。', '（二）党费收缴由组织委员每月催缴，年底前完成清缴。'],
    ['流动党员 alone', '三是教育管理党员办法不多。外出务工党员长期不参加学习。', '（一）建立流动党员微信群，每月推送学习资料一次。'],
  ])('%s', (_n, problem, measure) => {
    const l = linkOf(problem, [measure]);
    expect(l.strength).toBe('strong');
    expect(l.measure).toBe(0);
  });
});
