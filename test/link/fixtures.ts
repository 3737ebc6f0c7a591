/** Hand-made outlines for the link tests: problems by aspect, causes and measures as plain strings. */
import type { AspectNode, Outline, OutlineNode, PartNode, PartRole } from '../../src/engine/types';

let paragraph = 0;

export function node(text: string, heading?: string): OutlineNode {
  const head = heading ?? (/^[^。：]*[。：]/.exec(text)?.[0] ?? text);
  return { paragraph: paragraph++, offset: 0, heading: head, body: text, inline: false, styled: false, depth: 2, children: [], textParagraphs: [] };
}

export interface Spec {
  aspects: { aspect: number | null; heading?: string; problems: string[] }[];
  causes?: string[];
  measures?: string[];
}

/** An outline with the given aspects, causes and measures; paragraphs numbered in order. */
export function outline(spec: Spec): Outline {
  paragraph = 0;
  const part = (role: PartRole, heading: string, children: OutlineNode[]): PartNode => ({
    role,
    node: { ...node(heading, heading), depth: 1, children, body: [heading, ...children.map((c) => c.body)].join('\n') },
  });
  const aspects: AspectNode[] = spec.aspects.map((a, i) => {
    const n = node(a.heading ?? `（${'一二三四五六七八九'[i]}）第${i + 1}个方面`, a.heading);
    const problems = a.problems.map((p) => node(p));
    n.children = problems;
    n.body = [n.heading, ...problems.map((p) => p.body)].join('\n');
    return { aspect: a.aspect, node: n, problems, scores: [] };
  });
  const causes = (spec.causes ?? []).map((c) => node(c));
  const measures = (spec.measures ?? []).map((m) => node(m));
  const parts: PartNode[] = [
    part('problems', '一、存在的主要问题', aspects.map((a) => a.node)),
    ...(spec.causes ? [part('causes', '二、原因分析', causes)] : []),
    ...(spec.measures ? [part('measures', '三、整改措施', measures)] : []),
  ];
  const root: OutlineNode = { ...node(''), depth: 0, children: parts.map((p) => p.node) };
  return { parts, aspects, causes, measures, root };
}
