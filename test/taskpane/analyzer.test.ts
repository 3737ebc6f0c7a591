import { AnalysisError, createAnalyzer, DEFAULT_LIMITS, WARM_RUNS } from '../../src/taskpane/analyzer';
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
  constructor(private mode: 'answer' | 'crash' | 'hang') {}
  postMessage(req: AnalysisRequest) {
    this.posted.push(req);
    if (this.mode === 'hang') return; // never answers: an analysis stuck in a loop
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

describe('deliverables in the report (整改清单 table, comments)', () => {
  const withProblems: DocumentInput = {
    source: 'text',
    paragraphs: ['一、存在的主要问题', '（一）在带头深刻感悟“两个确立”的决定性意义方面', '一是学习不深。', '二、原因分析', '三、整改措施', '（一）加强学习。'].map(
      (text, index) => ({ index, text }),
    ),
  };
  test.each([
    ['by default', DEFAULT_LIMITS, true],
    ['when asked', { ...DEFAULT_LIMITS, deliverables: true }, true],
    ['left out when the host offers none', { ...DEFAULT_LIMITS, deliverables: false }, false],
  ])('on the main thread: %s', async (_name, limits, present) => {
    const report = await createAnalyzer(() => null, limits).analyze(withProblems);
    expect(report.checklist !== undefined).toBe(present);
    expect(report.comments !== undefined).toBe(present);
    // Everything else is the same.
    expect(report.groups.length).toBeGreaterThan(0);
  });
  test('the worker is told to leave them out, and only then', async () => {
    for (const [limits, flag] of [
      [{ ...DEFAULT_LIMITS, deliverables: false }, false],
      [DEFAULT_LIMITS, undefined],
    ] as const) {
      const worker = new FakeWorker('answer');
      await createAnalyzer(() => worker as unknown as Worker, limits).analyze(input);
      expect(worker.posted[0].deliverables).toBe(flag);
    }
  });
});

describe('warming a fresh worker up', () => {
  test('only the first request to each worker asks for warm-up runs, by default WARM_RUNS', async () => {
    const workers: FakeWorker[] = [];
    const analyzer = createAnalyzer(() => {
      const w = new FakeWorker(workers.length ? 'answer' : 'hang');
      workers.push(w);
      return w as unknown as Worker;
    }, { ...DEFAULT_LIMITS, timeLimitMs: () => 30 });
    await analyzer.analyze(input).catch(() => undefined); // the first worker hangs and is stopped
    await analyzer.analyze(input);
    await analyzer.analyze(input);
    expect(WARM_RUNS).toBeGreaterThan(0);
    expect(workers[0].posted.map((r) => r.warmRuns)).toEqual([WARM_RUNS]);
    // The fresh worker that replaced it is cold again: asked once more, then never.
    expect(workers[1].posted.map((r) => r.warmRuns)).toEqual([WARM_RUNS, undefined]);
    analyzer.dispose();
  });
  test.each([
    [0, undefined],
    [3, 3],
  ])('warmRuns %p in the limits: the first request asks for %p', async (warmRuns, asked) => {
    const worker = new FakeWorker('answer');
    const analyzer = createAnalyzer(() => worker as unknown as Worker, { ...DEFAULT_LIMITS, warmRuns });
    await analyzer.analyze(input);
    await analyzer.analyze(input);
    expect(worker.posted.map((r) => r.warmRuns)).toEqual([asked, undefined]);
  });
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

describe('time limit and size limit', () => {
  const limits = { timeLimitMs: () => 30, mainThreadMaxChars: 100 };
  const big: DocumentInput = { source: 'text', paragraphs: [{ index: 0, text: '学'.repeat(60) }, { index: 1, text: '习'.repeat(60) }] };

  test('a worker past its time limit is terminated, the request rejected in Chinese, the next one gets a fresh worker', async () => {
    const workers: FakeWorker[] = [];
    const analyzer = createAnalyzer(() => {
      const w = new FakeWorker(workers.length ? 'answer' : 'hang');
      workers.push(w);
      return w as unknown as Worker;
    }, limits);
    const err = await analyzer.analyze(input).then(
      () => null,
      (e: Error) => e,
    );
    expect(err).toBeInstanceOf(AnalysisError);
    expect(err!.message).toMatch(/检查超过 \d+ 秒仍未完成，已停止/);
    expect(workers[0].terminated).toBe(true);
    const report = await analyzer.analyze(input);
    expect(report.templateId).toBe('from-worker');
    expect(workers).toHaveLength(2);
    analyzer.dispose();
  });

  test('several requests stuck in one worker all end with the message', async () => {
    const analyzer = createAnalyzer(() => new FakeWorker('hang') as unknown as Worker, limits);
    const results = await Promise.allSettled([analyzer.analyze(input), analyzer.analyze(input)]);
    for (const r of results) expect(r.status === 'rejected' && r.reason instanceof AnalysisError).toBe(true);
  });

  test('without a worker, a large document is refused instead of freezing Word', async () => {
    const err = await createAnalyzer(() => null, limits).analyze(big).catch((e: Error) => e);
    expect(err).toBeInstanceOf(AnalysisError);
    expect((err as Error).message).toContain('当前环境不能在后台检查');
  });

  test('a crashed worker does not hand a large document to the main thread', async () => {
    const worker = new FakeWorker('crash');
    const err = await createAnalyzer(() => worker as unknown as Worker, limits).analyze(big).catch((e: Error) => e);
    expect(err).toBeInstanceOf(AnalysisError);
    expect(worker.terminated).toBe(true);
  });

  test('the default time limit grows with the document and is never under 20 s', () => {
    expect(DEFAULT_LIMITS.timeLimitMs(0)).toBeGreaterThanOrEqual(20_000);
    expect(DEFAULT_LIMITS.timeLimitMs(5_000_000)).toBeGreaterThan(DEFAULT_LIMITS.timeLimitMs(50_000));
  });
});

test('Office dark themes are detected from the body background', () => {
  expect(themeFromOffice({ bodyBackgroundColor: '#1f1f1f' })).toBe('dark');
  expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
  expect(themeFromOffice({ bodyBackgroundColor: '#e6e6e6' })).toBe('light');
  expect(themeFromOffice(undefined)).toBe('light');
  expect(luminance('nonsense')).toBeNull();
});
