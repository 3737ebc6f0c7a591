/**
 * Issue 13 (peak memory on floods of short lines): the tree builder keeps each paragraph's lead as
 * a two-byte number among the document's distinct leads, and in an array once there are more than
 * sharing keeps (outline.ts, Leads). What could break: a lead read wrongly once the leads move to
 * an array half way through a document (more distinct leads than MAX_SHARED), a blank paragraph
 * read with a lead, or a paragraph read with another's.
 */
import { buildStructure, finishOutline } from '../../src/engine/outline';
import { getTemplate, NEWEST_TEMPLATE_ID } from '../../src/engine/template';
import type { DocumentInput } from '../../src/engine/types';
import { textDoc, wordDoc } from '../support/docs';

describe('each paragraph’s lead, in two bytes or in an array past MAX_SHARED distinct ones', () => {
  const template = getTemplate(NEWEST_TEMPLATE_ID)!;
  const outline = (input: DocumentInput, share: boolean) => JSON.stringify(finishOutline(buildStructure(input, template, { share }), template));

  // Numbered lines, each number at each of 61 indents (a lead each, as their markers start at
  // different offsets: more distinct leads than sharing keeps), with blank lines, plain lines and
  // items among them, so the leads move to an array half way. Word paragraphs: the text reader
  // would trim the indents.
  const N = 6000;
  const numberAt = (i: number) => ({ value: (i % 99) + 1, indent: Math.floor(i / 99) });
  const paragraphs: string[] = [];
  for (let i = 0; i < N; i++) {
    const { value, indent } = numberAt(i);
    paragraphs.push(`${' '.repeat(indent)}${value}.学习不够`);
    if (i % 7 === 0) paragraphs.push('');
    if (i % 11 === 0) paragraphs.push('一是学得不深');
    if (i % 13 === 0) paragraphs.push('比如读原著少');
  }
  const input = wordDoc(paragraphs.map((text) => ({ text })));

  test('every numbered line is a node with its number and offset, its items under it, its text its own', () => {
    const numbered = buildStructure(input, template).root.children;
    const plainAfter = new Map<number, number>();
    for (let k = input.paragraphs.length - 1, next = -1; k >= 0; k--) {
      plainAfter.set(k, next);
      if (input.paragraphs[k].text === '比如读原著少') next = k;
    }
    expect(numbered.map((n) => [n.marker?.value, n.offset])).toEqual(Array.from({ length: N }, (_, i) => [numberAt(i).value, numberAt(i).indent]));
    numbered.forEach((n, i) => {
      expect(n.heading).toBe(`${numberAt(i).value}.学习不够`);
      expect(n.children.map((c) => c.heading)).toEqual(i % 11 === 0 ? ['一是学得不深'] : []);
      // A plain line is its section's (or its item's) text; a blank line is nobody's.
      const plain = i % 13 === 0 ? [plainAfter.get(n.paragraph)] : [];
      expect(i % 11 === 0 ? n.children[0].textParagraphs : n.textParagraphs).toEqual(plain);
    });
  });

  test('the same outline with and without sharing (both move to an array, at different paragraphs)', () => {
    expect(outline(input, true)).toBe(outline(input, false));
  });

  test('a document of few distinct leads (two bytes a paragraph) reads as without sharing', () => {
    const flood = textDoc(Array.from({ length: 9000 }, (_, i) => (i % 5 === 4 ? '' : `${(i % 40) + 1}.学习不够`)));
    expect(outline(flood, true)).toBe(outline(flood, false));
    expect(buildStructure(flood, template).root.children.length).toBe(7200);
  });
});
