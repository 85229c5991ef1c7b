// The exporters' pure parts: the standalone SVG, the PNG header reader and scale, the chart CSV and
// file names. (The DOM side, PNG from a canvas, is covered by e2e/export.spec.ts in Chromium.)
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import { loadPresets } from '../scenario/presets.ts';
import { chartFileName } from './chart-names.ts';
import { BOM } from './csv.ts';
import { scenarioLine, scenarioWord } from './scenario-line.ts';
import { composeChartSvg, pngScale, pngSize, wrap } from './svg-compose.ts';
import { cellValue, tableCsv } from './table-data.ts';

const presets = loadPresets().presets;

describe('composeChartSvg', () => {
  const image = {
    chart: '<svg width="600" height="300" viewBox="0 0 600 300"><path d="M0,0L10,10" style="stroke:rgb(0, 0, 0)"/></svg>',
    width: 600,
    height: 300,
    legend: [{ swatch: '<svg width="28" height="14"><line x1="1" x2="27" y1="7" y2="7" style="stroke:red"/></svg>', label: '総人口' }],
    text: {
      title: '総人口 <推計>',
      description: '各年1月1日',
      notes: ['出典：杉並区総合計画、住民基本台帳 & 本試算'],
      scenario: '前提：計画の前提（合計特殊出生率 0.99、…）',
      dataName: 'データ：my "file".csv（利用者のファイル）',
      link: 'https://example.org/?view=outlook&lang=ja',
      lang: 'ja',
    },
  };

  it('is a standalone document: namespace, size, white background, fonts, title, source, scenario, link', () => {
    const { svg, width, height } = composeChartSvg(image);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 22 + 12 * 3);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toMatch(/<style>text\{font-family:'Noto Sans CJK JP'.*sans-serif\}/);
    expect(svg).toContain('<title>総人口 &lt;推計&gt;</title>');
    expect(svg).toContain('出典：杉並区総合計画、住民基本台帳 &amp; 本試算');
    expect(svg).toContain('前提：計画の前提');
    expect(svg).toContain('データ：my &quot;file&quot;.csv');
    expect(svg).toContain('https://example.org/?view=outlook&amp;lang=ja');
    expect(svg).toContain('>総人口</text>');
    // No script, no external reference: the file stands alone.
    expect(svg).not.toMatch(/<script|href=|url\(/);
  });

  it('wraps long lines to the width (Japanese breaks anywhere, English at spaces)', () => {
    const ja = wrap('あ'.repeat(100), 300, 12);
    expect(ja.length).toBe(4);
    expect(ja.every((l) => l.length <= 25)).toBe(true);
    const en = wrap('one two three four five six seven eight nine ten', 100, 12);
    expect(en.length).toBeGreaterThan(2);
    expect(en.join(' ')).toBe('one two three four five six seven eight nine ten');
  });
});

describe('PNG', () => {
  it('reads width and height from the IHDR chunk, and refuses what is not a PNG', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x05, 0x10, 0, 0, 0x02, 0x58, 8, 6,
    ]);
    expect(pngSize(png)).toEqual({ width: 1296, height: 600 });
    expect(pngSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
  });

  it('is drawn at least 1,200 px wide and at least twice the screen size', () => {
    for (const w of [320, 648, 900, 1400]) {
      expect(w * pngScale(w)).toBeGreaterThanOrEqual(1200);
      expect(pngScale(w)).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('chart CSV', () => {
  it('starts with a BOM, uses CRLF, reads formatted numbers as numbers and keeps text', () => {
    const csv = tableCsv(
      ['年', '総人口', '注'],
      [
        ['2021年', '573,504人', '計画, 基準'],
        ['2030', '−1,234', '28.4%'],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}年,総人口,注\r\n2021,573504,"計画, 基準"\r\n2030,-1234,28.4%\r\n`);
    expect(cellValue('12.5')).toBe(12.5);
    expect(cellValue('令和12年')).toBe('令和12年');
  });
});

describe('file names', () => {
  const date = new Date(2026, 11, 3);
  it('say what and when, with the preset the scenario matches', () => {
    expect(chartFileName({ chartId: 'total', extension: 'png', scenario: 'sim1', date })).toBe(
      'suginami-total-population-sim1-2026-12-03.png',
    );
    expect(chartFileName({ chartId: 'pyramid', extension: 'svg', scenario: 'custom-2070', dataName: 'My town 2026.csv', date })).toBe(
      'suginami-population-pyramid-My-town-2026-custom-2070-2026-12-03.svg',
    );
    expect(chartFileName({ chartId: 'sunburst', extension: 'csv', date })).toBe('suginami-sunburst-2026-12-03.csv');
  });

  it('name the scenario by its preset, or custom', () => {
    expect(scenarioWord(DEFAULT_SCENARIO, presets)).toBe('plan');
    const sim1 = presets.find((p) => p.id === 'sim1')!;
    expect(scenarioWord({ ...DEFAULT_SCENARIO, ...sim1.scenario, horizon: 2070 }, presets)).toBe('sim1-2070');
    expect(scenarioWord({ ...DEFAULT_SCENARIO, tfr: 1.5 }, presets)).toBe('custom');
    expect(scenarioLine({ ...DEFAULT_SCENARIO, tfr: 1.5 }, presets, 'en')).toBe(
      'total fertility 1.5, sex ratio at birth 105.1, mortality decline 0%/yr, in-migration ×1, out-migration ×1, to 2065',
    );
    expect(scenarioLine(DEFAULT_SCENARIO, presets, 'ja')).toMatch(/^計画の前提（合計特殊出生率 0.99、出生性比 105.1/);
  });
});
