import { tableFromArrays, type Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { messageOf, SqlConsole } from './sql-console.svelte.ts';

/** A query function answered by hand: each call waits until the test settles it. */
function manual() {
  const calls: { sql: string; resolve: (t: Table) => void; reject: (e: Error) => void }[] = [];
  const query = (sql: string) => new Promise<Table>((resolve, reject) => calls.push({ sql, resolve, reject }));
  return { calls, query };
}
const table = (n: number) => tableFromArrays({ n: Int32Array.of(n) });
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('SqlConsole', () => {
  it('shows a result, then keeps it (and the text) when the next SQL fails, until a run succeeds', async () => {
    const db = manual();
    const c = new SqlConsole({ query: db.query }, 'SELECT 1');
    const first = c.run();
    await tick();
    expect(c.running).toBe(true);
    db.calls[0].resolve(table(1));
    await first;
    expect(c.running).toBe(false);
    expect(c.outcome?.result.values()).toEqual([[1]]);

    const bad = c.run('SELEC 2');
    await tick();
    db.calls[1].reject(new Error('Parser Error: syntax error at or near "SELEC"'));
    await bad;
    expect(c.failure).toEqual({ sql: 'SELEC 2', message: 'Parser Error: syntax error at or near "SELEC"' });
    expect(c.outcome?.sql).toBe('SELECT 1');
    expect(c.outcome?.result.values()).toEqual([[1]]);
    expect(c.sql).toBe('SELEC 2');

    c.dismiss();
    expect(c.failure).toBeNull();
    expect(c.outcome?.sql).toBe('SELECT 1');

    const again = c.run('SELEC 3');
    await tick();
    db.calls[2].reject(new Error('nope'));
    await again;
    const good = c.run('SELECT 4');
    await tick();
    db.calls[3].resolve(table(4));
    await good;
    expect(c.failure).toBeNull();
    expect(c.outcome?.result.values()).toEqual([[4]]);
  });

  it('shows only the latest of overlapping runs', async () => {
    const db = manual();
    const c = new SqlConsole({ query: db.query });
    const slow = c.run('SELECT 1');
    await tick();
    const fast = c.run('SELECT 2');
    await tick();
    db.calls[1].resolve(table(2));
    await fast;
    db.calls[0].reject(new Error('late failure'));
    await slow;
    expect(c.outcome?.sql).toBe('SELECT 2');
    expect(c.failure).toBeNull();
    expect(c.running).toBe(false);
  });

  it('runs nothing for blank text and waits for `before` first', async () => {
    const db = manual();
    const order: string[] = [];
    let release!: () => void;
    const c = new SqlConsole({
      query: (sql) => (order.push(`query ${sql}`), db.query(sql)),
      before: () => new Promise<void>((r) => (release = () => (order.push('before'), r()))),
    });
    await c.run('   ');
    expect(db.calls).toHaveLength(0);
    const run = c.run('SELECT 5');
    await tick();
    expect(db.calls).toHaveLength(0);
    release();
    await tick();
    db.calls[0].resolve(table(5));
    await run;
    expect(order).toEqual(['before', 'query SELECT 5']);
  });
});

describe('messageOf', () => {
  const excerpt = '\n\nLINE 1: SELEC age FROM base_population\n        ^';
  it('shows the query excerpt DuckDB repeats once', () => {
    expect(messageOf(new Error(`Parser Error: syntax error at or near "SELEC"${excerpt}${excerpt}`))).toBe(
      `Parser Error: syntax error at or near "SELEC"${excerpt}`,
    );
  });
  it('leaves every other message as DuckDB wrote it', () => {
    const binder =
      'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "age"\n\nLINE 1: SELECT nope FROM base_population\n               ^';
    expect(messageOf(new Error(binder))).toBe(binder);
    expect(messageOf(new Error(`Parser Error: x${excerpt}\n\nLINE 2: other\n   ^`))).toBe(
      `Parser Error: x${excerpt}\n\nLINE 2: other\n   ^`,
    );
    expect(messageOf('plain text')).toBe('plain text');
  });
});
