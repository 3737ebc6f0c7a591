/**
 * The material's title (outline.ts findTitle): its first line when it reads as one, also below up
 * to two lines naming the writer or unit (a trial found no title at all for materials starting
 * "县交通运输局副局长王某" / "XX市农业农村局党组书记、局长张某某" above it); never a sentence
 * or an item, and nothing when other text comes first.
 */
import { analyze } from '../../src/engine';
import { completeLines, textDoc } from '../support/docs';

const TITLE = '2025年度民主生活会个人对照检查材料';
const titleOf = (top: string[]) => analyze(textDoc([...top, ...completeLines()])).outline.title;

describe('the title', () => {
  test.each([
    ['the title first', [TITLE], 0],
    ['a post and name above it', ['县交通运输局副局长王某', TITLE], 1],
    ['posts joined by 、 and a name above it', ['XX市农业农村局党组书记、局长张某某', TITLE], 1],
    ['a unit and a name above it, blank lines between', ['中共XX县委员会', '', '王某', '', TITLE], 4],
    ['a name in brackets below it', [TITLE, '（县自然资源局第二党支部  李某）'], 0],
  ])('%s: found', (_name, top, paragraph) => {
    expect(titleOf(top as string[])).toEqual({ text: TITLE, paragraph });
  });

  test.each([
    ['a sentence first', ['根据区委安排，我认真开展了对照检查。', TITLE]],
    ['three name lines first', ['中共XX县委员会', 'XX局', '王某', TITLE]],
    ['a numbered line first', ['1.王某', TITLE]],
    ['a line with digits first', ['2025年12月', TITLE]],
  ])('%s: none', (_name, top) => {
    expect(titleOf(top as string[])).toBeUndefined();
  });
});
