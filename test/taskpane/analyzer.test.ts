import { createAnalyzer } from '../../src/taskpane/analyzer';
import type { AnalysisRequest, AnalysisResponse } from '../../src/taskpane/protocol';
import type { PaneReport } from '../../src/taskpane/report';
import { luminance, themeFromOffice } from '../../src/taskpane/theme';
import type { DocumentInput } from '../../src/engine/types';

jest.mock('../../src/taskpane/workerFactory', () => ({ createAnalysisWorker: () => null }));

const input: DocumentInput = {
  source: 'text',
  paragraphs: ['一、存在的主要问题', '（一）在带头深刻感悟“两个确立”的决定性意义方面', '一是学习不深。', '二、原因分析', '三、整改措施'].map(
    (text, index) => ({ index, text }),
  ),
};

/** A stand-in Worker: answers through `respond`, or fails to load. */
class FakeWorker {
  onmessage: ((e: MessageEvent<AnalysisResponse>) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  posted: AnalysisRequest[] = [];
  terminated = false;
  constructor(private mode: 'answer' | 'crash') {}
  postMessage(req: AnalysisRequest) {
    this.posted.push(req);
    setTimeout(() => {
      if (this.mode === 'crash') {
        this.onerror?.({ preventDefault() {} } as unknown as Event);
        return;
      }
      const report = { templateId: 'from-worker', paragraphCount: req.input.paragraphs.length } as PaneReport;
      this.onmessage?.({ data: { id: req.id, ok: true, report } } as MessageEvent<AnalysisResponse>);
    }, 0);
  }
  terminate() {
    this.terminated = true;
  }
}

test('analysis runs in the worker when one starts', async () => {
  const worker = new FakeWorker('answer');
  const analyzer = createAnalyzer(() => worker as unknown as Worker);
  const [a, b] = await Promise.all([analyzer.analyze(input), analyzer.analyze(input, 'five-aspects-2021')]);
  expect(a.templateId).toBe('from-worker');
  expect(b.paragraphCount).toBe(5);
  expect(worker.posted.map((r) => r.id)).toEqual([1, 2]);
  expect(worker.posted[1].templateId).toBe('five-aspects-2021');
  analyzer.dispose();
  expect(worker.terminated).toBe(true);
});

test('without Worker the engine runs on the main thread', async () => {
  const report = await createAnalyzer(() => null).analyze(input);
  expect(report.templateId).toBe('five-aspects-2021');
  expect(report.parts.find((p) => p.role === 'problems')?.found?.paragraph).toBe(0);
  expect(report.aspects[0].found?.paragraph).toBe(1);
});

test('a worker that crashes hands its pending work to the main thread', async () => {
  const worker = new FakeWorker('crash');
  const analyzer = createAnalyzer(() => worker as unknown as Worker);
  const report = await analyzer.analyze(input);
  expect(report.templateId).toBe('five-aspects-2021'); // computed by the real engine
  expect(worker.terminated).toBe(true);
  // later requests do not try the worker again
  await analyzer.analyze(input);
  expect(worker.posted.length).toBe(1);
});

test('the main-thread fallback yields to the UI before working', async () => {
  const analyzer = createAnalyzer(() => null);
  let settled = false;
  const p = analyzer.analyze(input).then(() => (settled = true));
  await Promise.resolve();
  expect(settled).toBe(false);
  await p;
  expect(settled).toBe(true);
});

test('Office dark themes are detected from the body background', () => {
  expect(themeFromOffice({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
  expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
  expect(themeFromOffice({ bodyBackgroundColor: '#e6e6e6' })).toBe('light');
  expect(themeFromOffice(undefined)).toBe('light');
  expect(luminance('nonsense')).toBeNull();
});
