import { describe, expect, it } from 'vitest';
import { axisPeople, percent, signedPeople, signedPercent } from './format.ts';

describe('outlook number formats', () => {
  it('writes differences with a sign, in the compact unit', () => {
    expect(signedPeople(12345, 'ja')).toBe('+1.2万人');
    expect(signedPeople(-3456.4, 'ja')).toBe('−3,456人');
    expect(signedPeople(0.3, 'en')).toBe('±0');
    expect(signedPeople(-52000, 'en')).toBe('−52.0k');
    expect(signedPercent(-1.26, 'ja')).toBe('−1.3');
    expect(signedPercent(0.04, 'en')).toBe('±0.0');
  });

  it('writes axis ticks without trailing zeros, and percentages', () => {
    expect(axisPeople(600000, 'ja')).toBe('60万');
    expect(axisPeople(585000, 'ja')).toBe('58.5万');
    expect(axisPeople(-2000, 'ja')).toBe('−2,000');
    expect(axisPeople(600000, 'en')).toBe('600k');
    expect(percent(28.7, 'ja')).toBe('28.7%');
  });
});
