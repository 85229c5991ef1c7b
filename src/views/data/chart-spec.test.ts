import { describe, expect, it } from 'vitest';
import { chartSpec, MAX_SERIES } from './chart-spec.ts';
import type { ColumnKind, PlainValue, ResultColumn } from './result.ts';

const col = (name: string, kind: ColumnKind = 'number'): ResultColumn => ({ name, sqlType: kind.toUpperCase(), kind, scale: 0 });

describe('chartSpec', () => {
  it('years and an ascending series: lines, one point per row and series', () => {
    const spec = chartSpec(
      [col('year', 'number'), col('scenario', 'decimal'), col('baseline')],
      [
        [2021, 10, 9],
        [2022, 11, null],
        [2023, 12, 11],
      ],
    );
    expect(spec).toMatchObject({ x: 'year', xKind: 'year', series: ['scenario', 'baseline'], marks: ['line', 'bar'], suggested: 'line' });
    expect('points' in spec && spec.points).toEqual([
      { x: 2021, series: 'scenario', value: 10 },
      { x: 2021, series: 'baseline', value: 9 },
      { x: 2022, series: 'scenario', value: 11 },
      { x: 2023, series: 'scenario', value: 12 },
      { x: 2023, series: 'baseline', value: 11 },
    ]);
  });

  it('years written as text are years too', () => {
    expect(
      chartSpec(
        [col('fy', 'text'), col('n', 'bigint')],
        [
          ['2021', 1],
          ['2022', 2],
          ['2023', 3],
        ],
      ),
    ).toMatchObject({ xKind: 'year', suggested: 'line' });
  });

  it('numbers that are not years: bars, with lines on offer', () => {
    expect(
      chartSpec(
        [col('age_from'), col('male')],
        [
          [0, 5],
          [5, 6],
          [10, 7],
        ],
      ),
    ).toMatchObject({ xKind: 'number', marks: ['line', 'bar'], suggested: 'bar' });
    // Numbers in the years' range but not named as years are not taken for years.
    expect(
      chartSpec(
        [col('persons'), col('n')],
        [
          [1990, 1],
          [2000, 2],
          [2010, 3],
        ],
      ),
    ).toMatchObject({ xKind: 'number' });
  });

  it('categories: bars only', () => {
    expect(
      chartSpec(
        [col('age_group', 'text'), col('scenario')],
        [
          ['total', 1],
          ['age0_14', 2],
        ],
      ),
    ).toMatchObject({ xKind: 'category', marks: ['bar'], suggested: 'bar' });
  });

  it('years, ids and other keys are not series; text and booleans neither', () => {
    const spec = chartSpec(
      [col('indicator', 'text'), col('label', 'text'), col('year'), col('field_id'), col('value'), col('flag', 'boolean')],
      [['total', 'x', 2033, 1, 588586, true]],
    );
    expect(spec).toMatchObject({ series: ['value'] });
  });

  it('BIGINT beyond ±2^53 (exact text) and non-finite values are left out of the points', () => {
    const spec = chartSpec(
      [col('year'), col('n', 'bigint')],
      [
        [2021, '9007199254740993'],
        [2022, 5],
        [2023, Number.POSITIVE_INFINITY],
      ],
    );
    expect('points' in spec && spec.points).toEqual([{ x: 2022, series: 'n', value: 5 }]);
  });

  it('at most MAX_SERIES series; the rest are named as left out', () => {
    const columns = [col('year'), ...Array.from({ length: MAX_SERIES + 2 }, (_, i) => col(`s${i}`))];
    const spec = chartSpec(columns, [[2021, ...Array.from({ length: MAX_SERIES + 2 }, () => 1)]]);
    expect(spec).toMatchObject({ omitted: [`s${MAX_SERIES}`, `s${MAX_SERIES + 1}`] });
    expect('series' in spec && spec.series).toHaveLength(MAX_SERIES);
  });

  it('says why a result cannot be drawn', () => {
    expect(chartSpec([col('year'), col('n')], [])).toEqual({ problem: 'no-rows' });
    expect(chartSpec([col('l', 'nested'), col('n')], [['[1]', 1]])).toEqual({ problem: 'no-x' });
    expect(chartSpec([col('year'), col('n')], [[null, 1]])).toEqual({ problem: 'no-x' });
    expect(chartSpec([col('name', 'text'), col('label', 'text')], [['a', 'b']])).toEqual({ problem: 'no-series' });
    expect(chartSpec([col('year')], [[2021]])).toEqual({ problem: 'no-series' });
    expect(chartSpec([col('year'), col('n')], [[2021, null]] as PlainValue[][])).toEqual({ problem: 'no-series' });
    expect(
      chartSpec(
        [col('year'), col('n')],
        Array.from({ length: 5001 }, (_, i) => [2021 + i, i]),
      ),
    ).toEqual({ problem: 'too-many-rows' });
  });
});
