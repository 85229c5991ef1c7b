// The SQL console's state: the text being edited, the last result that succeeded and the last error.
// A failure never costs what is on screen: the previous result stays until a new one succeeds, the
// text stays as typed, and the error stays until dismissed or replaced. When runs overlap, only the
// latest one's outcome is shown.
import type { Table } from 'apache-arrow';
import { readResult, type ReadResult } from './result.ts';

export interface Outcome {
  readonly sql: string;
  readonly result: ReadResult;
  /** The Arrow table itself, for the Arrow download. */
  readonly table: Table;
  readonly ms: number;
  readonly ranAt: Date;
}

export interface Failure {
  readonly sql: string;
  /** DuckDB's message, as DuckDB wrote it (its query excerpt once, see messageOf). */
  readonly message: string;
}

export interface ConsoleOptions {
  /** Runs one SQL text (DuckDB's queryArrow). */
  readonly query: (sql: string) => Promise<Table>;
  /** Awaited before each run (e.g. the projection tables being replaced). */
  readonly before?: (sql: string) => Promise<void>;
  readonly now?: () => number;
}

/**
 * The error's message. DuckDB-WASM 1.32 ends a parser error with its "LINE n: …" excerpt and caret
 * twice in a row; the repeat is dropped, nothing else is changed.
 */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/(\n\nLINE \d+: [^\n]*\n[^\n]*)\1$/, '$1');
}

export class SqlConsole {
  sql = $state('');
  running = $state(false);
  outcome = $state.raw<Outcome | null>(null);
  failure = $state.raw<Failure | null>(null);

  readonly #options: ConsoleOptions;
  #latest = 0;

  constructor(options: ConsoleOptions, sql = '') {
    this.#options = options;
    this.sql = sql;
  }

  /** Runs the editor's text (or `sql`, which then replaces it). Resolves when this run is shown or superseded. */
  async run(sql?: string): Promise<void> {
    if (sql !== undefined) this.sql = sql;
    const text = this.sql;
    if (!text.trim()) return;
    const id = ++this.#latest;
    this.running = true;
    const now = this.#options.now ?? (() => performance.now());
    try {
      await this.#options.before?.(text);
      const started = now();
      const table = await this.#options.query(text);
      const ms = now() - started;
      const result = readResult(table);
      if (id !== this.#latest) return;
      this.outcome = { sql: text, result, table, ms, ranAt: new Date() };
      this.failure = null;
    } catch (error) {
      if (id !== this.#latest) return;
      this.failure = { sql: text, message: messageOf(error) };
    } finally {
      if (id === this.#latest) this.running = false;
    }
  }

  dismiss(): void {
    this.failure = null;
  }
}
