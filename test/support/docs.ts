/** Building engine inputs in tests. */
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentInput, Paragraph } from '../../src/engine/types';
import { readText } from '../../src/engine/readers/text';

export function textDoc(lines: string[]): DocumentInput {
  return { paragraphs: readText(lines.join('\n'), 'text'), source: 'text' };
}

/** Paragraphs with Word facts: `{ text, headingLevel, listString, … }` (index filled in). */
export function wordDoc(ps: Omit<Paragraph, 'index'>[]): DocumentInput {
  return { paragraphs: ps.map((p, index) => ({ ...p, index })), source: 'word' };
}

/** A complete five-aspect material with one line per item; pieces can be replaced. */
export function completeLines(): string[] {
  return [
    '一、存在的主要问题',
    '（一）带头深刻感悟“两个确立”的决定性意义方面',
    '一是理论学习不深。比如，读原著少。',
    '二是政治判断力不强。',
    '（二）带头牢记我们党是什么、要干什么这个根本问题方面',
    '一是落实决策部署不到位。',
    '（三）带头践行以人民为中心的发展思想方面',
    '一是宗旨意识淡化，联系群众不够。',
    '（四）带头学习运用党在不同历史时期成功应对风险挑战的丰富经验方面',
    '一是斗争精神不足，防范化解风险能力不强。',
    '（五）带头深刻汲取党史中正反两方面经验方面',
    '一是落实一岗双责不到位。',
    '二、原因分析',
    '（一）理想信念有所松懈。',
    '（二）宗旨意识淡化。',
    '三、整改措施',
    '（一）强化理论武装。每月学习2次。',
    '（二）践行为民宗旨。年底前走访20户。',
  ];
}

/**
 * Every line of the project's own .txt and .md materials (samples/ and test/fixtures/, walked in
 * directory order): the corpus scan rewrites are checked against their reference versions on.
 */
export function projectTextLines(): string[] {
  const root = path.resolve(__dirname, '../..');
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(e.name)) lines.push(...fs.readFileSync(p, 'utf8').split('\n'));
    }
  };
  walk(path.join(root, 'samples'));
  walk(path.join(root, 'test/fixtures'));
  return lines;
}
