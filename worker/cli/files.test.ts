import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from './args.ts';
import { readFromDirectory, readJson } from './files.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cli-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI files', () => {
  it('reads JSON and names the file when it cannot', async () => {
    writeFileSync(path.join(dir, 'ok.json'), '{"tfr": 1.2}');
    writeFileSync(path.join(dir, 'bad.json'), '{"tfr": ');
    expect(await readJson(path.join(dir, 'ok.json'), 'scenario')).toEqual({ tfr: 1.2 });
    await expect(readJson(path.join(dir, 'none.json'), 'scenario')).rejects.toThrow(
      new UsageError(`cannot read scenario file ${path.join(dir, 'none.json')}: no such file`),
    );
    await expect(readJson(path.join(dir, 'bad.json'), 'inputs')).rejects.toThrow(
      `inputs file ${path.join(dir, 'bad.json')} is not valid JSON`,
    );
    await expect(readJson(dir, 'inputs')).rejects.toThrow('is a directory');
  });

  it('reads a data directory by file name into an ArrayBuffer', async () => {
    writeFileSync(path.join(dir, 'x.bin'), Buffer.from([1, 2, 3]));
    const read = readFromDirectory(dir);
    expect(new Uint8Array(await read('x.bin'))).toEqual(new Uint8Array([1, 2, 3]));
    await expect(read('y.bin')).rejects.toThrow(`no such file in ${dir}`);
  });
});
