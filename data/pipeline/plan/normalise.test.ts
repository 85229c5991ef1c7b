import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compact, normaliseName, NORMALISATION_RULES } from './normalise.ts';

describe('normaliseName', () => {
  it('merges the two printed spellings of the 荻外荘 park', () => {
    const a = normaliseName('(仮称) 荻外荘公園の整備');
    const b = normaliseName('(仮称)荻外荘公園の整備');
    expect(a.name).toBe('(仮称)荻外荘公園の整備');
    expect(b.name).toBe(a.name);
    expect(a.rules).toEqual(['bracket-space']);
    expect(b.rules).toEqual([]);
  });

  it('trims ASCII, no-break and ideographic spaces at the ends', () => {
    expect(normaliseName(' \u00a0耐震化の促進\u3000').name).toBe('耐震化の促進');
    expect(normaliseName(' 耐震化の促進').rules).toEqual(['trim']);
  });

  it('removes spaces inside and after brackets of every kind, keeps their width', () => {
    expect(normaliseName('農福連携農園（ 愛称：すぎのご農園 ） の運営').name).toBe('農福連携農園（愛称：すぎのご農園）の運営');
    expect(normaliseName('< 防災・防犯 >').name).toBe('<防災・防犯>');
    expect(normaliseName('「 すぎなみ地域コム 」 の運営').name).toBe('「すぎなみ地域コム」の運営');
  });

  it('collapses other runs of whitespace to one ASCII space', () => {
    const n = normaliseName('中央線\u3000\u3000あるある  プロジェクト');
    expect(n.name).toBe('中央線 あるある プロジェクト');
    expect(n.rules).toEqual(['collapse-space']);
  });

  it('leaves names without stray spaces unchanged', () => {
    for (const s of ['みどりを守る', 'ICT活用による災害情報の収集・発信', 'eLTAXを活用した行政サービスの向上']) {
      expect(normaliseName(s)).toEqual({ printed: s, name: s, rules: [] });
    }
  });

  it('rejects a name that is only whitespace', () => {
    expect(() => normaliseName(' \u3000 ')).toThrow(/empty after normalisation/);
  });

  it('is idempotent and only ever removes or unifies whitespace', () => {
    const text = fc.string({
      unit: fc.constantFrom('み', 'ど', 'り', '(', ')', '（', '）', ' ', '\u3000', '\u00a0', 'A', '・'),
      minLength: 1,
    });
    fc.assert(
      fc.property(text, (s) => {
        if (compact(s) === '') return;
        const once = normaliseName(s).name;
        expect(normaliseName(once).name).toBe(once);
        expect(compact(once)).toBe(compact(s));
      }),
    );
  });

  it('documents every rule', () => {
    for (const r of NORMALISATION_RULES) expect(r.description.length).toBeGreaterThan(10);
  });
});
