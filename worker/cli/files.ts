// Files the CLI reads: JSON documents and the Parquet tables of a data directory, with one-line errors.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadFile } from '../baseline/parquet.ts';
import { UsageError } from './args.ts';

const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  return e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'is a directory' : e.message;
};

/** Reads and parses a JSON file; `what` names it in messages ("scenario", "inputs"). */
export async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${what} file ${file}: ${reason(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${what} file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads files by name from a directory (public/data/ by default), as the baseline loader wants. */
export function readFromDirectory(dir: string): ReadFile {
  return async (name) => {
    const bytes = await readFile(path.join(dir, name)).catch((error: unknown) => {
      throw new Error(`${reason(error)} in ${dir}`);
    });
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  };
}

/** public/data/ of this repository, wherever the command is run from. */
export const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, '../../public/data');
