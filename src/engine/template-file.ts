/**
 * Template files: parsed, checked against templates/template.schema.json with
 * @cfworker/json-schema (an interpreting validator: no code generation, so it runs under the task
 * pane's Content-Security-Policy, which forbids eval), completed from the standard parts. A bad
 * file gets a Chinese message naming the field (messages.ts).
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from './templates/template.schema.json';
import { messages } from './messages';
import { completeTemplate, type Template, type TemplateFile } from './template';

let validator: Validator | undefined;

function validate(): Validator {
  validator ??= new Validator(schema as object, '7', false);
  return validator;
}

/** The value a JSON pointer ("#/aspects/1") names in `root`, or undefined. */
function at(root: unknown, pointer: string): unknown {
  let v = root;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** "#/aspects/2/title" → "aspects[2].title" (the field as a writer of the file sees it). */
function fieldName(pointer: string, extra?: string): string {
  const parts = pointer.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (extra !== undefined) parts.push(extra);
  return parts.reduce((s, p) => (/^\d+$/.test(p) ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '（整个文件）';
}

/** One Chinese line for a validator error, from the schema and the data (not the library's English text). */
function problemOf(e: OutputUnit, data: unknown): string {
  const rule = at(schema, e.keywordLocation);
  const value = at(data, e.instanceLocation);
  switch (e.keyword) {
    case 'required': {
      const have = value && typeof value === 'object' ? Object.keys(value) : [];
      const missing = (Array.isArray(rule) ? (rule as string[]) : []).find((k) => !have.includes(k));
      return messages.templateFieldMissing(fieldName(e.instanceLocation, missing));
    }
    case 'false':
      // additionalProperties: false reports each extra property as a false schema at its location.
      return messages.templateFieldUnknown(fieldName(e.instanceLocation));
    case 'type':
      return messages.templateFieldType(fieldName(e.instanceLocation), String(rule));
    case 'enum':
      return messages.templateFieldEnum(fieldName(e.instanceLocation), (Array.isArray(rule) ? rule : []).map(String));
    default:
      return messages.templateFieldInvalid(fieldName(e.instanceLocation));
  }
}

/** Errors that only say a child failed ("properties", "items", "additionalProperties"): the child's own error is more specific. */
const WRAPPERS = new Set(['properties', 'items', 'additionalProperties', 'allOf', 'anyOf', 'oneOf', '$ref']);

export class TemplateError extends Error {}

/**
 * Check a parsed template file against template.schema.json and the rules a schema cannot state
 * (aspects numbered 1..n in order, heading patterns that compile). Returns the completed template.
 * Throws TemplateError with a Chinese message naming the first bad field.
 */
export function parseTemplate(data: unknown): Template {
  const result = validate().validate(data);
  if (!result.valid) {
    const errors = result.errors.filter((e) => !WRAPPERS.has(e.keyword));
    // The deepest error is the most specific.
    const first = [...(errors.length ? errors : result.errors)].sort((a, b) => b.instanceLocation.length - a.instanceLocation.length)[0];
    throw new TemplateError(first ? problemOf(first, data) : messages.templateFieldInvalid('（整个文件）'));
  }
  const file = data as TemplateFile;
  file.aspects.forEach((a, i) => {
    if (a.number !== i + 1) throw new TemplateError(messages.templateAspectNumber(`aspects[${i}].number`, i + 1, a.number));
  });
  file.parts.forEach((p, i) => {
    (p.patterns ?? []).forEach((src, j) => checkPattern(src, `parts[${i}].patterns[${j}]`));
    (p.subparts ?? []).forEach((sp, k) => (sp.patterns ?? []).forEach((src, j) => checkPattern(src, `parts[${i}].subparts[${k}].patterns[${j}]`)));
  });
  return completeTemplate(file);
}

/** Longest heading pattern a template file may give, in UTF-16 code units. */
const MAX_PATTERN = 300;

/**
 * A heading pattern from a template file must compile and must not be able to backtrack
 * exponentially on a heading (patterns run on headings of up to 40 characters, in the pane and in
 * the CLI): no back-references, and no unbounded repetition (*, +, {n,}) of a group that itself
 * repeats or alternates ("(a+)+", "(a|aa)*"). Bounded repetition such as ".{0,14}" is allowed.
 * Throws TemplateError naming the field.
 */
export function checkPattern(src: string, field: string): void {
  if (src.length > MAX_PATTERN) throw new TemplateError(messages.templatePatternUnsafe(field, MAX_PATTERN));
  try {
    new RegExp(src);
  } catch {
    throw new TemplateError(messages.templateFieldInvalid(field));
  }
  if (riskyPattern(src)) throw new TemplateError(messages.templatePatternUnsafe(field, MAX_PATTERN));
}

/** A back-reference, or an unbounded quantifier right after a group that repeats or alternates inside. */
function riskyPattern(src: string): boolean {
  // Per open group: does it contain a quantifier or an alternation?
  const open: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      if (!inClass && /[1-9k]/.test(src[i + 1] ?? '')) return true;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') open.push(false);
    else if (c === ')') {
      const inner = open.pop() ?? false;
      const next = src[i + 1] ?? '';
      const unbounded = next === '*' || next === '+' || (next === '{' && /^\{\d+,\}/.test(src.slice(i + 1)));
      if (inner && unbounded) return true;
      // A group that repeats makes its enclosing group repeat too.
      if (open.length && (inner || /[*+?{]/.test(next))) open[open.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '?' || c === '{' || c === '|') && open.length) open[open.length - 1] = true;
  }
  return false;
}

/** Parse a template file's text (JSON). Throws TemplateError with a Chinese message. */
export function parseTemplateText(text: string): Template {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new TemplateError(messages.templateNotJson());
  }
  return parseTemplate(data);
}

