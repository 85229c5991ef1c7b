import { describe, expect, it } from 'vitest';
import { nodeName, otherName, pick, rowName } from './names.ts';

describe('names', () => {
  it('give the reader’s language first and the other beside it', () => {
    const policy = { name_ja: '生涯にわたる学びの支援', name_en: 'Support for lifelong learning' };
    expect(rowName(policy, 'ja')).toBe('生涯にわたる学びの支援');
    expect(rowName(policy, 'en')).toBe('Support for lifelong learning');
    const node = { nameJa: '学び', nameEn: 'Learning' };
    expect([nodeName(node, 'ja'), otherName(node, 'ja')]).toEqual(['学び', 'Learning']);
    expect([nodeName(node, 'en'), otherName(node, 'en')]).toEqual(['Learning', '学び']);
    expect(pick('en', '注記', null)).toBeNull();
    expect(pick('ja', '注記', 'note')).toBe('注記');
  });
});
