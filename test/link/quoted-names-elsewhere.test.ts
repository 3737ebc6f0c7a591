/**
 * A name a problem and a measure both write in quotation marks (“办证难”) answers the problem by name,
 * though another problem mentions the thing in passing, unquoted (t23 m03: "某小区办证难的舆情" in the
 * 政治素质 problem). Another problem quoting the same name still makes it no one problem's. Our own texts.
 */
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

const run = (problems: [string, string], measures: string[]) =>
  linkOutline(outline({ aspects: [{ aspect: null, heading: '（一）第一个方面', problems: [problems[0]] }, { aspect: null, heading: '（二）第二个方面', problems: [problems[1]] }], measures })).links;

describe('a quoted name both write answers the problem, another problem mentioning it unquoted notwithstanding', () => {
  test.each([
    [
      '办证难',
      ['对历史遗留问题存在“绕着走”的心态，全市“办证难”遗留问题涉及的37个项目，今年仅化解14个。', '政治敏锐性还不够强，比如某小区办证难的舆情，首先考虑的是程序问题。'],
      ['提升能力本领。2024年起实行重点项目用地报批“周调度”。', '敢于担当。对剩余23个“办证难”项目实行局领导包案，年底前再化解15个以上。'],
    ],
    [
      '一网通办',
      ['对企业诉求推诿拖延，“一网通办”事项办理时限长，今年仍有12项超时。', '调查研究不深入，企业反映一网通办登录难的情况没有及时掌握。'],
      ['规范项目审批，每季度通报一次。', '年底前将“一网通办”事项办理时限压缩一半。'],
    ],
  ])('%s', (_n, problems, measures) => {
    const links = run(problems as [string, string], measures);
    expect(links[0].measure).toBe(1);
    expect(links[0].strength).not.toBe('none');
  });

  test('another problem quoting the same name: no one problem\'s name', () => {
    const links = run(
      ['对历史遗留问题存在畏难情绪，“办证难”问题化解慢。', '对“办证难”引发的舆情应对不及时。'],
      ['实行重点项目用地报批“周调度”。', '对“办证难”实行包案。'],
    );
    expect(links[0].evidence).not.toContain('办证难');
  });
});
