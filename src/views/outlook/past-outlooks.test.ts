import { describe, expect, it } from 'vitest';
import { pastOutlookErrors } from '../../data/past-outlook-errors.ts';
import { censusHistory, pastOutlooks, registryHistory } from './history.ts';
import { censusTotalMarks, outlookLines, scoreRows, valuesInYear, worstIpss } from './past-outlooks.ts';
import { realTable } from './test-history-tables.ts';

const registry = registryHistory(await realTable('registry_history'));
const census = censusHistory(await realTable('census_history'));
const outlooks = pastOutlooks(await realTable('past_outlooks'));
const errors = pastOutlookErrors(await realTable('past_outlook_errors'));

describe('the past-outlooks table', () => {
  const rows = scoreRows(outlooks, errors, { census: 2025, registry: 2026 });
  const cells = (edition: string) =>
    rows.find((r) => r.edition === edition)!.cells.map((c) => (c.kind === 'error' ? c.error.errorPct.toFixed(1) : `${c.kind}:${c.year}`));

  it('has each outlook’s error at 5, 10 and 15 years, as the issue quotes them', () => {
    expect(cells('IPSS_2013')).toEqual(['-3.2', '-9.2', '-12.5']);
    expect(cells('IPSS_2018')).toEqual(['-3.0', '-2.5', 'future:2030']);
    expect(cells('IPSS_2023')).toEqual(['-1.3', 'future:2030', 'future:2035']);
  });

  it('says "not in source" for years an edition holds no value for, and "not yet" for years to come', () => {
    expect(cells('IPSS_2008')).toEqual(['-2.4', 'missing:2015', 'missing:2020']);
    expect(cells('plan_2022')).toEqual(['-0.5', 'future:2031', 'future:2036']);
    expect(rows.map((r) => `${r.edition}:${r.base}`)).toContain('plan_2022:registry');
  });

  it('names the largest IPSS error and that all of them were too low', () => {
    const w = worstIpss(errors)!;
    expect(w.allLow).toBe(true);
    expect([w.worst.edition, w.worst.horizonYears, w.worst.errorPct.toFixed(1)]).toEqual(['IPSS_2013', 15, '-12.5']);
    expect(worstIpss([])).toBeNull();
  });
});

describe('the past-outlooks chart', () => {
  it('draws the registry (split in 2013), each edition (the plan dashed) and the census as squares, 2025 hollow', () => {
    const lines = outlookLines(outlooks, registry, 1985);
    expect(lines.map((l) => `${l.key}:${l.style}`)).toEqual([
      'total-registry-japanese_only:dotted',
      'total-registry-total:solid',
      'outlook-IPSS_2008:solid',
      'outlook-IPSS_2013:solid',
      'outlook-IPSS_2018:solid',
      'outlook-IPSS_2023:solid',
      'outlook-plan_2022:dashed',
    ]);
    expect(new Set(lines.slice(2).map((l) => l.color)).size).toBe(5);
    const marks = censusTotalMarks(census, 1985);
    expect(marks.map((m) => m.x)).toEqual([1985.75, 1990.75, 1995.75, 2000.75, 2005.75, 2010.75, 2015.75, 2020.75, 2025.75]);
    expect(marks.filter((m) => m.hollow).map((m) => m.key)).toEqual(['census-total-2025']);
  });

  it('reads out every value dated within a year', () => {
    const at2020 = valuesInYear(outlooks, registry, census, 2020);
    expect(at2020.map((v) => `${v.key}=${v.value}`)).toEqual([
      'registry=574118',
      'census=591108',
      'IPSS_2013=536457',
      'IPSS_2018=573283',
      'IPSS_2023=591108',
    ]);
    expect(valuesInYear(outlooks, registry, census, 2010).map((v) => v.key)).toEqual([
      'registry-japanese',
      'census',
      'IPSS_2008',
      'IPSS_2013',
    ]);
  });
});
