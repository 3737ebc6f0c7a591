/**
 * Sample documents of the preview. The texts are put in at build time by webpack
 * (DefinePlugin `__PREVIEW_SAMPLES__`: the seed materials and samples/sample.txt).
 */
export interface Sample {
  id: string;
  name: string;
  text: string;
}

declare const __PREVIEW_SAMPLES__: Sample[] | undefined;

export const LONG_SAMPLE_ID = 'long';
export const BLANK_SAMPLE_ID = 'blank';
export const LONG_PARAGRAPHS = 1000;

export function builtInSamples(): Sample[] {
  return typeof __PREVIEW_SAMPLES__ !== 'undefined' && Array.isArray(__PREVIEW_SAMPLES__) ? __PREVIEW_SAMPLES__ : [];
}

/** A document of at least `count` paragraphs: the given texts repeated, for load testing. */
export function repeatToParagraphs(texts: string[], count = LONG_PARAGRAPHS): string {
  const lines = texts.flatMap((t) => t.split(/\r\n|\n|\r/)).filter((l) => l.trim() !== '');
  if (lines.length === 0) return '';
  const out: string[] = [];
  while (out.length < count) out.push(...lines);
  return out.slice(0, count).join('\n');
}

export function allSamples(): Sample[] {
  const own = builtInSamples();
  const list: Sample[] = [...own];
  if (own.length > 0) {
    list.push({
      id: LONG_SAMPLE_ID,
      name: `长文档（${LONG_PARAGRAPHS} 段，样例重复）`,
      text: repeatToParagraphs(own.map((s) => s.text)),
    });
  }
  list.push({ id: BLANK_SAMPLE_ID, name: '空白文档', text: '' });
  return list;
}
