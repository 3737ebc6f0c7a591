/**
 * check --previous: a sentence of this year's 整改情况 part naming one of last year's problems in
 * quotation marks (针对上年度“…”的问题，…) speaks of that problem, and of no other: what it did for
 * it (基层党组织联系点) does not answer another problem sharing a word (抓基层党建). Its other
 * sentences are linked as before.
 */
import { analyze } from '../../src/engine';
import { comparePrevious } from '../../src/engine/previous';
import { completeLines, textDoc } from '../support/docs';

const lastYear = completeLines().map((l) =>
  l === '一是宗旨意识淡化，联系群众不够。'
    ? '一是宗旨意识淡化，联系群众不够。今年到基层党组织联系点调研只有3次。'
    : l === '一是落实一岗双责不到位。'
      ? '一是抓基层党建力度不够。对后进村党组织整顿不彻底，满足于按期销号。'
      : l,
);

/** This year's material: a 整改情况 part first, then the problems. */
function thisYear(previous: string[]): string[] {
  const base = completeLines();
  return ['一、上年度问题整改落实情况', ...previous, '二、存在的主要问题', ...base.slice(1, 12).filter((l) => !/^一是理论学习/.test(l)), '三、原因分析', ...base.slice(14, 16), '四、整改措施', ...base.slice(17)];
}

function compare(previous: string[]) {
  const c = textDoc(thisYear(previous));
  const l = textDoc(lastYear);
  return comparePrevious({ analysis: analyze(c), input: c }, { analysis: analyze(l), input: l });
}

const item = (c: ReturnType<typeof compare>, word: string) => c.items.find((i) => i.text.includes(word))!;

test('a sentence naming one problem answers it, and not another sharing its words', () => {
  const c = compare(['针对上年度“宗旨意识淡化，联系群众不够”的问题，今年到基层党组织联系点调研8次，超过规定次数。']);
  expect(item(c, '宗旨意识')).toMatchObject({ answered: true, where: { paragraph: 1 } });
  expect(item(c, '抓基层党建').answered).toBe(false);
});

test('two problems named in one paragraph: each where its sentence is', () => {
  const c = compare(['针对“宗旨意识淡化，联系群众不够”的问题，今年到基层党组织联系点调研8次。针对“读原著少”的问题，全年精读原著3本。']);
  expect(item(c, '宗旨意识').answered).toBe(true);
  const study = item(c, '理论学习');
  expect(study.answered).toBe(true);
  expect(study.where?.text).toContain('读原著少');
  expect(item(c, '抓基层党建').answered).toBe(false);
});

test('the other sentences of the item are still linked', () => {
  const c = compare(['针对“宗旨意识淡化，联系群众不够”的问题，今年到基层党组织联系点调研8次。同时，抓基层党建，对后进村党组织整顿开展“回头看”，2个村已转化。']);
  expect(item(c, '宗旨意识').answered).toBe(true);
  expect(item(c, '抓基层党建').answered).toBe(true);
});

test('a quotation naming no problem of last year changes nothing', () => {
  const c = compare(['（一）坚持“三会一课”制度，全年到基层党组织联系点调研8次，联系群众更加紧密。']);
  expect(item(c, '宗旨意识').answered).toBe(true);
});
