import { describe, expect, it } from 'vitest';
import { describeRejection } from './describe.ts';
import { REJECTION_REASONS, type Rejection } from './rejection.ts';

describe('describeRejection', () => {
  it('names the file, the row, the column, the age and the value', () => {
    const r: Rejection = { reason: 'negative', fileName: 'pop.csv', row: 5, column: '男', age: '15～19歳', value: '-12' };
    expect(describeRejection(r, 'ja')).toBe('pop.csv: 5行目・列「男」・年齢「15～19歳」 — 人数が負の値です：-12。');
    expect(describeRejection(r, 'en')).toBe('pop.csv: row 5, column “男”, age “15～19歳” — A negative count: -12.');
  });

  it('words every reason in both languages, without "undefined"', () => {
    for (const reason of REJECTION_REASONS) {
      for (const lang of ['ja', 'en'] as const) {
        const text = describeRejection({ reason, fileName: 'f.csv', row: 1, value: '10', detail: '5' }, lang);
        expect(text).toMatch(/^f\.csv: /);
        expect(text).not.toContain('undefined');
      }
    }
  });
});
