import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TrendChart from './TrendChart.svelte';

// Fixed data over 2021–2030: a rise and fall, and a baseline 10 below.
const values = [100, 110, 120, 130, 135, 132, 128, 120, 110, 100];
const baseline = values.map((v) => v - 10);
const base = {
  from: 2021,
  to: 2030,
  width: 600,
  height: 300,
  fontSize: 14,
  tick: (v: number) => `${v}人`,
  readout: (y: number) => ({ title: String(y), rows: [] }),
  aria: 'テスト',
};

/** Elements of a rendered SVG: [tag, attributes] pairs. */
function elements(body: string, tag: string): Record<string, string>[] {
  return [...body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

describe('TrendChart.svelte', () => {
  it('draws the scenario solid, the baseline dashed, marks, the peak and the chosen year', () => {
    const { body } = render(TrendChart, {
      props: {
        ...base,
        series: [{ key: 'total', color: '#000', values, baseline, peak: { year: 2025, value: 135, text: 'ピーク 135人' } }],
        marks: [{ key: 'actual-2022', x: 2022.75, y: 118, color: '#000', hollow: true }],
        year: 2028,
      },
    });
    const paths = elements(body, 'path').filter((p) => p['data-series'] === 'total');
    expect(paths.map((p) => p['data-kind'])).toEqual(['baseline', 'scenario']);
    expect(paths[0].class).toContain('dashed');
    // One point per year: M then 9 L segments.
    expect(paths[1].d.match(/[ML]/g)).toHaveLength(10);
    // The peak is the highest point: its y is the smallest of the scenario line's.
    const ys = [...paths[1].d.matchAll(/[ML][\d.]+,([\d.]+)/g)].map((m) => Number(m[1]));
    const ring = elements(body, 'circle').find((c) => c.r && Math.abs(Number(c.cy) - Math.min(...ys)) < 0.01);
    expect(ring).toBeDefined();
    expect(body).toContain('>ピーク 135人</text>');
    const mark = elements(body, 'circle').find((c) => c['data-mark'] === 'actual-2022')!;
    expect(mark.fill).toBe('var(--paper)');
    expect(elements(body, 'line').filter((l) => l.class?.includes('chosen'))).toHaveLength(1);
    // Year ticks on round years, value ticks with their unit.
    expect(body).toMatch(/>2024<\/text>/);
    expect(body).toMatch(/>\d+人<\/text>/);
    expect(elements(body, 'svg')[0]).toMatchObject({
      role: 'slider',
      'aria-valuemin': '2021',
      'aria-valuemax': '2030',
      'aria-label': 'テスト',
    });
  });

  it('breaks a line where values are missing, and marks zero for changes', () => {
    const change = [-5, -3, 2, 4, NaN, NaN, 1, 3, -2, NaN];
    const { body } = render(TrendChart, {
      props: { ...base, series: [{ key: 'natural', color: '#000', values: change }], zeroLine: true },
    });
    const d = elements(body, 'path').find((p) => p['data-series'] === 'natural')!.d;
    expect(d.match(/M/g)).toHaveLength(2); // two runs: 2021–2024 and 2027–2029
    expect(elements(body, 'line').some((l) => l.class?.includes('zero'))).toBe(true);
  });

  it('stacks shares as bands on a fixed 0–100 axis, labelling the bands that are thick enough', () => {
    const n = 10;
    const a = new Float64Array(n).fill(10);
    const b = new Float64Array(n).fill(70);
    const { body } = render(TrendChart, {
      props: {
        ...base,
        tick: (v: number) => `${v}%`,
        series: [],
        domain: [0, 100],
        areas: [
          { key: 'young', color: 'green', lower: new Float64Array(n), upper: a, label: '若 10%' },
          { key: 'work', color: 'blue', lower: a, upper: b, label: '中 60%' },
          { key: 'old', color: 'red', lower: b, upper: new Float64Array(n).fill(100), label: '高 30%' },
        ],
      },
    });
    expect(
      elements(body, 'path')
        .filter((p) => p['data-area'])
        .map((p) => p['data-area']),
    ).toEqual(['young', 'work', 'old']);
    expect(body).toContain('>100%</text>');
    expect(body).not.toContain('>120%</text>');
    expect(body).toContain('>中 60%</text>');
    expect(body).toContain('>高 30%</text>');
  });

  it('starts from history: the axis from `start`, the past shaded and named, history lines by their style, a rule where they change', () => {
    const { body } = render(TrendChart, {
      props: {
        ...base,
        start: 2011,
        periods: { past: '実績', future: '推計' },
        rules: [{ key: 'foreign', x: 2012.5, label: '2013年〜外国人を含む' }],
        history: [
          {
            key: 'old',
            color: '#000',
            style: 'dotted',
            points: [
              { x: 2011, y: 80 },
              { x: 2012, y: 82 },
            ],
          },
          {
            key: 'new',
            color: '#000',
            points: [
              { x: 2013, y: 90 },
              { x: 2021, y: 100 },
            ],
          },
          { key: 'outside', color: '#000', points: [{ x: 1990, y: 1000 }] },
        ],
        series: [{ key: 'total', color: '#000', values }],
      },
    });
    const svg = elements(body, 'svg')[0];
    expect(svg['aria-valuemin']).toBe('2011');
    expect(body).toMatch(/>2015<\/text>/);
    // The shaded past runs from the plot's left edge to the first projected year.
    const past = elements(body, 'rect').find((r) => r['data-period'] === 'past')!;
    const scenario = elements(body, 'path').find((p) => p['data-series'] === 'total')!;
    const firstX = Number(/^M([\d.]+)/.exec(scenario.d)![1]);
    expect(Number(past.x) + Number(past.width)).toBeCloseTo(firstX, 2);
    expect(body).toContain('>実績</text>');
    expect(body).toContain('>推計</text>');
    // History lines: dotted and solid, their last point meets the projection's first (2021, 100).
    const hist = elements(body, 'path').filter((p) => p['data-history']);
    expect(hist.map((h) => `${h['data-history']}:${h.class.includes('dotted') ? 'dotted' : 'solid'}`)).toEqual([
      'old:dotted',
      'new:solid',
      'outside:solid',
    ]);
    expect(hist[2].d).toBe(''); // before the axis: not drawn, and not in the value domain
    expect(body).not.toMatch(/>1,?000人<\/text>/);
    const newEnd = /L([\d.]+),([\d.]+)$/.exec(hist[1].d)!;
    const scenarioStart = /^M([\d.]+),([\d.]+)/.exec(scenario.d)!;
    expect([Number(newEnd[1]), Number(newEnd[2])]).toEqual([Number(scenarioStart[1]), Number(scenarioStart[2])]);
    // The rule sits between 2012 and 2013.
    const rule = elements(body, 'line').find((l) => l['data-rule'] === 'foreign')!;
    const xs = (d: string) => [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Number(rule.x1)).toBeCloseTo((xs(hist[0].d)[1] + xs(hist[1].d)[0]) / 2, 2);
    expect(body).toContain('>2013年〜外国人を含む</text>');
  });

  it('draws no past when the axis starts at the projection', () => {
    const { body } = render(TrendChart, {
      props: { ...base, start: null, periods: { past: '実績', future: '推計' }, series: [{ key: 'total', color: '#000', values }] },
    });
    expect(elements(body, 'rect').some((r) => r['data-period'] === 'past')).toBe(false);
    expect(elements(body, 'svg')[0]['aria-valuemin']).toBe('2021');
  });
});
