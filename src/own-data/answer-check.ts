// Test helper (Vitest only) for the readers' property tests: what every answer of readPopulationFile
// must be. A rejection has a known reason, the file's name and the place the problem is (row, column,
// age, value, as its reason calls for), and is worded in both languages; the catch-all 'unreadable'
// (an exception no reader expected) is never needed.
import { expect } from 'vitest';
import { describeRejection } from './describe.ts';
import { REJECTION_REASONS, type ReadResult, type Rejection } from './rejection.ts';

/** What each reason must say about where the problem is (the rest may be there too). */
const WHERE: Partial<Record<Rejection['reason'], readonly (keyof Rejection)[]>> = {
  'too-large': ['value', 'detail'],
  image: ['value'],
  binary: ['value'],
  encoding: ['row', 'value'],
  'corrupt-parquet': ['detail'],
  'corrupt-xlsx': ['detail'],
  'invalid-inputs': ['detail'],
  'no-header': ['row', 'detail'],
  'no-rows': ['row'],
  'ambiguous-column': ['row', 'column'],
  'not-a-number': ['row', 'column', 'value'],
  negative: ['row', 'column', 'value'],
  'empty-cell': ['row', 'column'],
  'unknown-age': ['row', 'column'],
  'duplicate-age': ['row', 'column', 'age', 'value', 'otherRow'],
  'missing-ages': ['age'],
  'open-group': ['row', 'column', 'age'],
  'total-mismatch': ['row', 'column', 'value', 'detail'],
  'rate-out-of-range': ['row', 'column', 'value', 'detail'],
};

/** Checks an answer: a rejection is complete and worded; returns it (null when the file was accepted). */
export function checkAnswer(result: ReadResult, name: string): Rejection | null {
  if (result.ok) {
    expect(result.data.fileName).toBe(name);
    return null;
  }
  const r = result.rejection;
  expect(REJECTION_REASONS).toContain(r.reason);
  // 'unreadable' is the reader's catch-all for an exception no reader expected: it must never be needed.
  expect(r.reason, JSON.stringify(r)).not.toBe('unreadable');
  expect(r.fileName).toBe(name);
  for (const field of WHERE[r.reason] ?? []) {
    const value = r[field];
    expect(value, `${r.reason} without ${field}: ${JSON.stringify(r)}`).not.toBeUndefined();
    if (typeof value === 'number') expect(Number.isInteger(value) && value >= 0).toBe(true);
    if (typeof value === 'string' && field !== 'value') expect(value.length, `${r.reason}: empty ${field}`).toBeGreaterThan(0);
  }
  for (const lang of ['ja', 'en'] as const) {
    const words = describeRejection(r, lang);
    expect(words.startsWith(`${name}: `)).toBe(true);
    expect(words.length).toBeGreaterThan(name.length + 3);
    if (r.row !== undefined && r.reason !== 'missing-ages') expect(words).toContain(String(r.row));
  }
  return r;
}
