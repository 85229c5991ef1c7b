// `npx tsx data/pipeline/report.ts`: print the check numbers quoted in data/README.md, computed
// from the same functions that build the Parquet files (nothing here is written to disk).
import { basePopulationRows } from './base_population.ts';
import { mortalitySchedules, fullLifeTable } from './survival.ts';
import { residualRows } from './residual_migration.ts';
import { loadIntroShares2021, loadLifeTableFacts, SEXES } from './sources.ts';

const fmt = (v: number, d = 0) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

console.log('## Life tables vs published figures');
const schedules = mortalitySchedules();
for (const sex of SEXES) {
  const t = fullLifeTable(schedules[sex]);
  for (const table of ['2019 abridged', '2018 abridged']) {
    const facts = loadLifeTableFacts(table).filter((f) => f.sex === sex);
    const get = (m: string) => facts.find((f) => f.measure === m)?.value;
    console.log(
      `${sex} vs ${table}: e0 ${fmt(t.ex[0], 2)} (published ${get('e0_years')}); ` +
        [65, 75, 90].map((a) => `l${a} ${fmt((100 * t.lx[a]) / t.radix, 1)}% (${get(`pct_surviving_to_${a}`)}%)`).join(', '),
    );
  }
}

console.log('\n## Base population 2021-01-01 (derived)');
const base = basePopulationRows();
const group = (age: number) => (age < 15 ? '0-14' : age < 65 ? '15-64' : '65+');
for (const sex of SEXES) {
  const rows = base.filter((r) => r.sex === sex);
  const by = (g: string, k: 'population' | 'cohort_2022' | 'reverse_survived') =>
    rows.filter((r) => group(r.age) === g).reduce((a, r) => a + r[k], 0);
  console.log(
    `${sex}: ` +
      ['0-14', '15-64', '65+'].map((g) => `${g} ${fmt(by(g, 'population'))}`).join(', ') +
      `; scale ${fmt(rows[0].scale, 5)}; reverse survival adds ${fmt(by('65+', 'reverse_survived') - by('65+', 'cohort_2022'))} at 65+, ` +
      `${fmt(rows.reduce((a, r) => a + r.reverse_survived - r.cohort_2022, 0))} in all`,
  );
}
const all = base.reduce((a, r) => a + r.population, 0);
const share = (g: string) => (100 * base.filter((r) => group(r.age) === g).reduce((a, r) => a + r.population, 0)) / all;
const intro = loadIntroShares2021();
console.log(
  `shares: 0-14 ${fmt(share('0-14'), 2)}% (ward ${intro.date}: ${intro.share0_14}%), 15-64 ${fmt(share('15-64'), 2)}% (${intro.share15_64}%), ` +
    `65+ ${fmt(share('65+'), 2)}% (${intro.share65plus}%)`,
);

console.log('\n## Residual net migration ~2022-10-01 → 2026-01-01 (both sexes)');
console.log('age | net migrants | per 1,000 person-years | if start 2022-09-01 | if 2022-11-01');
for (const r of residualRows().filter((x) => x.sex === 'total')) {
  console.log(
    `${r.age_label} | ${fmt(r.net_migrants)} | ${fmt(1000 * r.net_rate, 1)} | ${fmt(r.net_migrants_if_start_2022_09_01)} | ${fmt(r.net_migrants_if_start_2022_11_01)}`,
  );
}
