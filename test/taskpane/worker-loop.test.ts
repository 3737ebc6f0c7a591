import { createWorkerLoop } from '../../src/taskpane/workerLoop';
import type { AnalysisRequest, AnalysisResponse } from '../../src/taskpane/protocol';
import type { PaneReport } from '../../src/taskpane/report';

function request(id: number, text: string, warmRuns?: number): AnalysisRequest {
  return { id, input: { source: 'text', paragraphs: [{ index: 0, text }] }, ...(warmRuns !== undefined ? { warmRuns } : {}) };
}

/** A loop whose runs record their input and whose scheduled tasks wait in a queue until `tick`. */
function harness(fail?: (r: AnalysisRequest) => boolean) {
  const runs: string[] = [];
  const posted: AnalysisResponse[] = [];
  const tasks: Array<() => void> = [];
  let clock = 1000;
  const loop = createWorkerLoop({
    run: (r) => {
      runs.push(r.input.paragraphs[0].text);
      clock += 5;
      if (fail?.(r)) throw new Error('坏输入');
      return { templateId: 't', engineMs: 3 } as PaneReport;
    },
    post: (m) => posted.push(m),
    schedule: (t) => tasks.push(t),
    now: () => clock++,
  });
  const tick = (n = Infinity) => {
    for (let i = 0; i < n && tasks.length; i++) tasks.shift()!();
  };
  return { loop, runs, posted, tasks, tick };
}

test('a request is answered at once; the warm-up runs come after, one task each, and post nothing', () => {
  const h = harness();
  h.loop.onRequest(() => request(1, 'A', 3));
  expect(h.posted.map((m) => m.id)).toEqual([1]);
  expect(h.runs).toEqual(['A']);
  h.tick(1);
  expect(h.runs).toEqual(['A', 'A']);
  expect(h.tasks.length).toBe(1);
  h.tick();
  expect(h.runs).toEqual(['A', 'A', 'A', 'A']);
  expect(h.posted.length).toBe(1);
  expect(h.loop.warmRunsDone).toBe(3);
});

test('without warmRuns (or with 0) nothing runs after the answer', () => {
  for (const warm of [undefined, 0]) {
    const h = harness();
    h.loop.onRequest(() => request(1, 'A', warm));
    h.loop.onRequest(() => request(2, 'B'));
    h.tick();
    expect(h.runs).toEqual(['A', 'B']);
    expect(h.tasks.length).toBe(0);
  }
});

test('a request arriving during the warm-up is answered next, and the warm-up goes on with its input', () => {
  const h = harness();
  h.loop.onRequest(() => request(1, 'A', 4));
  h.tick(1); // one warm-up run on A
  h.loop.onRequest(() => request(2, 'B')); // the writer edited: warm with what they have now
  expect(h.posted.map((m) => m.id)).toEqual([1, 2]);
  h.tick();
  expect(h.runs).toEqual(['A', 'A', 'B', 'B', 'B', 'B']); // four warm-up runs in all
  // Only one task is ever queued at a time.
  expect(h.tasks.length).toBe(0);
});

test('a later request asking for warm-up tops the count up instead of adding a second chain', () => {
  const h = harness();
  h.loop.onRequest(() => request(1, 'A', 2));
  h.loop.onRequest(() => request(2, 'B', 3));
  expect(h.tasks.length).toBe(1);
  h.tick();
  expect(h.runs).toEqual(['A', 'B', 'B', 'B', 'B']);
});

test('a failing analysis is answered with its message and is not used to warm up', () => {
  const h = harness((r) => r.input.paragraphs[0].text === 'X');
  h.loop.onRequest(() => request(1, 'X', 3));
  expect(h.posted).toEqual([{ id: 1, ok: false, error: '坏输入' }]);
  h.tick();
  expect(h.runs).toEqual(['X']);
});

test('the answer carries where the worker spent its time, in order', () => {
  const h = harness();
  h.loop.onRequest(() => request(1, 'A', 1));
  const m = h.posted[0];
  if (!m.ok) throw new Error('expected a report');
  const t = m.timing!;
  expect(t.startedAt).toBeLessThan(t.copiedAt);
  expect(t.engineDoneAt).toBe(t.copiedAt + 3);
  expect(t.reportDoneAt).toBeGreaterThan(t.copiedAt);
  expect(t.warmRunsDone).toBe(0);
});
