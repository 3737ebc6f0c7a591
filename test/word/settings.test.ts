import { OfficeGateway } from '../../src/word/officeGateway';
import { MemoryGateway } from '../../src/preview/memoryGateway';
import { MemoryDocument } from '../../src/preview/memoryDocument';
import { FakeWordDocument } from './fakeWord';

describe('document settings (they travel with the document)', () => {
  it('Word: a value written is saved into the document and read back as a copy', async () => {
    const doc = new FakeWordDocument([{ text: '正文' }]);
    const gateway = new OfficeGateway(doc.host());
    expect(await gateway.readSetting('duizhao.x')).toBeUndefined();
    const value = { rules: ['numbering'], note: '已核实' };
    expect(await gateway.writeSetting('duizhao.x', value)).toEqual({ ok: true, value: undefined });
    value.rules.push('changed');
    expect(doc.settings.get('duizhao.x')).toEqual({ rules: ['numbering'], note: '已核实' });
    expect(await gateway.readSetting('duizhao.x')).toEqual({ rules: ['numbering'], note: '已核实' });
    await gateway.writeSetting('duizhao.x', undefined);
    expect(doc.settings.has('duizhao.x')).toBe(false);
  });

  it('Word: a save that fails is reported, not claimed', async () => {
    const doc = new FakeWordDocument([{ text: '正文' }], { protectedDoc: true });
    const result = await new OfficeGateway(doc.host()).writeSetting('duizhao.x', 1);
    expect(result.ok).toBe(false);
    expect(doc.settings.has('duizhao.x')).toBe(false);
  });

  it('preview: values are JSON copies kept with the document', async () => {
    const doc = new MemoryDocument('正文');
    const gateway = new MemoryGateway(doc);
    const value = { a: [1] };
    await gateway.writeSetting('duizhao.y', value);
    value.a.push(2);
    expect(await gateway.readSetting('duizhao.y')).toEqual({ a: [1] });
    await gateway.writeSetting('duizhao.y', undefined);
    expect(await gateway.readSetting('duizhao.y')).toBeUndefined();
  });
});
