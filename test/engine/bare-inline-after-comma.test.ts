/**
 * An item number typed without 是 after a comma inside an inline 一是…二是… run ("二是提高本领，三 强化…")
 * is item 三 (the numbering rule offers 三 → 三是). A newcomer trial (t27 #5) found it read as part of
 * item 二 ("提高本领，三强化宗旨意识") and 四是 flagged as "should be 三是". markers.ts BARE_INLINE.
 */
import { analyze } from '../../src/engine';
import { textDoc, completeLines } from '../support/docs';

function withMeasures(line: string) {
  const lines = completeLines();
  const at = lines.indexOf('三、整改措施');
  return analyze(textDoc([...lines.slice(0, at + 1), line]));
}

test.each([
  ['a space', '一是加强学习，二是提高本领，三 强化宗旨意识，四是加强廉洁自律。', '三 '],
  ['、', '一是加强学习，二是提高本领，三、强化宗旨意识，四是加强廉洁自律。', '三、'],
  ['，', '一是加强学习，二是提高本领，三，强化宗旨意识，四是加强廉洁自律。', '三，'],
  ['an ideographic space, last item', '一是加强学习，二是提高本领，三\u3000强化宗旨意识。', '三\u3000'],
])('三 after a comma with %s is item 三', (_name, line, raw) => {
  const a = withMeasures(line);
  expect(a.outline.measures.map((m) => m.body.replace(/[，。]$/, ''))).toContain(`${raw}强化宗旨意识`);
  const numbering = a.findings.filter((f) => f.rule === 'numbering');
  expect(numbering.map((f) => f.fix?.edits[0]?.text)).toEqual(['三是']);
  expect(numbering[0].fix?.edits[0]?.expect).toBe(raw);
});

test.each([
  ['三会一课', '一是加强学习，二是严格落实，三会一课制度每月执行。'],
  ['三个方面', '一是加强学习，二是提高本领，三个方面同步推进。'],
  ['三、四季度', '一是加强学习，二是提高本领，三、四季度各开展1次。'],
])('%s after a comma is no item', (_name, line) => {
  const a = withMeasures(line);
  expect(a.outline.measures).toHaveLength(2);
  expect(a.findings.filter((f) => f.rule === 'numbering')).toEqual([]);
});
