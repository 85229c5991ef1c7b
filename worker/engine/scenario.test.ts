import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, SCENARIO_KEYS, SCENARIO_RANGES, fillTfrByStep, resolveScenario, tfrAt } from './scenario.ts';

describe('resolveScenario', () => {
  it('fills in the plan’s assumptions, which lie within the allowed ranges', () => {
    expect(resolveScenario({})).toEqual({ tfr: 0.99, srb: 105.1, mortalityDecline: 0, inMigration: 1, outMigration: 1, horizon: 2065 });
    for (const key of SCENARIO_KEYS) {
      const value = DEFAULT_SCENARIO[key] as number;
      expect(value).toBeGreaterThanOrEqual(SCENARIO_RANGES[key].min);
      expect(value).toBeLessThanOrEqual(SCENARIO_RANGES[key].max);
    }
  });

  it('prefers given values, then context defaults, then the plan', () => {
    const s = resolveScenario({ srb: 110 }, { defaults: { srb: 100, tfr: 1.5 } });
    expect(s.srb).toBe(110);
    expect(s.tfr).toBe(1.5);
    expect(s.horizon).toBe(2065);
  });

  it.each([
    [{ tfr: 5 }, 'tfr 5 is out of range: allowed 0–3'],
    [{ tfr: -0.1 }, 'tfr -0.1 is out of range: allowed 0–3'],
    [{ srb: 89 }, 'srb 89 is out of range: allowed 90–120'],
    [{ mortalityDecline: 3.5 }, 'mortalityDecline 3.5 is out of range: allowed -2 to 3'],
    [{ inMigration: 4 }, 'inMigration 4 is out of range: allowed 0–3'],
    [{ outMigration: -1 }, 'outMigration -1 is out of range: allowed 0–3'],
    [{ horizon: 2071 }, 'horizon 2071 is out of range: allowed 2030–2070'],
    [{ horizon: 2040.5 }, 'horizon 2040.5 must be a whole year'],
    [{ srb: '105' }, 'srb must be a number, got "105"'],
    [{ inMigration: NaN }, 'inMigration must be a number, got NaN'],
    [{ srb: null }, 'srb must be a number, got null'],
    [{ tfr: 'high' }, 'tfr must be a number or a list of [year, tfr] points, got "high"'],
    [{ tfr: [] }, 'tfr must be a number or a list of [year, tfr] points, got []'],
    [{ tfr: [[2030, 1.8, 3]] }, 'tfr[0] must be a [year, tfr] pair, got [2030,1.8,3]'],
    [{ tfr: [[2019, 1.2]] }, 'tfr[0] year 2019 is out of range: allowed 2021–2070'],
    [
      {
        tfr: [
          [2021, 1],
          [2030, 3.5],
        ],
      },
      'tfr[1] 3.5 is out of range: allowed 0–3',
    ],
    [
      {
        tfr: [
          [2030, 1],
          [2030, 1.5],
        ],
      },
      'tfr[1] year 2030 must come after 2030: years must increase strictly',
    ],
    [
      {
        tfr: [
          [2030, 1],
          [2031.5, 1.5],
        ],
      },
      'tfr[1] year 2031.5 must be a whole year',
    ],
    [{ tfrr: 1 }, 'unknown scenario parameter "tfrr" (known: tfr, srb, mortalityDecline, inMigration, outMigration, horizon)'],
    [[1, 2], 'scenario must be an object, got [1,2]'],
  ])('rejects %j: %s', (input, message) => {
    expect(() => resolveScenario(input)).toThrow(message);
  });

  it('checks years against the base year', () => {
    expect(() => resolveScenario({ horizon: 2035 }, { baseYear: 2040 })).toThrow('horizon 2035 must be after the base year 2040');
    expect(() => resolveScenario({ tfr: [[2030, 1]] }, { baseYear: 2031 })).toThrow('tfr[0] year 2030 is out of range: allowed 2031–2070');
  });

  it('copies a TFR path, so later changes to the input do not leak in', () => {
    const path: [number, number][] = [
      [2021, 1],
      [2030, 2],
    ];
    const s = resolveScenario({ tfr: path });
    path[1][1] = 3;
    expect(s.tfr).toEqual([
      [2021, 1],
      [2030, 2],
    ]);
  });
});

describe('tfrAt', () => {
  const aspiration = [
    [2021, 0.99],
    [2030, 1.8],
    [2040, 2.07],
  ] as const;

  it('steps linearly between points and is flat outside them', () => {
    expect(tfrAt(aspiration, 2021)).toBe(0.99);
    expect(tfrAt(aspiration, 2030)).toBe(1.8);
    expect(tfrAt(aspiration, 2035)).toBeCloseTo(1.935, 12);
    expect(tfrAt(aspiration, 2065)).toBe(2.07);
    expect(tfrAt([[2030, 1.5]], 2021)).toBe(1.5);
    expect(tfrAt(1.2, 2050)).toBe(1.2);
  });

  it('never leaves the points’ range by rounding, even for tiny values', () => {
    expect(
      tfrAt(
        [
          [2021, 6.515605075512437e-12],
          [2030, 0],
        ],
        2030,
      ),
    ).toBe(0);
    expect(
      tfrAt(
        [
          [2021, 6.515605075512437e-12],
          [2030, 0],
        ],
        2029,
      ),
    ).toBeGreaterThanOrEqual(0);
  });

  it('stays between the neighbouring points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 2070 }), (year) => {
        const v = tfrAt(aspiration, year);
        expect(v).toBeGreaterThanOrEqual(0.99);
        expect(v).toBeLessThanOrEqual(2.07);
      }),
    );
  });

  it('fills one value per step', () => {
    const out = new Float64Array(5);
    fillTfrByStep(aspiration, 2028, 4, out);
    expect(Array.from(out)).toEqual([tfrAt(aspiration, 2028), tfrAt(aspiration, 2029), 1.8, tfrAt(aspiration, 2031), 0]);
  });
});
