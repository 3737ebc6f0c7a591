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
  file.parts.forEach((p, i) =>
    (p.patterns ?? []).forEach((src, j) => {
      try {
        new RegExp(src);
      } catch {
        throw new TemplateError(messages.templateFieldInvalid(`parts[${i}].patterns[${j}]`));
      }
    }),
  );
  return completeTemplate(file);
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

