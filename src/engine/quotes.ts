/**
 * Text set inside a message's “…”. A quotation inside a quotation takes single marks (GB/T
 * 15834-2011 标点符号用法, 4.1.3.3): without this a message read 规范表述应为““国之大者””, or
 * 问题““一岗双责”落实有温差”. Pure, no imports.
 */

/** Double quotation marks made single, for text set inside “…”: “x” → ‘x’, "x" → ‘x’ (ASCII by turns). */
export function nestedQuotes(t: string): string {
  if (t.indexOf('“') < 0 && t.indexOf('”') < 0 && t.indexOf('"') < 0) return t;
  let open = true;
  return t.replace(/[“”"]/g, (c) => {
    if (c === '“') return '‘';
    if (c === '”') return '’';
    const q = open ? '‘' : '’';
    open = !open;
    return q;
  });
}

/**
 * `t` ready to be set inside “…”: a text quoted as a whole (“国之大者”) loses its own marks, which
 * the message's marks replace; other marks inside become single (nestedQuotes).
 */
export function insideQuotes(t: string): string {
  const whole = t.length > 1 && (t[0] === '“' || t[0] === '"') ? /^[“"]([^“”"]*)[”"]$/.exec(t) : null;
  return whole ? whole[1] : nestedQuotes(t);
}
