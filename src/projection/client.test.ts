import { describe, expect, it } from 'vitest';
import {
  SUMMARY_FIELDS,
  type FromWorker,
  type ProjectionPayload,
  type ToWorker,
  type TransferInputs,
} from '../../worker/projection.protocol.ts';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import { createProjectionClient, type Port } from './client.ts';

const ages = () => new Float64Array(101).fill(0.5);
const inputs = (): TransferInputs => ({
  baseYear: 2021,
  population: { male: ages(), female: ages() },
  survival: { male: ages(), female: ages() },
  birthSurvival: { male: 0.99, female: 0.99 },
  fertilityShape: ages(),
  tfr: 0.99,
  srb: 105.1,
  inMigrationRate: { male: ages(), female: ages() },
  outMigrationRate: { male: ages(), female: ages() },
});

function payload(horizon: number): ProjectionPayload {
  const years = horizon - 2021 + 1;
  const column = () => new Float64Array(years).fill(horizon);
  const peak = { year: 2021, value: horizon };
  return {
    baseYear: 2021,
    horizon,
    years,
    scenario: { ...DEFAULT_SCENARIO, horizon },
    population: new Float64Array(years * 202).fill(horizon),
    summary: Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, column()])) as ProjectionPayload['summary'],
    peaks: { total: peak, age0_14: peak, age15_64: peak, age65plus: peak, aging_rate: peak, aging_rate_2065: null },
    maxCell: horizon,
    cappedCells: 0,
    computeMs: 0,
  };
}

/** A MessageChannel: the client on port1, a scripted fake worker on port2. */
function channel(worker: (message: ToWorker, reply: (m: FromWorker, transfer?: Transferable[]) => void) => void) {
  const { port1, port2 } = new MessageChannel();
  const received: ToWorker[] = [];
  port2.onmessage = (event: MessageEvent<ToWorker>) => {
    received.push(event.data);
    worker(event.data, (m, transfer = []) => port2.postMessage(m, transfer));
  };
  port1.start();
  return { port: port1 as unknown as Port, received, close: () => (port1.close(), port2.close()) };
}

describe('createProjectionClient', () => {
  it('transfers the inputs once and resolves when the worker is ready', async () => {
    const c = channel((m, reply) => m.type === 'init' && reply({ type: 'ready' }));
    const client = createProjectionClient(c.port);
    const sent = inputs();
    await client.init(sent);
    expect(sent.population.male.byteLength).toBe(0); // moved, not copied
    expect(c.received[0].type === 'init' && c.received[0].inputs.population.male.length).toBe(101);
    c.close();
  });

  it('matches results to requests by id, in whatever order they come back', async () => {
    const held: ToWorker[] = [];
    const c = channel((m, reply) => {
      if (m.type !== 'project') return;
      held.push(m);
      if (held.length === 2) {
        for (const r of [...held].reverse()) {
          if (r.type !== 'project') continue;
          const result = payload(r.scenario.horizon);
          reply({ type: 'result', id: r.id, result }, [result.population.buffer]);
        }
      }
    });
    const client = createProjectionClient(c.port);
    const [a, b] = await Promise.all([
      client.project({ ...DEFAULT_SCENARIO, horizon: 2040 }),
      client.project({ ...DEFAULT_SCENARIO, horizon: 2065 }),
    ]);
    expect([a.horizon, a.population.length, a.population[0]]).toEqual([2040, 20 * 202, 2040]);
    expect([b.horizon, b.population.length]).toEqual([2065, 45 * 202]);
    expect(a.population).toBeInstanceOf(Float64Array);
    c.close();
  });

  it('rejects only the request the worker failed, with its message', async () => {
    const c = channel((m, reply) => {
      if (m.type !== 'project') return;
      if (m.scenario.srb > 110) reply({ type: 'error', id: m.id, message: 'srb 115 is out of range' });
      else reply({ type: 'result', id: m.id, result: payload(2030) });
    });
    const client = createProjectionClient(c.port);
    const bad = client.project({ ...DEFAULT_SCENARIO, srb: 115 });
    const good = client.project(DEFAULT_SCENARIO);
    await expect(bad).rejects.toThrow('projection: srb 115 is out of range');
    await expect(good).resolves.toMatchObject({ horizon: 2030 });
    c.close();
  });

  it('load: asks the worker to load the baseline, hands over its tables, resolves when it is ready', async () => {
    const c = channel((m, reply) => {
      if (m.type !== 'load') return;
      reply({ type: 'tables', tables: [{ name: 'survival', status: 'skipped' }] });
      reply({ type: 'ready' });
    });
    const client = createProjectionClient(c.port);
    const loading = client.load('http://x/app/?view=outlook');
    await expect(loading.tables).resolves.toEqual([{ name: 'survival', status: 'skipped' }]);
    await expect(loading.ready).resolves.toBeUndefined();
    expect(c.received).toEqual([{ type: 'load', base: 'http://x/app/?view=outlook' }]);
    c.close();
  });

  it('load: rejects with the worker’s message; the tables stay available', async () => {
    const c = channel((m, reply) => {
      if (m.type !== 'load') return;
      reply({ type: 'tables', tables: [] });
      reply({ type: 'error', id: null, message: 'data/survival.parquet: damaged Parquet metadata' });
    });
    const loading = createProjectionClient(c.port).load('http://x/');
    await expect(loading.ready).rejects.toThrow('projection worker: data/survival.parquet: damaged Parquet metadata');
    await expect(loading.tables).resolves.toEqual([]);
    c.close();
  });

  it('rejects init when the worker cannot prepare the inputs', async () => {
    const c = channel((_, reply) => reply({ type: 'error', id: null, message: 'population.male must have 101 numbers' }));
    await expect(createProjectionClient(c.port).init(inputs())).rejects.toThrow('projection worker: population.male must have 101 numbers');
    c.close();
  });

  it('rejects what is still waiting when disposed, and refuses new work', async () => {
    const c = channel(() => {});
    const client = createProjectionClient(c.port);
    const waiting = client.project(DEFAULT_SCENARIO);
    client.dispose();
    await expect(waiting).rejects.toThrow('projection client is closed');
    await expect(client.project(DEFAULT_SCENARIO)).rejects.toThrow('projection client is closed');
    c.close();
  });
});
