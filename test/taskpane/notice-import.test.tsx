/** @jest-environment jsdom */
/**
 * 从通知导入…: the aspects read from the notice can be deleted (删除, one always stays) and added
 * (添加方面), their titles edited, the parts ticked; focus and the live region follow each change;
 * the template handed back holds exactly what the dialog shows, numbered 1…n.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { aspectsOf, MAX_ASPECTS, NoticeImportDialog } from '../../src/taskpane/components/NoticeImportDialog';
import type { Template } from '../../src/engine/template';
import { TS } from '../../src/taskpane/strings';
import * as notice from '../../src/engine/notice';

jest.setTimeout(30000);

/** Notices in several shapes (own words, written for these tests), with the titles each should give. */
const NOTICES: { name: string; text: string; titles: string[]; cases: boolean; previous: boolean }[] = [
  {
    name: 'inline 一是…；二是…',
    text: '关于开好2026年度民主生活会的通知\n重点对照以下3个方面：一是带头树立和践行正确政绩观；二是带头统筹发展和安全；三是带头密切联系群众。',
    titles: ['带头树立和践行正确政绩观', '带头统筹发展和安全', '带头密切联系群众'],
    cases: false,
    previous: false,
  },
  {
    name: '（一）lines with a case part',
    text: '关于召开2026年度民主生活会的通知\n围绕以下4个方面进行对照检查：\n（一）带头强化政治忠诚\n（二）带头担当作为\n（三）带头严守纪律规矩\n（四）带头落实全面从严治党责任\n会前要深入剖析反面典型案例。会上首先通报上年度民主生活会整改措施落实情况。',
    titles: ['带头强化政治忠诚', '带头担当作为', '带头严守纪律规矩', '带头落实全面从严治党责任'],
    cases: true,
    previous: true,
  },
  {
    name: 'numbered lines',
    text: '2026年度组织生活会通知\n重点对照以下2个方面：\n1. 带头学习贯彻党的创新理论\n2. 带头发挥先锋模范作用',
    titles: ['带头学习贯彻党的创新理论', '带头发挥先锋模范作用'],
    cases: false,
    previous: false,
  },
];

function setup() {
  const onConfirm = jest.fn<void, [Template]>();
  const onCancel = jest.fn();
  render(<NoticeImportDialog open onCancel={onCancel} onConfirm={onConfirm} />);
  const dialog = screen.getByRole('dialog');
  return { dialog, onConfirm, onCancel };
}

async function readNotice(dialog: HTMLElement, text: string) {
  fireEvent.change(within(dialog).getByRole('textbox', { name: TS.importTitle }), { target: { value: text } });
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: TS.read }));
  });
}

const titleBoxes = (dialog: HTMLElement) => within(within(dialog).getByTestId('notice-aspects')).getAllByRole('textbox') as HTMLInputElement[];
const titles = (dialog: HTMLElement) => titleBoxes(dialog).map((i) => i.value);
const deleteButton = (dialog: HTMLElement, n: number) => within(dialog).getByRole('button', { name: TS.deleteAspectLabel(n) });

async function confirm(dialog: HTMLElement) {
  await act(async () => {
    fireEvent.click(within(dialog).getByRole('button', { name: TS.use }));
  });
}

describe.each(NOTICES)('$name', ({ text, titles: expected, cases, previous }) => {
  test('reads the aspects, one labelled title box and one labelled 删除 each', async () => {
    const { dialog } = setup();
    await readNotice(dialog, text);
    expect(titles(dialog)).toEqual(expected);
    expected.forEach((_t, i) => {
      expect(within(dialog).getByRole('textbox', { name: TS.aspectLabel(i + 1) })).toBeTruthy();
      expect(deleteButton(dialog, i + 1).textContent).toBe(TS.deleteAspect);
    });
    expect((within(dialog).getByRole('checkbox', { name: TS.casesPart }) as HTMLInputElement).checked).toBe(cases);
    // The 上年度整改 part is ticked when the notice asks for it, and the template keeps it required.
    expect((within(dialog).getByRole('checkbox', { name: TS.previousPart }) as HTMLInputElement).checked).toBe(previous);
  });

  test.each(expected.map((_t, i) => i))('deleting aspect %i renumbers the rest, moves focus to the box in its place and says so', async (i) => {
    const { dialog, onConfirm } = setup();
    await readNotice(dialog, text);
    fireEvent.click(deleteButton(dialog, i + 1));
    const left = expected.filter((_t, k) => k !== i);
    expect(titles(dialog)).toEqual(left);
    // Numbers follow the order: 方面1…方面n, no gap.
    left.forEach((t, k) => expect((within(dialog).getByRole('textbox', { name: TS.aspectLabel(k + 1) }) as HTMLInputElement).value).toBe(t));
    expect(within(dialog).queryByRole('textbox', { name: TS.aspectLabel(expected.length) })).toBeNull();
    // Focus: the box now in that place, or the one before when the last was deleted.
    const at = Math.min(i, left.length - 1);
    expect(document.activeElement).toBe(titleBoxes(dialog)[at]);
    expect(within(dialog).getByTestId('notice-said').textContent).toBe(TS.aspectDeleted(i + 1, expected[i], left.length));
    await confirm(dialog);
    const t = onConfirm.mock.calls[0][0];
    expect(t.aspects.map((a) => a.title)).toEqual(left);
    expect(t.aspects.map((a) => a.number)).toEqual(left.map((_t, k) => k + 1));
  });

  test('the last aspect cannot be deleted: a Chinese alert says why, the row and focus stay', async () => {
    const { dialog, onConfirm } = setup();
    await readNotice(dialog, text);
    for (let n = expected.length; n > 1; n--) fireEvent.click(deleteButton(dialog, n));
    expect(titles(dialog)).toEqual([expected[0]]);
    const last = deleteButton(dialog, 1);
    last.focus();
    fireEvent.click(last);
    expect(within(dialog).getByRole('alert').textContent).toBe(TS.lastAspect);
    expect(titles(dialog)).toEqual([expected[0]]);
    expect(document.activeElement).toBe(last);
    await confirm(dialog);
    expect(onConfirm.mock.calls[0][0].aspects.map((a) => a.title)).toEqual([expected[0]]);
  });

  test('添加方面 adds an empty, labelled, focused box; an empty title is refused with focus on it; a filled one is a full aspect', async () => {
    const { dialog, onConfirm } = setup();
    await readNotice(dialog, text);
    fireEvent.click(within(dialog).getByRole('button', { name: TS.addAspect }));
    const n = expected.length + 1;
    const box = within(dialog).getByRole('textbox', { name: TS.aspectLabel(n) }) as HTMLInputElement;
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    expect(within(dialog).getByTestId('notice-said').textContent).toBe(TS.aspectAdded(n));
    await confirm(dialog);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(within(dialog).getByRole('alert').textContent).toBe(TS.emptyAspect);
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: '带头践行以人民为中心的发展思想' } });
    await confirm(dialog);
    const t = onConfirm.mock.calls[0][0];
    expect(t.aspects.map((a) => a.title)).toEqual([...expected, '带头践行以人民为中心的发展思想']);
    const added = t.aspects[n - 1];
    expect(added.number).toBe(n);
    expect(added.short).toBe('践行以人民为中心的发展思想'.slice(0, added.short.length));
    expect(added.short.length).toBeGreaterThan(0);
    expect(added.vocabulary.length).toBeGreaterThan(0);
  });
});

test('deleting and adding in any order: the template always equals the boxes, numbered 1…n', async () => {
  const { dialog, onConfirm } = setup();
  await readNotice(dialog, NOTICES[1].text);
  // delete 2, add one, delete 1, add one, edit 3
  fireEvent.click(deleteButton(dialog, 2));
  fireEvent.click(within(dialog).getByRole('button', { name: TS.addAspect }));
  fireEvent.change(document.activeElement!, { target: { value: '带头改进作风' } });
  fireEvent.click(deleteButton(dialog, 1));
  fireEvent.click(within(dialog).getByRole('button', { name: TS.addAspect }));
  fireEvent.change(document.activeElement!, { target: { value: '带头廉洁自律' } });
  fireEvent.change(within(dialog).getByRole('textbox', { name: TS.aspectLabel(2) }), { target: { value: '带头落实从严治党责任' } });
  const shown = titles(dialog);
  expect(shown).toEqual(['带头严守纪律规矩', '带头落实从严治党责任', '带头改进作风', '带头廉洁自律']);
  await confirm(dialog);
  const t = onConfirm.mock.calls[0][0];
  expect(t.aspects.map((a) => a.title)).toEqual(shown);
  expect(t.aspects.map((a) => a.number)).toEqual([1, 2, 3, 4]);
  // Every aspect can be matched: a short label and vocabulary each.
  for (const a of t.aspects) {
    expect(a.short.length).toBeGreaterThan(0);
    expect(a.vocabulary.length).toBeGreaterThan(0);
  }
});

test(`at most ${MAX_ASPECTS} aspects: 添加方面 beyond says so in Chinese and adds nothing`, async () => {
  const { dialog } = setup();
  await readNotice(dialog, NOTICES[2].text);
  for (let n = 2; n < MAX_ASPECTS; n++) fireEvent.click(within(dialog).getByRole('button', { name: TS.addAspect }));
  expect(titleBoxes(dialog)).toHaveLength(MAX_ASPECTS);
  fireEvent.click(within(dialog).getByRole('button', { name: TS.addAspect }));
  expect(titleBoxes(dialog)).toHaveLength(MAX_ASPECTS);
  expect(within(dialog).getByRole('alert').textContent).toBe(TS.tooManyAspects(MAX_ASPECTS));
});

test.each([
  [false, false],
  [true, false],
  [false, true],
  [true, true],
])('parts: 反面典型案例剖析 %s, 上年度整改落实情况 required %s', async (cases, previous) => {
  const { dialog, onConfirm } = setup();
  await readNotice(dialog, NOTICES[0].text);
  const group = within(dialog).getByRole('group', { name: TS.partsTitle });
  const casesBox = within(group).getByRole('checkbox', { name: TS.casesPart }) as HTMLInputElement;
  const previousBox = within(group).getByRole('checkbox', { name: TS.previousPart }) as HTMLInputElement;
  if (casesBox.checked !== cases) fireEvent.click(casesBox);
  if (previousBox.checked !== previous) fireEvent.click(previousBox);
  await confirm(dialog);
  const t = onConfirm.mock.calls[0][0];
  expect(t.parts.some((p) => p.role === 'cases')).toBe(cases);
  if (cases) expect(t.parts.find((p) => p.role === 'cases')!.required).toBe(true);
  expect(t.parts.find((p) => p.role === 'previous')!.required).toBe(previous);
  for (const role of ['problems', 'causes', 'measures'] as const) expect(t.parts.find((p) => p.role === role)!.required).toBe(true);
});

describe('aspectsOf', () => {
  const read = notice.readNotice(NOTICES[0].text).template.aspects;
  test('an unchanged aspect stays as read (its vocabulary from the notice item)', () => {
    const rows = read.map((a, key) => ({ key, title: a.title, read: a }));
    expect(aspectsOf(rows, notice)).toEqual(read);
  });
  test.each([
    ['带头树立正确政绩观', '政绩观'],
    ['带头统筹发展和高水平安全', '高水平安全'],
    ['带头密切党群干群关系', '党群干群关系'],
  ])('an edited title %s brings its own words into the vocabulary (%s)', (title, word) => {
    const rows = read.map((a, key) => ({ key, title: key === 0 ? title : a.title, read: a }));
    const out = aspectsOf(rows, notice);
    expect(out[0].title).toBe(title);
    expect(out[0].vocabulary.some((v) => v.includes(word) || word.includes(v))).toBe(true);
    expect(out.slice(1)).toEqual(read.slice(1));
  });
});
