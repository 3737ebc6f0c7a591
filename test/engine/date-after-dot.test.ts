/**
 * Measures that open with their deadline after "N." ("2.6月底前完成…", "3.2026年3月底前…"): the
 * dot is a list number's, not a decimal point. A trial's measures 1.–4. were read as two (the
 * second and third swallowed into the first), with a numbering warning whose fix would have
 * renumbered "4." to "2."; the same with Word's own automatic numbers ("8." + "6月底前…").
 */
import { analyze } from '../../src/engine';
import { textDoc, wordDoc } from '../support/docs';
import { unwrapLines } from '../../src/engine/readers/unwrap';

const PROBLEMS = [
  '一、存在的主要问题',
  '（一）带头深刻感悟“两个确立”的决定性意义方面',
  '一是理论学习不深。比如，全年读原著不到3本。',
];

const MEASURES: [string, string[]][] = [
  ['months', ['1.每月学习不少于2次。', '2.6月底前完成暗访全覆盖。', '3.9月底前完成12条班线整合。', '4.每季度开展一次排查，责任人：本人。']],
  ['two-digit months', ['1.每月学习不少于2次。', '2.10月底前完成。', '3.12月底前建成平台。', '4.每季度排查一次。']],
  ['a year', ['1.每月学习不少于2次。', '2.2026年3月底前完成。', '3.2026年6月底前完成。', '4.每季度排查一次。']],
  ['full-width', ['１．每月学习不少于2次。', '２．６月底前完成。', '３．９月底前完成。', '４．每季度排查一次。']],
  ['the same number as the month', ['1.1月底前完成。', '2.2月底前完成。', '3.3月底前完成。', '4.4月底前完成。']],
];

test.each(MEASURES)('typed numbers before a deadline (%s): four measures, no numbering finding', (_name, measures) => {
  const a = analyze(textDoc([...PROBLEMS, '二、整改措施', ...measures]));
  expect(a.outline.measures).toHaveLength(4);
  expect(a.outline.measures.map((m) => m.marker?.value)).toEqual([1, 2, 3, 4]);
  expect(a.findings.filter((f) => f.rule === 'numbering')).toEqual([]);
});

test.each(MEASURES)('the same measures run into one paragraph (%s): four measures', (_name, measures) => {
  const a = analyze(textDoc([...PROBLEMS, '二、整改措施', measures.join('')]));
  expect(a.outline.measures).toHaveLength(4);
});

test('Word\'s automatic numbers before a deadline: four measures', () => {
  const a = analyze(
    wordDoc([
      ...PROBLEMS.map((text) => ({ text })),
      { text: '二、整改措施' },
      { text: '每月学习不少于2次。', listString: '1.' },
      { text: '6月底前完成暗访全覆盖。', listString: '2.' },
      { text: '9月底前完成班线整合。', listString: '3.' },
      { text: '每季度排查一次。', listString: '4.' },
    ]),
  );
  expect(a.outline.measures).toHaveLength(4);
});

test('text pasted from a PDF: a line opening "2.6月底前" starts an entry, it is not joined to the line above', () => {
  // Hard-wrapped at 24 characters, as text copied from a PDF is: a line that opens no entry runs
  // on from the line above.
  const wrap = (t: string) => t.match(/.{1,24}/g)!;
  // The first measure's last line is full and ends without a full stop (its list goes on in
  // the next entry), so only the marker tells the next line apart.
  const m1 = '1.每月参加理论学习中心组学习不少于2次，全年撰写心得体会不少于6篇，在党组会上交流研讨，并且在全局范围内通报学习情况，接受党员干部监督，做到学';
  const m2 = '2.6月底前完成全县客运站安全暗访全覆盖，每月暗访不少于2次，发现问题立行立改，建立整改台账逐项销号，年底前形成专题报告。';
  const m3 = '3.每季度开展一次工程招投标领域廉政风险排查，对发现的问题建立台账，明确责任人和完成时限，确保整改到位、取得实效。';
  expect(unwrapLines([...wrap(m1), ...wrap(m2), ...wrap(m3)])).toEqual([m1, m2, m3]);
  // What the test is about: a line opening with no marker there is joined to the one above.
  expect(unwrapLines([...wrap(m1), ...wrap(m2.slice(2)), ...wrap(m3)])).toEqual([m1 + m2.slice(2), m3]);
  expect(m1.length % 24).toBe(0);
});

test.each(['2.6万元', '3.5%', '1.5个月', '2.13月'])('a decimal stays a decimal: "%s" opens no measure', (decimal) => {
  const a = analyze(textDoc([...PROBLEMS, '二、整改措施', '1.每月学习不少于2次，', `${decimal}用于培训。`]));
  expect(a.outline.measures.map((m) => m.marker?.value ?? null)).not.toContain(2);
});
