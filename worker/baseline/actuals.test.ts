import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadActuals } from './actuals.ts';
import { readFrom, writeTables, type Table } from './fixtures.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const columns = (dateType: string) => ({
  ref_date: dateType,
  source: 'VARCHAR',
  sex: 'VARCHAR',
  nationality: 'VARCHAR',
  age_from: 'BIGINT',
  age_to: 'INTEGER',
  age_label: 'VARCHAR',
  population: 'DOUBLE',
});
async function load(table: Table) {
  const dir = await writeTables({ 'actuals.parquet': table });
  dirs.push(dir);
  return loadActuals(await readFrom(dir));
}

describe('loadActuals', () => {
  it('reads counts with open groups as age_to null, dates as text or DATE', async () => {
    for (const type of ['VARCHAR', 'DATE']) {
      const rows = await load({ columns: columns(type), rows: [['2026-01-01', 'src', 'female', 'total', 65, null, '65+', 70121]] });
      expect(rows).toEqual([
        {
          ref_date: '2026-01-01',
          source: 'src',
          sex: 'female',
          nationality: 'total',
          age_from: 65,
          age_to: null,
          age_label: '65+',
          population: 70121,
        },
      ]);
    }
  });

  it('rejects an unknown sex and a missing count', async () => {
    await expect(load({ columns: columns('VARCHAR'), rows: [['2026-01-01', 's', 'both', 'total', 0, 4, '0-4', 1]] })).rejects.toThrow(
      'actuals.parquet row 1: sex "both" is not total, male or female',
    );
    await expect(load({ columns: columns('VARCHAR'), rows: [['2026-01-01', 's', 'male', 'total', 0, 4, '0-4', null]] })).rejects.toThrow(
      'actuals.parquet row 1: population is null, not a number',
    );
  });
});
