import { describe, expect, it } from 'vitest';
import { flowRows } from './flows_2024.ts';

const v = new Map(flowRows().map((r) => [r.key, r.value]));
const get = (k: string) => {
  const x = v.get(k);
  if (x === undefined) throw new Error(`no ${k}`);
  return x;
};

describe('flows_2024', () => {
  it('has Suginami 2024 births, deaths and moves as in the PROVENANCE', () => {
    expect(get('births')).toBe(3582);
    expect(get('deaths')).toBe(5248);
    expect([get('in_other_prefectures'), get('out_other_prefectures')]).toEqual([19670, 15686]);
    expect([get('in_within_tokyo'), get('out_within_tokyo')]).toEqual([22552, 23304]);
    expect(get('other_change')).toBe(2738);
    expect(get('total_change')).toBe(4304);
  });
  it('adds up: nets = in − out, natural = births − deaths, total = sum of components', () => {
    expect(get('net_other_prefectures')).toBe(get('in_other_prefectures') - get('out_other_prefectures'));
    expect(get('net_within_tokyo')).toBe(get('in_within_tokyo') - get('out_within_tokyo'));
    expect(get('natural_change')).toBe(get('births') - get('deaths'));
    expect(get('total_change')).toBe(get('net_other_prefectures') + get('net_within_tokyo') + get('natural_change') + get('other_change'));
  });
  it('flags the population levels as not comparable with the registry', () => {
    flowRows()
      .filter((r) => r.key.startsWith('population_level'))
      .forEach((r) => expect(r.note).toMatch(/CAUTION/));
  });
});
