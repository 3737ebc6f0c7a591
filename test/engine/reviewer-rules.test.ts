/** Two reviewer checks from the domain notes: causes found in oneself, and problems as the bulk. */
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';

const rule = (lines: string[], id: string) => analyze(textDoc(lines)).findings.filter((f) => f.rule === id);

describe('objective-cause', () => {
  test.each([
    ['（一）工作任务繁重，放松了理论学习。', '工作任务繁重'],
    ['（一）人手不足，时间紧，学习不够。', '人手不足'],
    ['（一）客观原因较多，基础薄弱。', '客观原因'],
    // A branch's or a village's circumstances (a trial's 支部 material passed with them).
    ['（一）支部书记年纪大，工作难开展。', '年纪大'],
    ['（一）村里青壮年外出务工多，组织生活难开展。', '外出务工'],
    ['（一）地处偏远，交通不便，学习活动组织少。', '地处偏远'],
    ['（一）身兼数职，精力有限，学习抓得不紧。', '身兼数职'],
  ])('%s → %s', (cause, excuse) => {
    const lines = completeLines();
    lines[13] = cause;
    const f = rule(lines, 'objective-cause');
    expect(f.map((x) => x.paragraph)).toEqual([13]);
    expect(f[0].message).toContain(`“${excuse}”`);
    // The finding points at the sentence it quotes, without the item's number.
    const quoted = cause.slice(f[0].start, (f[0].start ?? 0) + (f[0].length ?? 0));
    expect(quoted).toContain(excuse);
    expect(quoted.startsWith('（一）')).toBe(false);
    expect(cause.startsWith(quoted, 3)).toBe(true);
  });

  test.each([
    [['（一）理想信念有所松懈。', '平时工作任务繁重，忙于事务，学习抓得不紧。'], 14, '平时工作任务繁重，忙于事务，学习抓得不紧。'],
    [['（一）理想信念有所松懈。认为人手少、时间紧，放松了要求。后来有所改进。'], 13, '认为人手少、时间紧，放松了要求。'],
  ])('the sentence in the paragraph it stands in: %j', (causeLines, paragraph, sentence) => {
    const lines = completeLines();
    lines.splice(13, 1, ...causeLines);
    const f = rule(lines, 'objective-cause');
    expect(f.map((x) => x.paragraph)).toEqual([paragraph]);
    const text = lines[paragraph];
    expect(text.slice(f[0].start, (f[0].start ?? 0) + (f[0].length ?? 0))).toBe(sentence);
  });

  test('subjective causes are fine', () => {
    expect(rule(completeLines(), 'objective-cause')).toEqual([]);
  });

  test('excuses in problems or measures are not the cause analysis', () => {
    const lines = completeLines();
    // (Not named as an excuse: "以任务重为由…" is not told anywhere, objective-cause-named-excuse.test.ts.)
    lines[2] = '一是理论学习不深，任务重时就放松学习。';
    expect(rule(lines, 'objective-cause')).toEqual([]);
  });
});

describe('proportion', () => {
  test('measures longer than problems and causes together', () => {
    const lines = completeLines();
    lines.push(`（三）${'坚持每月开展专题学习，年底前完成全部整改任务并形成长效机制。'.repeat(12)}`);
    const f = rule(lines, 'proportion');
    expect(f.map((x) => x.paragraph)).toEqual([15]);
    expect(f[0].message).toMatch(/共 \d+ 字，整改措施却有 \d+ 字/);
  });

  test('a material whose problems and causes are the bulk', () => {
    expect(rule(completeLines(), 'proportion')).toEqual([]);
  });

  test('nothing to compare without a measures part', () => {
    expect(rule(completeLines().slice(0, 15), 'proportion')).toEqual([]);
  });
});
