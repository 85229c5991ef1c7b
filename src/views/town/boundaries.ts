// The town view's map outlines: public/data/town_boundaries.json (written by data/pipeline/neighbourhoods.ts
// from the 2020 census small-area boundaries) decoded into GeoJSON for d3-geo. The file stores each ring as
// integer steps (degrees × 10⁵ from the box's corner, then differences): about 19 KB instead of 69 KB, and
// lossless. Bad content is an error naming the file.
import { DataFileError } from '../../data/parquet.ts';

export const BOUNDARIES_FILE = 'data/town_boundaries.json';

export interface TownShape {
  readonly type: 'Feature';
  readonly id: string;
  readonly properties: { readonly code: string };
  readonly geometry: { readonly type: 'Polygon'; readonly coordinates: [number, number][][] };
}

export interface Boundaries {
  /** The intermediary's credit line as in the file, and ours (which says who processed the shapes). */
  readonly attribution: string;
  readonly credit: string;
  readonly shapes: readonly TownShape[];
}

interface Encoded {
  attribution?: unknown;
  credit?: unknown;
  scale?: unknown;
  origin?: unknown;
  codes?: unknown;
  rings?: unknown;
}

const isInts = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x));

/** Decodes the file's JSON. */
export function decodeBoundaries(json: unknown, file = BOUNDARIES_FILE): Boundaries {
  const e = (json ?? {}) as Encoded;
  const bad = (why: string) => new DataFileError(file, why);
  if (typeof e.scale !== 'number' || !(e.scale > 0) || !isInts(e.origin) || e.origin.length !== 2) throw bad('no scale or origin');
  if (!Array.isArray(e.codes) || !Array.isArray(e.rings) || e.codes.length !== e.rings.length) throw bad('codes and rings do not match');
  const [x0, y0] = e.origin;
  const scale = e.scale;
  const shapes = e.codes.map((code, i): TownShape => {
    const r = (e.rings as unknown[])[i];
    if (typeof code !== 'string' || !isInts(r) || r.length < 6 || r.length % 2)
      throw bad(`ring ${i + 1} is not a list of at least 3 points`);
    const ring: [number, number][] = [];
    let x = 0;
    let y = 0;
    for (let k = 0; k < r.length; k += 2) {
      x += r[k];
      y += r[k + 1];
      ring.push([(x + x0) / scale, (y + y0) / scale]);
    }
    ring.push(ring[0]);
    // The source's rings run anticlockwise (GeoJSON's right-hand rule); d3-geo wants the opposite on the
    // sphere, or it fills everything outside the town.
    ring.reverse();
    return { type: 'Feature', id: code, properties: { code }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  return { attribution: String(e.attribution ?? ''), credit: String(e.credit ?? ''), shapes };
}

/** Downloads and decodes the boundaries (relative to the page, like the Parquet files). */
export async function loadBoundaries(base: string | URL = document.baseURI): Promise<Boundaries> {
  let response: Response;
  try {
    response = await fetch(new URL(BOUNDARIES_FILE, base));
  } catch (error) {
    throw new DataFileError(BOUNDARIES_FILE, `download failed (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new DataFileError(BOUNDARIES_FILE, `HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataFileError(BOUNDARIES_FILE, 'not JSON');
  }
  return decodeBoundaries(json);
}
