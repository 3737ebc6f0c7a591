/**
 * Template files: parsed, checked against templates/template.schema.json with ajv, completed from
 * the standard parts. A bad file gets a Chinese message naming the field (messages.ts).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from './templates/template.schema.json';
import { messages } from './messages';
import { completeTemplate, type Template, type TemplateFile } from './template';

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator;
}

/** "/aspects/2/title" → "aspects[2].title" (the field as a writer of the file sees it). */
function fieldName(e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean);
  if (e.keyword === 'required') parts.push(String((e.params as { missingProperty: string }).missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String((e.params as { additionalProperty: string }).additionalProperty));
  return parts.reduce((s, p) => (/^\d+$/.test(p) ? `${s}[${p}]` : s ? `${s}.${p}` : p), '') || '（整个文件）';
}

function problemOf(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
      return messages.templateFieldMissing(fieldName(e));
    case 'additionalProperties':
      return messages.templateFieldUnknown(fieldName(e));
    case 'type':
      return messages.templateFieldType(fieldName(e), String((e.params as { type: string }).type));
    case 'enum':
      return messages.templateFieldEnum(fieldName(e), ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String));
    default:
      return messages.templateFieldInvalid(fieldName(e));
  }
}

export class TemplateError extends Error {}

/**
 * Check a parsed template file against template.schema.json and the rules a schema cannot state
 * (aspects numbered 1..n in order, heading patterns that compile). Returns the completed template.
 * Throws TemplateError with a Chinese message naming the first bad field.
 */
export function parseTemplate(data: unknown): Template {
  const v = validate();
  if (!v(data)) {
    const errors = v.errors ?? [];
    // The deepest error is the most specific; "required" before the rest.
    const first = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    throw new TemplateError(first ? problemOf(first) : messages.templateFieldInvalid('（整个文件）'));
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
  } catch (e) {
    throw new TemplateError(messages.templateNotJson(e instanceof Error ? e.message : String(e)));
  }
  return parseTemplate(data);
}

