import { describe, expect, it } from 'vitest';
import { decodeRing, encodeBoundaries, joinedTowns, neighbourhoodRows } from './neighbourhoods.ts';
import { loadChome2022, loadSuginami2022, loadTownBoundaries } from './sources.ts';
import { joinByName, kanjiNumber, normaliseTownName, splitChome } from './town_names.ts';
import { TOWN_READINGS } from './town_readings.ts';

describe('町丁目 names: registry table ↔ census boundaries', () => {
  it('all 139 names join one to one, and each gets an 11-digit 13115 code', () => {
    const pairs = joinedTowns();
    expect(pairs).toHaveLength(139);
    expect(new Set(pairs.map((p) => p.boundary.code)).size).toBe(139);
    expect(pairs.every((p) => /^13115\d{6}$/.test(p.boundary.code))).toBe(true);
    expect(pairs.find((p) => p.row.name === '方南一丁目')?.boundary.code).toBe('13115001001');
  });

  it('normalises the usual spelling variants to the registry form', () => {
    expect(normaliseTownName('阿佐谷南１丁目')).toBe('阿佐谷南一丁目');
    expect(normaliseTownName('阿佐谷南 3丁目')).toBe('阿佐谷南三丁目');
    expect(normaliseTownName('堀の内二丁目')).toBe('堀ノ内二丁目');
    expect(normaliseTownName('堀之内2丁目')).toBe('堀ノ内二丁目');
    expect(normaliseTownName('松の木一丁目')).toBe('松ノ木一丁目');
    expect(normaliseTownName('霞ヶ関')).toBe('霞ケ関');
    expect(normaliseTownName('ｱｻｶﾞﾔ')).toBe('アサガヤ');
    expect(kanjiNumber(12)).toBe('十二');
    expect(kanjiNumber(20)).toBe('二十');
    expect(() => kanjiNumber(0)).toThrow(/1–99/);
    for (const { name } of loadChome2022()) expect(normaliseTownName(name)).toBe(name); // the registry form is already normal
  });

  it('joins variant spellings and names those that do not join', () => {
    const left = ['阿佐谷南1丁目', '堀の内二丁目'];
    expect(
      joinByName(
        left,
        (s) => s,
        ['堀ノ内二丁目', '阿佐谷南一丁目'],
        (s) => s,
      ),
    ).toEqual([
      ['阿佐谷南1丁目', '阿佐谷南一丁目'],
      ['堀の内二丁目', '堀ノ内二丁目'],
    ]);
    expect(() =>
      joinByName(
        ['方南一丁目'],
        (s) => s,
        ['方南二丁目'],
        (s) => s,
      ),
    ).toThrow(/方南一丁目, 方南二丁目/);
    expect(() =>
      joinByName(
        ['a'],
        (s) => s,
        ['阿佐谷南1丁目', '阿佐谷南一丁目'],
        (s) => s,
      ),
    ).toThrow(/two names/);
  });

  it('splits 町 and 丁目, and every 町 has a reading', () => {
    expect(splitChome('阿佐谷南三丁目')).toEqual({ town: '阿佐谷南', chome: 3 });
    expect(splitChome('和泉十二丁目')).toEqual({ town: '和泉', chome: 12 });
    expect(splitChome('清水')).toEqual({ town: '清水', chome: null });
    const towns = new Set(loadChome2022().map((r) => splitChome(r.name).town));
    expect(towns.size).toBe(36);
    for (const t of towns) expect(TOWN_READINGS[t], t).toBeDefined();
  });
});

describe('neighbourhood tables', () => {
  const { towns, ages } = neighbourhoodRows();
  const ward = loadSuginami2022();

  it('add up to the ward totals by sex and single age (100 = 100+)', () => {
    expect(towns.reduce((s, t) => s + t.population, 0)).toBe(571703);
    for (const sex of ['male', 'female'] as const) {
      for (const age of [0, 40, 99]) {
        expect(ages.filter((r) => r.sex === sex && r.age === age).reduce((s, r) => s + r.population, 0)).toBe(ward[age][sex]);
      }
      const open = ward.slice(100).reduce((s, r) => s + r[sex], 0);
      expect(ages.filter((r) => r.sex === sex && r.age === 100).reduce((s, r) => s + r.population, 0)).toBe(open);
    }
  });

  it('carry the measures of each 町丁目, from its own ages', () => {
    const t = towns.find((x) => x.code === '13115001001')!;
    expect(t).toMatchObject({ name: '方南一丁目', name_en: 'Honan 1-chome', kana: 'ほうなん', town: '方南', chome: 1 });
    expect(t.age0_14 + t.age15_64 + t.age65plus).toBe(t.population);
    expect(t.aging_rate).toBeCloseTo((100 * t.age65plus) / t.population, 12);
    expect(t.children_share).toBeCloseTo((100 * t.age0_14) / t.population, 12);
    const own = ages.filter((r) => r.code === t.code);
    expect(own.reduce((s, r) => s + r.population, 0)).toBe(t.population);
    expect(t.median_age).toBeGreaterThan(30);
    expect(t.median_age).toBeLessThan(60);
  });
});

describe('town_boundaries.json', () => {
  it('is lossless: every ring decodes to the source coordinates', () => {
    const { towns, attribution, source } = loadTownBoundaries();
    const enc = encodeBoundaries(towns, attribution, source);
    expect(enc.codes).toHaveLength(139);
    expect(enc.attribution).toContain('e-Stat');
    for (const t of towns) {
      const i = enc.codes.indexOf(t.code);
      const ring = decodeRing(enc, i);
      expect(ring).toHaveLength(t.ring.length);
      ring.forEach(([x, y], k) => {
        expect(x).toBeCloseTo(t.ring[k][0], 9);
        expect(y).toBeCloseTo(t.ring[k][1], 9);
      });
    }
  });
});
