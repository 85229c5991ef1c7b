// Baseline tables for tests, written as Parquet with DuckDB (Node only; never imported by the app).
// Columns as in public/data/, with BIGINT ages so that the loader's BigInt conversion is exercised.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { syntheticInputs } from '../engine/synthetic.ts';
import { AGES, type ProjectionInputs } from '../engine/types.ts';

type Value = string | number | null;
export type Table = { columns: Record<string, string>; rows: Value[][] };

// Numbers go through a string cast: a long numeric literal would become a DECIMAL and lose digits.
const literal = (v: Value) => (v === null ? 'NULL' : typeof v === 'number' ? `'${v}'::DOUBLE` : `'${v.replaceAll("'", "''")}'`);

/** Writes each table to <dir>/<name> (Snappy Parquet) and returns dir. */
export async function writeTables(tables: Record<string, Table>, dir = mkdtempSync(path.join(tmpdir(), 'baseline-'))): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    autoload_known_extensions: 'false',
    autoinstall_known_extensions: 'false',
  });
  const conn = await instance.connect();
  try {
    for (const [name, { columns, rows }] of Object.entries(tables)) {
      const names = Object.keys(columns);
      const select = rows.length
        ? `SELECT * FROM (VALUES ${rows.map((r) => `(${r.map(literal).join(', ')})`).join(', ')}) AS t(${names.join(', ')})`
        : `SELECT ${names.map((n) => `NULL AS ${n}`).join(', ')} LIMIT 0`;
      const cast = names.map((n) => `CAST(${n} AS ${columns[n]}) AS ${n}`).join(', ');
      await conn.run(`COPY (SELECT ${cast} FROM (${select})) TO '${path.join(dir, name)}' (FORMAT parquet, COMPRESSION snappy)`);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return dir;
}

/** The tables loadBaselineInputs reads, holding the given inputs (synthetic by default). */
export function baselineTables(inputs: ProjectionInputs = syntheticInputs()): Record<string, Table> {
  const sexAge = (values: (sex: 'male' | 'female', age: number) => Value[]) =>
    (['female', 'male'] as const).flatMap((sex) => Array.from({ length: AGES }, (_, age) => [sex, age, ...values(sex, age)]));
  return {
    'base_population.parquet': {
      columns: { sex: 'VARCHAR', age: 'BIGINT', population: 'DOUBLE' },
      rows: sexAge((sex, age) => [inputs.population[sex][age]]),
    },
    'survival.parquet': {
      columns: { sex: 'VARCHAR', age: 'BIGINT', survival: 'DOUBLE', birth_survival: 'DOUBLE', lx: 'DOUBLE' },
      rows: sexAge((sex, age) => [inputs.survival[sex][age], inputs.birthSurvival[sex], 100000 - age]),
    },
    'fertility.parquet': {
      columns: { age: 'INTEGER', shape: 'DOUBLE', asfr: 'DOUBLE' },
      rows: Array.from({ length: AGES }, (_, age) => [age, inputs.fertilityShape[age], inputs.fertilityShape[age] * inputs.tfr]),
    },
    'migration.parquet': {
      columns: { sex: 'VARCHAR', age: 'INTEGER', in_rate: 'DOUBLE', out_rate: 'DOUBLE' },
      rows: sexAge((sex, age) => [inputs.inMigrationRate[sex][age], inputs.outMigrationRate[sex][age]]),
    },
    'assumptions.parquet': {
      columns: { key: 'VARCHAR', value: 'DOUBLE', value_text: 'VARCHAR' },
      rows: [
        ['base_date', null, `${inputs.baseYear}-01-01`],
        ['tfr', inputs.tfr, null],
        ['srb', inputs.srb, null],
      ],
    },
  };
}

/** A readFile over a directory, as the CLI uses for public/data/. */
export async function readFrom(dir: string) {
  const { readFile } = await import('node:fs/promises');
  return async (name: string): Promise<ArrayBuffer> => {
    const bytes = await readFile(path.join(dir, name));
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
}
