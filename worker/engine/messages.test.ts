import { describe, expect, it } from 'vitest';
import { allowed, show } from './messages.ts';

describe('messages', () => {
  it('writes ranges with a dash, or "to" when the minimum is negative', () => {
    expect(allowed(0, 3)).toBe('allowed 0–3');
    expect(allowed(-2, 3)).toBe('allowed -2 to 3');
  });

  it('shows values briefly', () => {
    expect(show(NaN)).toBe('NaN');
    expect(show('105')).toBe('"105"');
    expect(show(undefined)).toBe('nothing');
    expect(show(null)).toBe('null');
    expect(show(Array(30).fill(1))).toBe('[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,...');
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(show(circular)).toBe('[object Object]');
  });
});
