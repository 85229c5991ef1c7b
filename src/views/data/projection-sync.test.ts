import { describe, expect, it } from 'vitest';
import { SUMMARY_FIELDS } from '../../../worker/projection.protocol.ts';
import type { DecodedTable } from '../../data/parquet.ts';
import { ProjectionSync } from './projection-sync.svelte.ts';
import type { ProjectionLike } from './projection-tables.ts';

function result(tfr: number): ProjectionLike {
  const summary = Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, Float64Array.of(1)])) as unknown as ProjectionLike['summary'];
  return {
    baseYear: 2021,
    years: 1,
    scenario: { tfr, srb: 105.1, mortalityDecline: 0, inMigration: 1, outMigration: 1, horizon: 2021 },
    population: new Float64Array(202),
    summary,
  };
}

/** A database whose inserts are recorded and can be held back. */
function database() {
  const inserted: string[] = [];
  let hold: Promise<void> = Promise.resolve();
  return {
    inserted,
    holdUntil(p: Promise<void>) {
      hold = p;
    },
    db: {
      async insert(name: string, table: DecodedTable) {
        await hold;
        inserted.push(`${name}:${table.numRows}`);
      },
    },
  };
}

describe('ProjectionSync', () => {
  it('registers the scenario and, once there, the baseline; the same pair twice only once', async () => {
    const d = database();
    const sync = new ProjectionSync(async () => d.db);
    const scenario = result(1.5);
    await sync.update(scenario, null);
    expect(d.inserted).toEqual(['scenario_summary:1', 'scenario_population:202', 'scenario_parameters:1']);
    expect(sync.state).toMatchObject({ status: 'ready', scenario: { tfr: 1.5 }, baseline: null });
    const baseline = result(0.99);
    await sync.update(scenario, baseline);
    expect(d.inserted).toHaveLength(3 + 5);
    expect(sync.state).toMatchObject({ status: 'ready', baseline: { tfr: 0.99 } });
    await sync.update(scenario, baseline);
    expect(d.inserted).toHaveLength(8);
  });

  it('coalesces results that arrive during a replacement: the latest wins, the ones between are skipped', async () => {
    const d = database();
    let release!: () => void;
    d.holdUntil(new Promise((r) => (release = r)));
    const sync = new ProjectionSync(async () => d.db);
    const first = sync.update(result(1), null);
    await Promise.resolve();
    sync.update(result(2), null);
    sync.update(result(3), null);
    expect(sync.busy).toBe(true);
    let settled = false;
    void sync.settled().then(() => (settled = true));
    release();
    await first;
    expect(settled).toBe(true);
    expect(sync.busy).toBe(false);
    expect(d.inserted.filter((n) => n.startsWith('scenario_summary'))).toHaveLength(2); // 1, then 3
    expect(sync.state).toMatchObject({ scenario: { tfr: 3 } });
  });

  it('ready() waits for the first registration, or for the projection to fail', async () => {
    const d = database();
    const sync = new ProjectionSync(async () => d.db);
    let ready = false;
    void sync.ready().then(() => (ready = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(ready).toBe(false);
    sync.fail('data/migration.parquet: not in this build');
    await sync.ready();
    expect(sync.state).toEqual({ status: 'error', reason: 'data/migration.parquet: not in this build' });
  });

  it('a failed insert is reported and the next result is tried again', async () => {
    let fail = true;
    const sync = new ProjectionSync(async () => ({
      async insert() {
        if (fail) throw new Error('DuckDB: out of memory');
      },
    }));
    await sync.update(result(1), null);
    expect(sync.state).toEqual({ status: 'error', reason: 'DuckDB: out of memory' });
    fail = false;
    await sync.update(result(2), null);
    expect(sync.state).toMatchObject({ status: 'ready', scenario: { tfr: 2 } });
  });
});
