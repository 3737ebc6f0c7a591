/**
 * 插入框架 → a part the material lacks goes where the missing-part fix puts it, wherever the
 * cursor is (t27 #1: 原因分析 landed after the title, or inside aspect （四） between its heading
 * and item, numbered 四, and the error count dropped to 0). One already there is not inserted
 * again. With no structure: at the cursor, as before. The writer's lines all stay.
 */
jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { createMainThreadAnalyzer } from '../../src/taskpane/analyzer';
import { insertScope, type InsertionDeps } from '../../src/taskpane/hooks/useDocumentActions';
import type { CheckState } from '../../src/taskpane/hooks/useCheck';
import type { DocumentChange } from '../../src/word/gateway';
import { getTemplate } from '../../src/engine/template';

const TEMPLATE = getTemplate('five-aspects-2025')!;
const ASPECTS = ['（一）带头强化政治忠诚、提高政治能力方面', '（二）带头固本培元、增强党性方面', '（三）带头敬畏人民、敬畏组织、敬畏法纪方面', '（四）带头干事创业、担当作为方面', '（五）带头坚决扛起管党治党责任方面'];
const LINES = [
  '××区教育局党组书记2025年度民主生活会个人对照检查材料',
  '一、存在的主要问题',
  ...ASPECTS.flatMap((a, i) => [a, `一是第${i + 1}项重点任务跟进不够，全年只调度了${i + 2}次。`]),
  '二、整改措施',
  '一是每周调度一次，2026年3月底前完成。',
];

function deps(doc: MemoryDocument): InsertionDeps & { notes: string[]; undos: unknown[] } {
  const gateway = new MemoryGateway(doc);
  const analyzer = createMainThreadAnalyzer();
  const notes: string[] = [];
  const undos: unknown[] = [];
  const run = async (): Promise<CheckState> => {
    const paragraphs = await gateway.read();
    const report = await analyzer.analyze({ paragraphs, source: 'word' }, TEMPLATE.id);
    return { phase: 'done', report, paragraphs, current: paragraphs, error: null, stale: new Set(), checks: 1, readNotice: null } as unknown as CheckState;
  };
  return {
    gateway,
    run,
    notes,
    undos,
    notify: (_i, text) => notes.push(text),
    remember: (e) => undos.push(e),
    insert: async (paragraphs) => gateway.insert(paragraphs).then((r) => (r.ok ? paragraphs.length : null)),
  };
}

/** The writer's lines all still there in order (a heading's number may move up). */
function keeps(texts: string[]) {
  const strip = (t: string) => t.replace(/^[一二三四五六]、/, '');
  let k = 0;
  for (const t of texts) if (k < LINES.length && strip(t) === strip(LINES[k])) k++;
  expect(k).toBe(LINES.length);
}

const cursors: Array<[string, number, number]> = [
  ['on the title', 0, 0],
  ['inside aspect （四）, between its heading and item', 1 + 2 * 3, ASPECTS[3].length],
  ['inside aspect （二）', 1 + 2 * 1 + 1, 3],
  ['at the end of the measures', LINES.length - 1, LINES[LINES.length - 1].length],
];

test.each(cursors)('原因分析 with the cursor %s: 二、原因分析 before the measures, 整改措施 → 三', async (_name, paragraph, offset) => {
  const doc = new MemoryDocument(LINES.join('\n'));
  doc.setUserSelection({ paragraph, offset });
  const d = deps(doc);
  expect(await insertScope(d, TEMPLATE, { kind: 'part', role: 'causes' })).toBe('done');
  const texts = doc.paragraphs.map((p) => p.text);
  const at = texts.indexOf('二、原因分析');
  expect(at).toBe(LINES.indexOf('二、整改措施'));
  expect(texts[at + 1]).toMatch(/^一是/);
  expect(texts).toContain('三、整改措施');
  expect(texts.filter((t) => /原因分析/.test(t))).toHaveLength(1);
  keeps(texts);
  // One 撤销 entry takes it back.
  expect(d.undos).toHaveLength(1);
  const after = await d.run();
  // 原因分析 no longer missing, and no aspect broken up (2025 also asks for the case part: still said).
  const left = after.report!.groups.flatMap((g) => g.findings);
  expect(left.filter((f) => (f.rule === 'missing-part' && /原因分析/.test(f.message)) || f.rule === 'missing-aspect')).toEqual([]);
  expect(left.filter((f) => f.rule === 'missing-part')).toHaveLength(1);
});

test('a part the material has already: nothing inserted, and said', async () => {
  const doc = new MemoryDocument(LINES.join('\n'));
  const d = deps(doc);
  expect(await insertScope(d, TEMPLATE, { kind: 'part', role: 'measures' })).toBe('none');
  expect(doc.paragraphs.map((p) => p.text)).toEqual(LINES);
  expect(d.notes.join()).toContain('未重复插入');
});

test('a blank document: the part at the cursor, as before', async () => {
  const doc = new MemoryDocument('');
  const d = deps(doc);
  expect(await insertScope(d, TEMPLATE, { kind: 'part', role: 'causes' })).toBe('done');
  expect(doc.paragraphs.some((p) => /原因分析/.test(p.text))).toBe(true);
});

test('opening another document in the preview tells the pane it was replaced (its 撤销 no longer applies)', () => {
  const doc = new MemoryDocument(LINES.join('\n'));
  const gateway = new MemoryGateway(doc);
  const seen: DocumentChange[] = [];
  const stop = gateway.watch((c) => seen.push(c));
  doc.load('另一份材料');
  doc.loadParagraphs([{ text: '第三份材料' }]);
  stop();
  expect(seen).toEqual([{ replaced: true }, { replaced: true }]);
});
