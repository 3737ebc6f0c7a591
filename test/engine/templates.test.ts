/** The template library as data, its JSON Schema and the Chinese messages for bad files. */
import * as fs from 'fs';
import * as path from 'path';
import { allTemplates, getTemplate, NEWEST_TEMPLATE_ID, templateIds } from '../../src/engine/template';
import { checkPattern, parseTemplate, parseTemplateText, TemplateError } from '../../src/engine/template-file';

const dir = path.join(__dirname, '../../src/engine/templates');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'parts.json' && f !== 'template.schema.json');

test('the library holds the ids of ../shared/templates.md', () => {
  // five-aspects-2023: the 2023 meeting as units that followed the Politburo's five 带头 (templates.md:
  // "should not be forced onto the six").
  expect(templateIds().sort()).toEqual(['five-aspects-2021', 'five-aspects-2023', 'five-aspects-2025', 'four-aspects-2024', 'org-life-2024', 'six-aspects-2022', 'theme-education-2023']);
  expect(NEWEST_TEMPLATE_ID).toBe('five-aspects-2025');
});

test.each(files)('%s is valid against the schema and registered', (f) => {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const t = parseTemplate(raw);
  expect(getTemplate(t.id)).toEqual(t);
  expect(t.aspects.length).toBeGreaterThanOrEqual(4);
  for (const a of t.aspects) {
    expect(a.vocabulary.length).toBeGreaterThanOrEqual(10);
    expect(a.short.length).toBeLessThanOrEqual(20);
  }
  for (const p of t.parts) expect(p.patterns.length).toBeGreaterThan(0);
});

test.each([
  ['five-aspects-2021', 5, false],
  ['six-aspects-2022', 6, false],
  ['theme-education-2023', 6, false],
  ['four-aspects-2024', 4, true],
  ['five-aspects-2025', 5, true],
  ['org-life-2024', 6, false],
])('%s: %i aspects, case part required: %s', (id, n, cases) => {
  const t = getTemplate(id)!;
  expect(t.aspects).toHaveLength(n);
  const part = t.parts.find((p) => p.role === 'cases');
  expect(part?.required ?? false).toBe(cases);
  if (cases) expect(part!.subparts!.map((s) => s.label)).toEqual(['案例原因剖析', '对照案例查摆自身差距']);
  expect(t.years!.length).toBeGreaterThan(0);
  expect(t.themeWords!.length).toBeGreaterThan(0);
});

test('2025 aspects are the 2025年度 五个带头, not the 2021 ones', () => {
  expect(getTemplate('five-aspects-2025')!.aspects.map((a) => a.title)).toEqual([
    '带头强化政治忠诚、提高政治能力',
    '带头固本培元、增强党性',
    '带头敬畏人民、敬畏组织、敬畏法纪',
    '带头干事创业、担当作为',
    '带头坚决扛起管党治党责任',
  ]);
});

describe('a bad template file gets a Chinese message naming the field', () => {
  const good = () => JSON.parse(fs.readFileSync(path.join(dir, 'four-aspects-2024.json'), 'utf8'));
  test.each<[string, (t: any) => void, RegExp]>([
    ['an aspect without title', (t) => delete t.aspects[1].title, /缺少字段“aspects\[1\]\.title”/],
    ['years not a list', (t) => (t.years = 2024), /“years”类型不对，应为 列表/],
    ['an unknown field', (t) => (t.colour = 'red'), /无法识别的字段“colour”/],
    ['a part role outside the list', (t) => (t.parts[0].role = 'summary'), /“parts\[0\]\.role”取值不对，可选：previous/],
    ['aspects numbered out of order', (t) => (t.aspects[2].number = 4), /“aspects\[2\]\.number”应为 3/],
    ['a heading pattern that is no regular expression', (t) => (t.parts[0].patterns = ['(unclosed']), /“parts\[0\]\.patterns\[0\]”取值无效/],
    ['no id', (t) => delete t.id, /缺少字段“id”/],
    ['a nested repetition (a+)+', (t) => (t.parts[0].patterns = ['存在', '(问题+)+$']), /“parts\[0\]\.patterns\[1\]”的标题规则可能运行很久/],
    ['a repeated alternation (a|aa)*', (t) => (t.parts[1].patterns = ['(问|问题)*原因']), /“parts\[1\]\.patterns\[0\]”的标题规则/],
    ['a repetition {2,} of a group that repeats', (t) => (t.parts[0].patterns = ['(.*问题){2,}']), /“parts\[0\]\.patterns\[0\]”的标题规则/],
    ['a back-reference', (t) => (t.parts[0].patterns = ['(问题)\\1']), /“parts\[0\]\.patterns\[0\]”的标题规则/],
    ['a pattern longer than 300 characters', (t) => (t.parts[0].patterns = ['问'.repeat(301)]), /“parts\[0\]\.patterns\[0\]”的标题规则/],
    ['a risky sub-part pattern', (t) => (t.parts[0].subparts = [{ label: '案例', patterns: ['(案例\\s*)+剖析'] }]), /“parts\[0\]\.subparts\[0\]\.patterns\[0\]”/],
    ['vocabulary term of one character', (t) => (t.aspects[0].vocabulary = ['党']), /aspects\[0\]\.vocabulary\[0\]/],
  ])('%s', (_name, spoil, message) => {
    const t = good();
    spoil(t);
    expect(() => parseTemplate(t)).toThrow(TemplateError);
    expect(() => parseTemplate(t)).toThrow(message);
  });

  test('every standard and built-in heading pattern passes the guard, and bounded or simple repetition is allowed', () => {
    for (const t of allTemplates())
      for (const p of t.parts) {
        p.patterns.forEach((src) => expect(() => checkPattern(src, 'p')).not.toThrow());
        for (const sp of p.subparts ?? []) (sp.patterns ?? []).forEach((src) => expect(() => checkPattern(src, 's')).not.toThrow());
      }
    for (const ok of ['存在的?(主要|突出)?问题', '(问题)+', '.{0,14}(整改|问题).{0,6}', '[(+*]+x', '\\(+', '(存在|查摆){1,2}问题']) expect(() => checkPattern(ok, 'ok')).not.toThrow();
  });

  test('text that is no JSON', () => {
    expect(() => parseTemplateText('{ id: 1')).toThrow(/不是有效的 JSON/);
  });

  test('a file with only role and required takes the standard parts', () => {
    const t = parseTemplateText(JSON.stringify({ id: 'x-1', name: '测试', parts: [{ role: 'problems', required: true }], aspects: [{ number: 1, short: '甲', title: '带头甲乙', vocabulary: ['甲乙'] }] }));
    expect(t.parts[0].label).toBe('存在的主要问题');
    expect(t.parts[0].patterns.length).toBeGreaterThan(3);
    expect(t.aspects[0].long).toBe('带头甲乙');
  });
});

test('every template has different aspects from every other (no copy left behind)', () => {
  const sets = allTemplates().map((t) => t.aspects.map((a) => a.title).join('|'));
  expect(new Set(sets).size).toBe(sets.length);
});
