import { describe, expect, it } from 'vitest';
import {
  idleIsReasonEnough,
  isConstrained,
  readConditions,
  shouldStartDuckdb,
  WIDE_SCREEN,
  type DuckdbConditions,
} from './duckdb-intent.ts';

const desk: DuckdbConditions = { wide: true, saveData: false, effectiveType: '4g' };
const phone: DuckdbConditions = { wide: false, saveData: false, effectiveType: '4g' };

describe('shouldStartDuckdb', () => {
  it('starts on intent whatever the screen or connection', () => {
    for (const reason of ['data-view', 'tab-intent', 'sql'] as const) {
      for (const c of [desk, phone, { ...phone, saveData: true }, { ...desk, effectiveType: 'slow-2g' }]) {
        expect(shouldStartDuckdb(reason, c), `${reason} ${JSON.stringify(c)}`).toBe(true);
      }
    }
  });

  it('starts at idle only on a wide screen', () => {
    expect(shouldStartDuckdb('idle', desk)).toBe(true);
    expect(shouldStartDuckdb('idle', phone)).toBe(false);
  });

  it('does not start at idle on a slow connection or with Save-Data, even on a wide screen', () => {
    for (const effectiveType of ['slow-2g', '2g', '3g']) expect(shouldStartDuckdb('idle', { ...desk, effectiveType })).toBe(false);
    expect(shouldStartDuckdb('idle', { ...desk, saveData: true })).toBe(false);
  });

  it('starts at idle on a wide screen when the browser does not report the connection', () => {
    expect(shouldStartDuckdb('idle', { wide: true, saveData: false, effectiveType: undefined })).toBe(true);
  });
});

describe('idleIsReasonEnough', () => {
  it('is true on a wide screen whose connection is neither slow nor saving data, false on a phone or when constrained', () => {
    expect(idleIsReasonEnough(desk)).toBe(true);
    expect(idleIsReasonEnough({ ...desk, effectiveType: undefined })).toBe(true);
    expect(idleIsReasonEnough(phone)).toBe(false);
    expect(idleIsReasonEnough({ ...desk, saveData: true })).toBe(false);
    expect(idleIsReasonEnough({ ...desk, effectiveType: '3g' })).toBe(false);
  });

  it('is what decides DuckDB at idle', () => {
    for (const c of [desk, phone, { ...desk, saveData: true }, { ...desk, effectiveType: '2g' }]) {
      expect(shouldStartDuckdb('idle', c)).toBe(idleIsReasonEnough(c));
    }
  });
});

describe('isConstrained', () => {
  it('is true for Save-Data or a slow effective type, false for 4g or unknown', () => {
    expect(isConstrained({ saveData: true, effectiveType: '4g' })).toBe(true);
    expect(isConstrained({ saveData: false, effectiveType: '3g' })).toBe(true);
    expect(isConstrained({ saveData: false, effectiveType: '4g' })).toBe(false);
    expect(isConstrained({ saveData: false, effectiveType: undefined })).toBe(false);
  });
});

describe('readConditions', () => {
  it('reads the connection and asks the wide-screen media query', () => {
    const asked: string[] = [];
    const media = (q: string) => {
      asked.push(q);
      return { matches: true };
    };
    expect(readConditions({ connection: { saveData: true, effectiveType: '2g' } }, media)).toEqual({
      wide: true,
      saveData: true,
      effectiveType: '2g',
    });
    expect(asked).toEqual([WIDE_SCREEN]);
  });

  it('treats a browser without navigator.connection as unconstrained', () => {
    expect(readConditions({}, () => ({ matches: false }))).toEqual({ wide: false, saveData: false, effectiveType: undefined });
  });
});
