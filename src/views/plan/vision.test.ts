import { describe, expect, it } from 'vitest';
import { VISION } from './vision.ts';

// src/ is type-checked without Node's types (it is browser code), so node:fs is imported by name.
const FS = 'node:fs';

describe('the vision', () => {
  it('is quoted exactly from the plan summary, as the ward aim 「…」', async () => {
    const fs = (await import(/* @vite-ignore */ FS)) as {
      readdirSync(path: URL): string[];
      readFileSync(path: URL, encoding: 'utf8'): string;
    };
    const dir = new URL('../../../data/raw/plan-document/', import.meta.url);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.txt'))!;
    const text = fs.readFileSync(new URL(file, dir), 'utf8');
    expect(text).toContain(`目指すまちの姿を「${VISION.ja}」`);
    expect(text.split('\n').map((l) => l.trim())).toContain(`「${VISION.ja}」`);
    expect(VISION.en).not.toBe(VISION.ja);
  });
});
