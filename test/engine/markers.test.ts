import fc from 'fast-check';
import { analyze } from '../../src/engine';
import { textDoc } from '../support/docs';
import { LEADING, brokenPattern, chineseToNumber, findInlineMarkers, leadingSpace, matchBrokenMarker, matchLeadingMarker, normalizeWidth, numberToChinese } from '../../src/engine/markers';

describe('Chinese numerals', () => {
  test.each([
    ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['二十', 20], ['二十一', 21], ['九十九', 99],
  ])('%s = %d', (s, n) => {
    expect(chineseToNumber(s)).toBe(n);
    expect(numberToChinese(n)).toBe(s);
  });
  test.each(['', '零', '十十', '一一', '百', 'a'])('%p is not a numeral of that form', (s) => {
    expect(chineseToNumber(s)).toBeUndefined();
  });
});

describe('leading markers', () => {
  test.each([
    ['一、存在的主要问题', 'cn-dun', 1, '一、'],
    ['十二、其他', 'cn-dun', 12, '十二、'],
    ['三．整改措施', 'cn-dun', 3, '三．'],
    ['（一）在带头…方面', 'cn-paren', 1, '（一）'],
    ['(二)半角括号', 'cn-paren', 2, '(二)'],
    ['（ 三 ）有空格', 'cn-paren', 3, '（ 三 ）'],
    ['㈣括号字', 'cn-paren', 4, '㈣'],
    ['1.加强学习', 'arabic-dot', 1, '1.'],
    ['１．全角数字', 'arabic-dot', 1, '１．'],
    ['2、顿号', 'arabic-dot', 2, '2、'],
    ['（1）四级', 'arabic-paren', 1, '（1）'],
    ['（１２）全角', 'arabic-paren', 12, '（１２）'],
    ['①圈码', 'circled', 1, '①'],
    ['一是学习不深', 'cn-shi', 1, '一是'],
    ['第二，要加强', 'cn-di', 2, '第二，'],
    ['　　一、前有全角空格', 'cn-dun', 1, '一、'],
    // Measures that open with their deadline: a date after the dot, not a decimal.
    ['2.6月底前完成暗访全覆盖', 'arabic-dot', 2, '2.'],
    ['3.9月底前完成班线整合', 'arabic-dot', 3, '3.'],
    ['1.12月底前建成平台', 'arabic-dot', 1, '1.'],
    ['4.2026年3月底前完成', 'arabic-dot', 4, '4.'],
    ['２．６月底前全角', 'arabic-dot', 2, '２．'],
    ['3.3月底前召开', 'arabic-dot', 3, '3.'],
  ])('%s → %s %d', (text, kind, value, raw) => {
    const m = matchLeadingMarker(text);
    expect(m?.marker).toMatchObject({ kind, value, raw });
  });

  test.each(['2021年，全区', '1.5倍', '十分重要', '一个问题', '二〇二一年', '第一次', '（一', '理论学习', '2.6万元', '3.5%的增幅', '1.5个月', '2.13月', '1.0月', '3.202年'])('%s has no marker', (text) => {
    expect(matchLeadingMarker(text)).toBeUndefined();
  });
});

// Only the patterns that can start with the text's first character are tried: the same marker
// as trying every pattern in order, on text made of every kind's characters, full-width forms,
// spaces and what may follow a number.
test('leading markers by first character: the same match as trying every pattern in turn', () => {
  const everyPattern = (text: string) => {
    const lead = leadingSpace(text);
    const t = normalizeWidth(text.slice(lead, lead + 16));
    for (const p of LEADING) {
      const m = p.re.exec(t);
      const value = m && p.value(m);
      if (m && value) return { marker: { kind: p.kind, value, raw: text.slice(lead, lead + m[0].length) }, length: lead + m[0].length + leadingSpace(t, m[0].length) };
    }
    return undefined;
  };
  const chars = [...'（(）)一二三十是第、.,:：．0１２9①⑳㈠㈩ \u3000学'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 8 }), (xs) => {
      const text = xs.join('');
      expect(matchLeadingMarker(text)).toEqual(everyPattern(text));
    }),
    { numRuns: 3000 },
  );
});

describe('broken markers, only where that number is due', () => {
  test.each([
    ['三基层治理存在薄弱环节', 'cn-shi', 3, true],
    ['三个方面的问题', 'cn-shi', 3, false],
    ['三年来', 'cn-shi', 3, false],
    ['三是正常', 'cn-shi', 3, false],
    ['四基层', 'cn-shi', 3, false],
    ['2加强学习', 'arabic-dot', 2, true],
    ['2项任务', 'arabic-dot', 2, false],
    ['（二加强', 'cn-paren', 2, true],
    ['二）加强', 'cn-paren', 2, true],
    ['二 原因分析', 'cn-dun', 2, true],
  ])('%s (due %s %d) → %p', (text, kind, value, broken) => {
    const m = matchBrokenMarker(text, { kind: kind as 'cn-shi', value });
    expect(Boolean(m)).toBe(broken);
    if (m) expect(m.marker.broken).toBe(true);
  });
});

// A paragraph whose first character no broken pattern starts with is passed over before its
// start is cut and width-normalised: the same answer as running the pattern, for every kind and
// value, on text in both widths.
test('broken markers: the first-character test gives what the pattern gives', () => {
  const kinds = ['cn-shi', 'cn-dun', 'cn-paren', 'arabic-dot', 'arabic-paren', 'cn-di', 'circled'] as const;
  const chars = [...'（(）)一二三十是个、.0１2９学 \u3000'];
  fc.assert(
    fc.property(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 120 }), fc.array(fc.constantFrom(...chars), { maxLength: 8 }), (kind, value, xs) => {
      const text = xs.join('');
      const b = brokenPattern(kind, value);
      const lead = leadingSpace(text);
      const m = b?.re.exec(normalizeWidth(text.slice(lead, lead + 16)));
      const got = matchBrokenMarker(text, { kind, value });
      expect(got === undefined).toBe(!m);
      if (m && got) expect(got.length).toBe(lead + m[0].length);
    }),
    { numRuns: 5000 },
  );
});

describe('inline item markers', () => {
  test('after a sentence or clause end only', () => {
    const found = findInlineMarkers('（一）在…方面。一是学习不深；二是运用不够。统一是关键，三是没有。');
    expect(found.map((m) => m.marker.raw)).toEqual(['一是', '二是', '三是']);
  });
  test('（一） after a sentence end, not after other words', () => {
    const found = findInlineMarkers('（一）理想信念弱化。（二）宗旨意识淡化； (三)担当不足，见附件（四）');
    expect(found.map((m) => [m.marker.kind, m.marker.value, m.marker.raw])).toEqual([
      ['cn-paren', 2, '（二）'],
      ['cn-paren', 3, '(三)'],
    ]);
  });
  test('numbers: 1. but not decimals; a date after the dot is a number', () => {
    const run = findInlineMarkers('整改措施：1.每月学习2次。2.6月底前完成暗访。３．１２月底前建成平台。4.2026年3月底前完成，增长2.5倍。');
    expect(run.map((m) => [m.marker.kind, m.marker.value])).toEqual([
      ['arabic-dot', 1],
      ['arabic-dot', 2],
      ['arabic-dot', 3],
      ['arabic-dot', 4],
    ]);
    const found = findInlineMarkers('主要有：1.学习；2.增长1.5倍；(3)其他');
    expect(found.map((m) => [m.marker.kind, m.marker.value])).toEqual([
      ['arabic-dot', 1],
      ['arabic-dot', 2],
      ['arabic-paren', 3],
    ]);
  });
});

describe('white space and width, by hand instead of by regular expression', () => {
  const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const pieces = fc.constantFrom(...spaces, '\u200b', '\u180e', 'a', '一', '（', '１', '\uff01', '\uff5e', '\uff5f', '.');
  const texts = fc.array(pieces, { maxLength: 12 }).map((xs) => xs.join(''));

  test('leadingSpace counts what /^\\s*/ matches, from any offset', () => {
    fc.assert(
      fc.property(texts, fc.nat(12), (s, from) => {
        const at = Math.min(from, s.length);
        expect(leadingSpace(s, at)).toBe(/^\s*/.exec(s.slice(at))![0].length);
      }),
    );
  });

  test('normalizeWidth maps full-width ASCII and the ideographic space, keeps the length, and returns clean text as is', () => {
    expect(normalizeWidth('（１２）．')).toBe('(12).');
    expect(normalizeWidth('一、\u3000加强')).toBe('一、 加强');
    const clean = '一是加强理论学习';
    expect(normalizeWidth(clean)).toBe(clean);
    fc.assert(
      fc.property(texts, (s) => {
        const want = [...s].map((c) => {
          const code = c.charCodeAt(0);
          return code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : c;
        });
        expect(normalizeWidth(s)).toBe(want.join(''));
      }),
    );
  });
});

describe('circled numbers run into a paragraph are item markers (a trial\'s "方面：①…；②…" counted one problem)', () => {
  test.each([
    ['（一）政治信仰方面：①辨别能力不强；②理论学习浮于表面。', ['①', '②']],
    ['原因有三。①理想信念松懈。②宗旨意识淡化。③纪律意识不强。', ['①', '②', '③']],
    ['问题如下：\n①学习不深\n②作风不实', ['①', '②']],
  ])('%s', (text, raws) => {
    const found = findInlineMarkers(text).filter((m) => m.marker.kind === 'circled');
    expect(found.map((m) => m.marker.raw)).toEqual(raws);
    expect(found.map((m) => m.marker.value)).toEqual(raws.map((_, i) => i + 1));
  });
  test('a circled number inside a clause (no sentence or clause end before it) is not one', () => {
    expect(findInlineMarkers('按照附件①的要求执行，见表②。').filter((m) => m.marker.kind === 'circled')).toEqual([]);
  });
  test('in a material: each ① ② item is a problem of its aspect', () => {
    const a = analyze(textDoc(['2024年度组织生活会个人对照检查材料', '一、存在的问题', '（一）政治信仰方面：①对错误思潮辨别能力不强，比如转发未经核实的消息；②政治理论学习浮于表面。', '（二）党员意识方面：①亮身份意识不强；②参加支部活动积极性不高。', '二、原因分析', '①理想信念有所松懈。②宗旨意识淡化。③纪律意识不强。', '三、整改措施', '（一）每月学习2次。']));
    expect(a.outline.aspects.map((x) => x.problems.length)).toEqual([2, 2]);
    expect(a.outline.causes).toHaveLength(3);
  });
});
