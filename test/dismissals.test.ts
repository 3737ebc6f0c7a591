/**
 * Dismissals: identified by rule + paragraph text hash + span, so a changed paragraph brings the
 * finding back; stored in the document (the preview's settings survive save/reopen) and read by
 * the CLI from a .docx's web-extension part.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../src/engine';
import { applyDismissals, dismissFinding, dismissRule, DISMISSALS_KEY, NO_DISMISSALS, parseDismissals, restore } from '../src/engine/dismissals';
import { readDocxSettings } from '../src/engine/readers/docx-settings';
import { MemoryDocument } from '../src/preview/memoryDocument';
import { MemoryGateway } from '../src/preview/memoryGateway';
import { main } from '../src/cli/main';
import { loadFile, loadMaterial, loadSettings, mentionsWebExtension } from '../src/cli/load';
import { limitsFor } from '../src/cli/limits';
import type { CheckJson } from '../src/engine/json';
import { completeLines, textDoc } from './support/docs';
import { makeDocx } from './support/docx-writer';

function material(): string[] {
  const lines = completeLines();
  lines[3] = '二是对以习近平总书记为核心的党中央决策部署理解不深。';
  lines[5] = '一是落实一岗两责不到位，对一岗两责理解不深。';
  return lines;
}

describe('which findings a dismissal hides', () => {
  const input = textDoc(material());
  const findings = analyze(input).findings;
  const formulations = findings.filter((f) => f.rule === 'formulation');

  test('one finding: only it, and it comes back when its paragraph changes', () => {
    const f = formulations[0];
    const d = dismissFinding(NO_DISMISSALS, f, input.paragraphs, '引用原文，保持原样');
    const split = applyDismissals(findings, input.paragraphs, d);
    expect(split.dismissed).toEqual([{ finding: f, by: 'finding', reason: '引用原文，保持原样' }]);
    expect(split.active).toHaveLength(findings.length - 1);

    const edited = textDoc(material().map((l, i) => (i === f.paragraph ? l + '还要加强。' : l)));
    const again = analyze(edited).findings;
    expect(applyDismissals(again, edited.paragraphs, d).dismissed).toHaveLength(0);
  });

  test('two findings in one paragraph with different words are told apart by their span', () => {
    const inOne = formulations.filter((f) => f.paragraph === 5);
    expect(inOne).toHaveLength(2);
    const d = dismissFinding(NO_DISMISSALS, inOne[0], input.paragraphs);
    // Same words twice in one paragraph: one dismissal covers both (same rule, text, span).
    expect(applyDismissals(inOne, input.paragraphs, d).dismissed).toHaveLength(2);
    const other = findings.filter((f) => f.rule === 'no-example' && f.paragraph === 5);
    expect(applyDismissals(other, input.paragraphs, d).dismissed).toHaveLength(0);
  });

  test('a rule for the whole document, and restoring', () => {
    let d = dismissRule(NO_DISMISSALS, 'no-example', '本单位材料不要求举例');
    const split = applyDismissals(findings, input.paragraphs, d);
    expect(split.active.some((f) => f.rule === 'no-example')).toBe(false);
    expect(split.dismissed.every((x) => x.by === 'rule' && x.reason === '本单位材料不要求举例')).toBe(true);
    d = restore(d, { rule: 'no-example' });
    expect(applyDismissals(findings, input.paragraphs, d).dismissed).toHaveLength(0);
    const one = dismissFinding(NO_DISMISSALS, formulations[0], input.paragraphs);
    expect(restore(one, { finding: formulations[0], paragraphs: input.paragraphs }).findings).toHaveLength(0);
  });

  test.each([undefined, null, 3, 'not json', '{"findings": 5}', { findings: [{ rule: 1 }], rules: [{}] }])('a malformed store %p counts as none', (v) => {
    expect(parseDismissals(v)).toEqual(NO_DISMISSALS);
  });
});

test('dismissals stored through the preview gateway survive save and reopen', async () => {
  const doc = new MemoryDocument(material().join('\n'));
  const g = new MemoryGateway(doc);
  const paragraphs = await g.read();
  const f = analyze({ paragraphs, source: 'word' }).findings.find((x) => x.rule === 'formulation')!;
  await g.writeSetting(DISMISSALS_KEY, dismissFinding(NO_DISMISSALS, f, paragraphs, '理由'));
  const reopened = new MemoryGateway(MemoryDocument.open(doc.save()));
  const stored = parseDismissals(await reopened.readSetting(DISMISSALS_KEY));
  const again = await reopened.read();
  const split = applyDismissals(analyze({ paragraphs: again, source: 'word' }).findings, again, stored);
  expect(split.dismissed.map((x) => x.finding.message)).toEqual([f.message]);
});

describe('the CLI reads them from a .docx', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duizhao-dismiss-'));
  const lines = material();
  const input = textDoc(lines);
  const findings = analyze(input).findings;
  const f = findings.find((x) => x.rule === 'formulation')!;
  let d = dismissFinding(NO_DISMISSALS, f, input.paragraphs, '原文如此 & <引用>');
  d = dismissRule(d, 'no-example');

  async function write(name: string, settings?: Record<string, unknown>): Promise<string> {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, await makeDocx({ body: lines.map((text) => ({ text })), ...(settings ? { addinSettings: settings } : {}) }));
    return file;
  }
  async function run(...args: string[]) {
    const out: string[] = [];
    const code = await main(args, (s) => out.push(s), () => undefined);
    return { code, out: out.join('\n') };
  }

  test('the web-extension part is read back exactly (JSON in an XML attribute)', async () => {
    const file = await write('settings.docx', { [DISMISSALS_KEY]: d, 'Office.AutoShowTaskpaneWithDocument': true });
    const settings = await readDocxSettings(fs.readFileSync(file));
    expect(settings[DISMISSALS_KEY]).toEqual(d);
    expect(settings['Office.AutoShowTaskpaneWithDocument']).toBe(true);
  });

  test('--json: dismissed findings apart, with how and why', async () => {
    const file = await write('dismissed.docx', { [DISMISSALS_KEY]: d });
    const json = JSON.parse((await run(file, '--json')).out) as CheckJson;
    expect(json.findings.some((x) => x.message === f.message)).toBe(false);
    expect(json.findings.some((x) => x.rule === 'no-example')).toBe(false);
    expect(json.dismissed).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'formulation', by: 'finding', reason: '原文如此 & <引用>' })]));
    expect(json.dismissed!.filter((x) => x.by === 'rule').every((x) => x.rule === 'no-example')).toBe(true);
  });

  test('the readable report lists them in their own section', async () => {
    const file = await write('dismissed2.docx', { [DISMISSALS_KEY]: d });
    const r = await run(file);
    const [shown, apart] = r.out.split(/已忽略（文档中标记，共 \d+ 项）：/);
    expect(apart).toContain('理由：原文如此 & <引用>');
    expect(shown).not.toContain(f.message);
  });

  test('dismissed findings are counted nowhere: summary, report counts, exit code, the folder summary', async () => {
    // A material with an error (a missing aspect) and warnings; the error and a rule are dismissed.
    const missing = [...lines.slice(0, 8), ...lines.slice(10)];
    const doc = textDoc(missing);
    const all = analyze(doc).findings;
    const error = all.find((x) => x.severity === 'error')!;
    expect(error).toBeDefined();
    let store = dismissFinding(NO_DISMISSALS, error, doc.paragraphs);
    store = dismissRule(store, 'no-example');
    const file = path.join(tmp, 'counted.docx');
    fs.writeFileSync(file, await makeDocx({ body: missing.map((text) => ({ text })), addinSettings: { [DISMISSALS_KEY]: store } }));
    const plain = path.join(tmp, 'counted-plain.docx');
    fs.writeFileSync(plain, await makeDocx({ body: missing.map((text) => ({ text })) }));

    const before = JSON.parse((await run(plain, '--json')).out) as CheckJson;
    const r = await run(file, '--json');
    const json = JSON.parse(r.out) as CheckJson;
    const gone = json.dismissed!;
    expect(gone.length).toBeGreaterThan(1);
    const by = (sev: string) => gone.filter((x) => x.severity === sev).length;
    for (const sev of ['error', 'warning', 'info'] as const) {
      expect(json.summary[sev]).toBe(before.summary[sev] - by(sev));
      expect(json.summary[sev]).toBe(json.findings.filter((x) => x.severity === sev).length);
    }
    // No error left: exit 0 (the same file without dismissals exits 1).
    expect(r.code).toBe(0);
    expect((await run(plain, '--json')).code).toBe(1);
    const text = (await run(file)).out;
    expect(text).toContain(`发现：错误 0 个，警告 ${json.summary.warning} 个，提示 ${json.summary.info} 个`);
    const folder = (await run(file, plain)).out;
    expect(folder).toMatch(new RegExp(`counted\\.docx　错误 0，警告 ${json.summary.warning}，提示 ${json.summary.info}`));
  });

  test('one read gives the same text and settings as reading twice', async () => {
    const withSettings = await write('once.docx', { [DISMISSALS_KEY]: d });
    const plain = await write('once-plain.docx');
    for (const file of [withSettings, plain]) {
      const once = await loadMaterial(file, limitsFor());
      expect(once.input).toEqual(await loadFile(file));
      expect(once.settings).toEqual(await loadSettings(file));
    }
    expect((await loadMaterial(withSettings, limitsFor())).settings[DISMISSALS_KEY]).toEqual(d);
  });

  test.each([
    ['word/webextensions/webextension1.xml', true],
    ['Word/WebExtensions/WebExtension1.xml', true],
    ['WORD/WEBEXTENSIONS/WEBEXTENSION2.XML', true],
    ['word/webextensio', false],
    ['word/web-extension1.xml', false],
    ['', false],
  ])('the settings part is looked for by its name in any case: %s', (name, found) => {
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from(`xx${name}yy`, 'latin1')]);
    expect(mentionsWebExtension(bytes)).toBe(found);
  });

  test('a .docx without settings, or with a broken value, is checked as before', async () => {
    const plain = await write('plain.docx');
    const broken = await write('broken.docx', { [DISMISSALS_KEY]: 'not a store' });
    for (const file of [plain, broken]) {
      const json = JSON.parse((await run(file, '--json')).out) as CheckJson;
      expect(json.dismissed).toEqual([]);
      expect(json.findings.some((x) => x.message === f.message)).toBe(true);
    }
  });
});
