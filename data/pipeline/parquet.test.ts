import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDB, writeParquet, type TableSpec } from './parquet.ts';
import { readParquet } from './read_parquet.ts';

interface Row {
  key: string;
  n: number | null;
  x: number;
  ok: boolean;
}
const spec: TableSpec<Row> = {
  name: 'sample',
  columns: [
    { name: 'key', type: 'VARCHAR' },
    { name: 'n', type: 'INTEGER', nullable: true },
    { name: 'x', type: 'DOUBLE' },
    { name: 'ok', type: 'BOOLEAN' },
  ],
  orderBy: ['key'],
};

describe('writeParquet', () => {
  let conn: DuckDBConnection;
  let close: () => void;
  let dir: string;
  beforeAll(async () => {
    ({ conn, close } = await openDuckDB());
    dir = mkdtempSync(path.join(tmpdir(), 'parquet-test-'));
  });
  afterAll(() => {
    close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes sorted, Snappy-compressed rows that hyparquet reads back (nulls and Japanese text included)', async () => {
    const file = await writeParquet(
      conn,
      spec,
      [
        { key: '杉並', n: null, x: 0.1, ok: true },
        { key: 'a', n: 3, x: -2.5, ok: false },
      ],
      dir,
    );
    const p = await readParquet(file);
    expect(p.columns).toEqual(['key', 'n', 'x', 'ok']);
    expect(p.codecs).toEqual(['SNAPPY']);
    expect(p.rows).toEqual([
      { key: 'a', n: 3, x: -2.5, ok: false },
      { key: '杉並', n: null, x: 0.1, ok: true },
    ]);
  });

  it('names the table, row and column of a bad value', async () => {
    await expect(writeParquet(conn, spec, [{ key: 'a', n: 1.5, x: 1, ok: true }], dir)).rejects.toThrow(/sample.parquet row 0, column n/);
    await expect(writeParquet(conn, spec, [{ key: 'a', n: 1, x: NaN, ok: true }], dir)).rejects.toThrow(/column x/);
    await expect(writeParquet(conn, spec, [{ key: null as unknown as string, n: 1, x: 1, ok: true }], dir)).rejects.toThrow(
      /missing value/,
    );
  });

  it('rejects duplicate sort keys, unknown fields and empty tables', async () => {
    const r = { key: 'a', n: 1, x: 1, ok: true };
    await expect(writeParquet(conn, spec, [r, r], dir)).rejects.toThrow(/sort key/);
    await expect(writeParquet(conn, spec, [{ ...r, extra: 1 } as Row], dir)).rejects.toThrow(/not in the table spec: extra/);
    await expect(writeParquet(conn, spec, [], dir)).rejects.toThrow(/no rows/);
  });
});
