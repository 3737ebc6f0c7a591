/**
 * A measure's owner (由干部监督科负责, 由县纪委牵头) is who carries it out, not what it promises: a
 * concept form inside the owner's name (监督 in 干部监督科) links nothing (t23 m14: a 干部档案 problem
 * was answered by the 组工信箱 measure through its owner's name). Our own texts.
 */
import { maskOwners, TOPIC_MASK } from '../../src/engine/link/study-topics';
import { linkOutline } from '../../src/engine/link/link';
import { outline } from './fixtures';

describe('maskOwners blanks the owner, keeps the length', () => {
  test.each([
    ['来信一律在15个工作日内回复，由干部监督科负责。', '干部监督科'],
    ['每季度通报一次，由县纪委监委牵头。', '县纪委监委'],
    ['整改销号由办公室督办。', '办公室'],
  ])('%s', (text, owner) => {
    const out = maskOwners(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain(owner);
    expect(out).toContain(TOPIC_MASK.repeat(owner.length));
  });

  test.each(['加强日常监督，每月谈话一次。', '由此可见，监督不到位。', '理由不充分'])('no owner: %s', (text) => {
    expect(maskOwners(text)).toBe(text);
  });
});

describe('a concept in the owner\'s name links nothing', () => {
  test.each([
    [
      '干部档案',
      '对组织系统干部的日常监督不够严，干部档案专项审核中发现的12个问题整改进度慢。',
      ['（三）“组工信箱”来信一律在15个工作日内回复，由干部监督科负责。', '（五）2027年1月底前完成干部档案审核发现问题的整改。'],
    ],
    [
      '执法案卷',
      '对执法人员的监督不到位，今年评查的40份执法案卷有9份不规范。',
      ['（二）12345热线工单一律3日内回复，由执法监督科负责。', '（四）年底前完成9份不规范执法案卷的整改。'],
    ],
  ])('%s', (_n, problem, measures) => {
    const l = linkOutline(outline({ aspects: [{ aspect: null, problems: [problem] }], measures })).links[0];
    expect(l.measure).toBe(1);
  });
});
