import * as fs from 'fs';
import { analyze, readText } from '../src/engine';
import type { OutlineNode } from '../src/engine/types';
const file = process.argv[2];
const a = analyze({ paragraphs: readText(fs.readFileSync(file, 'utf8'), 'markdown'), source: 'text' });
const o = a.outline;
console.log('TITLE', o.title);
const show = (n: OutlineNode, ind: string) => {
  console.log(`${ind}[${n.paragraph}${n.inline ? '+' + n.offset : ''}] ${n.marker ? n.marker.kind + (n.marker.broken ? '!' : '') + ':' + n.marker.value : '-'} ${n.heading.slice(0, 40)}`);
  for (const c of n.children) show(c, ind + '  ');
};
show(o.root, '');
for (const p of o.parts) console.log('PART', p.role, p.node.paragraph, p.node.heading);
for (const x of o.aspects) console.log('ASPECT', x.aspect, x.node.paragraph, x.problems.length, x.scores.map((s) => s.toFixed(2)).join(' '), x.node.heading.slice(0, 30));
console.log('CAUSES', o.causes.length, 'MEASURES', o.measures.length);
for (const f of a.findings) console.log('F', f.rule, f.severity, f.paragraph, f.message);
