/**
 * Templates are data (templates/*.json): the parts a material has and the year's aspects, with
 * the wording and vocabulary that identify each. This file only types and loads them.
 */
import type { PartRole } from './types';
import fiveAspects2021 from './templates/five-aspects-2021.json';

export interface TemplatePart {
  role: PartRole;
  /** The standard heading, used in reports and when inserting a skeleton. */
  label: string;
  /** A material without this part gets `missing-part`. */
  required: boolean;
  /** Regular expressions (source text) that recognise the headings writers use for this part. */
  patterns: string[];
}

export interface TemplateAspect {
  number: number;
  /** A few words, for narrow UI. */
  short: string;
  /** The official short title. */
  title: string;
  /** The official title with the notice's tail. */
  long: string;
  /** Terms that identify the aspect in headings and in item text. */
  vocabulary: string[];
}

export interface Template {
  id: string;
  name: string;
  parts: TemplatePart[];
  aspects: TemplateAspect[];
}

const templates: Record<string, Template> = {
  [fiveAspects2021.id]: fiveAspects2021 as Template,
};

export const DEFAULT_TEMPLATE_ID = fiveAspects2021.id;

export function getTemplate(id: string = DEFAULT_TEMPLATE_ID): Template | undefined {
  return templates[id];
}

export function templateIds(): string[] {
  return Object.keys(templates);
}
