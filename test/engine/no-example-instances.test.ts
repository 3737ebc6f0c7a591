/**
 * no-example (没有具体事例) flagged problems that do give an instance (t26 #10): a figure in 多/余/几
 * form or a score (学习强国积分全年只有6000多分), a difficulty named in quotation marks as the people
 * put it (群众反映的“看病排队时间长”问题), a duration (间隔超过一周). These count; a generic problem
 * is still flagged.
 */
import { analyze } from '../../src/engine';
import { hasFurtherInstance } from '../../src/engine/rules/no-example';
import { textDoc } from '../support/docs';

/** A 2024 组织生活会-style material whose second problem (paragraph 4) the tests replace. */
function material(problem: string): string[] {
  return [
    '2022年度民主生活会个人对照检查材料',
    '一、存在的主要问题',
    '（一）在学习贯彻习近平新时代中国特色社会主义思想方面',
    '一是理论学习不系统。比如，全年自学理论著作仅2本。',
    problem,
    '二、原因分析',
    '（一）理想信念有所松懈，放松了主观世界改造。',
    '三、整改措施',
    '（一）强化理论学习。每月自学理论著作1本，年底前撰写心得3篇。',
  ];
}

const flagged = (problem: string) => analyze(textDoc(material(problem))).findings.some((f) => f.rule === 'no-example' && f.paragraph === 4);

describe('instances that count', () => {
  test.each([
    ['a score with 多', '二是学习自觉性不够。主要依靠集中学习，“学习强国”积分全年只有6000多分。'],
    ['a plain score', '二是学习自觉性不够。理论测试只得了62分，在班子中排最后。'],
    ['a count with 几, in digits', '二是联系群众不够。全年到联系点只去了20几次，多数是陪同检查。'],
    ['a count with 几, in words', '二是调查研究不深入。下基层十几次，都是听汇报、看材料。'],
    ['a count with 多, in words', '二是服务群众不主动。联系的二十多户困难家庭，一半没有上门走访。'],
    ['a count with 余, in words', '二是学用脱节。撰写心得三十余篇，没有一篇结合分管工作。'],
    ['a difficulty the people reported, quoted', '二是为民办实事成效不明显。群众反映的“看病排队时间长”问题，预约系统至今未上线。'],
    ['a difficulty businesses raised, quoted', '二是服务企业不到位。企业提出的“审批来回跑”问题，没有跟踪解决。'],
    ['a quoted difficulty saying what is slow', '二是作风不实。对“办证慢”现象重视不够，没有深入窗口了解。'],
    ['a service\'s difficulty in quotes', '二是为民服务作风不实。窗口办理许可仍存在“材料多、环节多”的问题。'],
    ['a count with 余 and 个, in words', '二是文山会海有反弹。分管领域每月召开的会议有十余个。'],
    ['a duration exceeded', '二是请示报告执行有偏差。个别重要情况先口头报告，补书面材料间隔超过一周。'],
    ['a duration reaching', '二是整改不彻底。反馈问题的整改拖延长达三个月。'],
    ['a duration in digits with 多', '二是督办不力。重点事项督办间隔20多天，进度无人过问。'],
    ['a duration taken', '二是落实不力。一项审批改革历时半年才推开。'],
  ])('%s: not flagged', (_name, problem) => {
    expect(hasFurtherInstance(problem)).toBe(true);
    expect(flagged(problem)).toBe(false);
  });
});

describe('generic problems are still flagged', () => {
  test.each([
    ['no instance at all', '二是学以致用不够。满足于一知半解，理论联系实际不紧。'],
    ['a quoted formulation, not a difficulty', '二是政治站位不高。对“四个意识”的认识停留在字面。'],
    ['a quoted style named as a problem', '二是作风建设有差距。对“形式主义、官僚主义”问题整治不力。'],
    ['the Party\'s hundred years, not a count', '二是党史学习不深。对党的百年奋斗历史学习不够深入。'],
    ['a saying with 千家', '二是宗旨意识不强。深入千家万户不够，联系群众不紧密。'],
    ['十分, not a score', '二是担当不够。对难点问题十分重视但办法不多。'],
    ['a long time in general', '二是思想有惰性。长期以来存在等靠要思想。'],
    ['a stock phrase of self-criticism in quotes', '二是学习不深。中心组学习存在“学文件多、学原著少”的问题。'],
  ])('%s: flagged', (_name, problem) => {
    expect(hasFurtherInstance(problem)).toBe(false);
    expect(flagged(problem)).toBe(true);
  });
});
