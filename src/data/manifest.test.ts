import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest.ts';

describe('parseManifest', () => {
  it('keeps valid entries and explains every skipped one', () => {
    const manifest = parseManifest({
      files: [
        { table: 'survival', file: 'data/survival.parquet', bytes: 16040 },
        { table: 'Bad-Name', file: 'data/Bad-Name.parquet', bytes: 1 },
        { table: 'elsewhere', file: 'http://example.com/x.parquet', bytes: 1 },
        { table: 'sized', file: 'data/sized.parquet', bytes: -1 },
        { table: 'survival', file: 'data/survival.parquet', bytes: 16040 },
        null,
      ],
    });
    expect(manifest.files).toEqual([{ table: 'survival', file: 'data/survival.parquet', bytes: 16040 }]);
    expect(manifest.skipped).toEqual([
      '"Bad-Name": not a valid table name (lower-case letters, digits, _)',
      'elsewhere: file must be data/elsewhere.parquet, got "http://example.com/x.parquet"',
      'sized: bytes must be a whole number, got -1',
      'survival: listed twice',
      'null: not a valid table name (lower-case letters, digits, _)',
    ]);
  });

  it('rejects a file that is not a manifest at all', () => {
    expect(() => parseManifest([])).toThrow('data-files.json: expected {"files": [...]}');
    expect(() => parseManifest(null)).toThrow('data-files.json');
  });
});
