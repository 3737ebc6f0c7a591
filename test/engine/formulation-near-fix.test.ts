/**
 * A standard formulation one character off (replaced, dropped, added, or two adjacent characters
 * swapped) is flagged with a fix that replaces exactly the misspelt words by the standard wording
 * (issue 11), in the pane's findings and `check --json` alike; where two readings of the place
 * compete, the finding has no fix. Over the long forms of src/engine/formulations.json, at the
 * start, middle and end of each, inside ordinary sentences.
 */
import { analyze, type Finding } from '../../src/engine';
import { applyFix } from '../../src/engine/fix';
import { nearFormulationMatches, STANDARD_FORMS } from '../../src/engine/formulation-near';
import { textDoc } from '../support/docs';

type Edit = 'replace' | 'drop' | 'add' | 'swap';

/** `form` misspelt by `edit` at index `i` (a swap exchanges i and i + 1). */
function misspell(form: string, edit: Edit, i: number): string {
  switch (edit) {
    case 'replace':
      return form.slice(0, i) + (form[i] === '世' ? '纪' : '世') + form.slice(i + 1);
    case 'drop':
      return form.slice(0, i) + form.slice(i + 1);
    case 'add':
      return form.slice(0, i) + '世' + form.slice(i);
    case 'swap':
      return form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
  }
}

const formulationFindings = (text: string): Finding[] => analyze(textDoc([text])).findings.filter((f) => f.rule === 'formulation');

const CONTEXTS: [string, string][] = [
  ['深入学习贯彻', '，不断提高政治能力。'],
  ['我们要', '。'],
  ['', '学习不够深入。'],
];

describe('one character off a standard formulation: the fix writes the standard wording', () => {
  for (const form of STANDARD_FORMS) {
    const mid = form.length >> 1;
    // Places inside the form: near its start, in its middle and near its end (a swap across the
    // middle breaks both halves the search keys on, and is left out: see nearFormulationMatches).
    const places = [1, mid - 2 > 1 ? mid - 2 : 2, form.length - 3];
    for (const edit of ['replace', 'drop', 'add', 'swap'] as Edit[]) {
      for (const i of places) {
        const wrong = misspell(form, edit, i);
        if (wrong === form || form[i] === form[i + 1]) continue;
        test(`${form} ${edit} at ${i}: ${wrong}`, () => {
          for (const [before, after] of CONTEXTS) {
            const text = before + wrong + after;
            const found = formulationFindings(text);
            expect(found).toHaveLength(1);
            const f = found[0];
            expect(text.slice(f.start!, f.start! + f.length!)).toBe(wrong);
            expect(f.fix).toBeDefined();
            expect(f.fix!.edits).toEqual([expect.objectContaining({ paragraph: 0, start: before.length, length: wrong.length, text: form })]);
            const r = applyFix([{ text }], f.fix!);
            expect(r.ok && r.paragraphs[0].text).toBe(before + form + after);
            expect(formulationFindings(before + form + after)).toEqual([]);
          }
        });
      }
    }
  }

  test('the trial material\'s misspelling', () => {
    const text = '全面贯彻习近平新世代中国特色社会主义思想，学习不够深入。';
    const [f] = formulationFindings(text);
    expect(f.fix!.edits[0]).toMatchObject({ start: 4, length: '习近平新世代中国特色社会主义思想'.length, text: '习近平新时代中国特色社会主义思想' });
  });
});

describe('no fix where the place reads two ways', () => {
  // "学习习平新时代…": 近 replaced by 习 (taking 学习's 习 into the form) or 近 dropped — two texts.
  const AMBIGUOUS = ['深入学习习平新时代中国特色社会主义思想，', '深入学习中中特色社会主义思想，', '深入学习为为国人民谋幸福、为中华民族谋复兴，'];
  test.each(AMBIGUOUS)('%s: flagged, no fix', (text) => {
    const m = nearFormulationMatches(text);
    expect(m).toHaveLength(1);
    expect(m[0].unambiguous).toBe(false);
    const found = formulationFindings(text);
    expect(found).toHaveLength(1);
    expect(found[0].fix).toBeUndefined();
  });

  test('of competing readings the one that starts and ends as the form does is taken', () => {
    // 世 added after 以, or (one character on) 以 replaced by 世: the added character is the reading.
    const [m] = nearFormulationMatches('深入学习以世习近平同志为核心的党中央，');
    expect(m).toMatchObject({ start: 4, written: '以世习近平同志为核心的党中央', unambiguous: true });
  });

  test('a correct form and ordinary text give nothing', () => {
    for (const form of STANDARD_FORMS) expect(formulationFindings(`深入学习${form}，`)).toEqual([]);
    expect(nearFormulationMatches('学习贯彻党的二十届四中全会精神，对照检查。')).toEqual([]);
  });
});
