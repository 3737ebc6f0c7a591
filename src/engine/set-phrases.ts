/**
 * The wording every material of a meeting shares because the notice and the Party's fixed
 * formulations prescribe it, not because one writer copied another: the templates' aspect titles
 * (short, official and with the notice's tail), their theme words and vocabularies, the fixed
 * formulations (link/boilerplate.json, formulations.json's correct and standard forms,
 * standard-phrases.json's expansions and stock phrases of the notices) and the concept lexicon's forms
 * (link/lexicon.json). Text shared between materials (sentences.ts
 * sharedBetween) leaves these out whatever the size of the folder.
 */
import { allTemplates, type Template } from './template';
import boilerplateData from './link/boilerplate.json';
import formulationData from './formulations.json';
import lexiconData from './link/lexicon.json';
import standardData from './standard-phrases.json';

/** Every text a template prescribes: its name, title, theme words, and each aspect's titles and vocabulary. */
export function templateTexts(template: Template): string[] {
  const out = [template.name, ...(template.skeletonTitle ? [template.skeletonTitle] : []), ...(template.themeWords ?? [])];
  for (const a of template.aspects) out.push(a.short, a.title, a.long, ...a.vocabulary);
  return out;
}

let bundled: string[] | undefined;

/**
 * The set phrases of the bundled templates and lexicons (computed once), followed by those of
 * `extra` (a template read from a notice, say). Strings as written: callers cut what they compare.
 */
export function setPhrases(extra: readonly Template[] = []): string[] {
  if (!bundled) {
    const formulations = formulationData as { formulations: { right: string }[]; standard: string[] };
    const lexicon = lexiconData as { concepts: { forms: string[] }[] };
    bundled = [
      ...allTemplates().flatMap(templateTexts),
      ...(boilerplateData as { phrases: string[] }).phrases,
      // `right` may hold a replacement group ($1): only its literal text is a phrase.
      ...formulations.formulations.flatMap((f) => f.right.split(/\$\d/)),
      ...formulations.standard,
      ...(standardData as { phrases: string[] }).phrases,
      ...lexicon.concepts.flatMap((c) => c.forms),
    ];
  }
  return extra.length ? [...bundled, ...extra.flatMap(templateTexts)] : bundled;
}
