// Where the pipeline reads raw sources and writes Parquet. Resolved from this file, so the
// pipeline runs the same from any working directory.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RAW_DIR = path.join(REPO_ROOT, 'data', 'raw');
export const OUT_DIR = path.join(REPO_ROOT, 'public', 'data');

/** Path of a raw file: data/raw/<source folder>/<file>. */
export const rawPath = (source: string, file: string): string => path.join(RAW_DIR, source, file);
