// The town view's data: neighbourhoods.parquet and neighbourhood_population.parquet through the catalog
// (hyparquet; no DuckDB), and the map's outlines (boundaries.ts). Nothing of it loads before the view opens.
// Each part fails alone with a message naming its file; the list and the figures do not wait for the map.
import type { Catalog } from '../../data/catalog.svelte.ts';
import { DataFileError, getColumn, getStrings } from '../../data/parquet.ts';
import { readRows } from '../plan/tables.ts';
import { loadBoundaries, type Boundaries } from './boundaries.ts';
import { figuresOf, MEASURES, ranksOf, type Measure, type TownFigures } from './measures.ts';

/** Ages 0..100 (100 = 100+), as in every population table here. */
export const TOWN_AGES = 101;

export interface Town {
  readonly code: string;
  readonly name: string;
  readonly name_en: string;
  readonly kana: string;
  readonly town: string;
  readonly chome: number | null;
  readonly households: number;
  readonly figures: TownFigures;
  /** Rank among the 139 for each measure, 1 = highest. */
  readonly ranks: Readonly<Record<Measure, number>>;
  readonly male: Float64Array;
  readonly female: Float64Array;
}

export interface Ward {
  readonly figures: TownFigures;
  readonly male: Float64Array;
  readonly female: Float64Array;
}

export type Load<T> =
  { readonly status: 'loading' } | { readonly status: 'error'; readonly reason: string } | { readonly status: 'ready'; readonly value: T };

const reason = (error: unknown) =>
  error instanceof DataFileError ? error.message : error instanceof Error ? error.message : String(error);

const TOWN_SPEC = { code: 'str', name: 'str', name_en: 'str', kana: 'str', town: 'str', chome: 'int?', households: 'int' } as const;

/** Builds the towns (with ranks) and the ward from the two decoded tables. */
export function buildTowns(
  towns: ReturnType<typeof readRows<typeof TOWN_SPEC>>,
  ages: { codes: readonly string[]; sexes: readonly string[]; ages: ArrayLike<number>; population: ArrayLike<number> },
  file = 'data/neighbourhood_population.parquet',
): { towns: Town[]; ward: Ward } {
  const byCode = new Map(towns.map((t, i) => [t.code, i]));
  const male = towns.map(() => new Float64Array(TOWN_AGES));
  const female = towns.map(() => new Float64Array(TOWN_AGES));
  for (let r = 0; r < ages.codes.length; r++) {
    const i = byCode.get(ages.codes[r]);
    const age = ages.ages[r];
    if (i === undefined) throw new DataFileError(file, `row ${r + 1}: code ${ages.codes[r]} is not in neighbourhoods.parquet`);
    if (!(age >= 0 && age < TOWN_AGES && Number.isInteger(age))) throw new DataFileError(file, `row ${r + 1}: age ${age} is not 0–100`);
    const sex = ages.sexes[r];
    if (sex !== 'male' && sex !== 'female') throw new DataFileError(file, `row ${r + 1}: sex ${sex} is not male or female`);
    (sex === 'male' ? male : female)[i][age] += ages.population[r];
  }
  const figures = towns.map((_, i) => figuresOf(male[i], female[i]));
  const ranks = Object.fromEntries(MEASURES.map((m) => [m, ranksOf(figures.map((f) => f[m]))])) as Record<Measure, number[]>;
  const wardMale = new Float64Array(TOWN_AGES);
  const wardFemale = new Float64Array(TOWN_AGES);
  towns.forEach((_, i) => {
    for (let a = 0; a < TOWN_AGES; a++) {
      wardMale[a] += male[i][a];
      wardFemale[a] += female[i][a];
    }
  });
  return {
    towns: towns.map((t, i) => ({
      ...t,
      figures: figures[i],
      ranks: Object.fromEntries(MEASURES.map((m) => [m, ranks[m][i]])) as Record<Measure, number>,
      male: male[i],
      female: female[i],
    })),
    ward: { figures: figuresOf(wardMale, wardFemale), male: wardMale, female: wardFemale },
  };
}

export class TownData {
  towns = $state.raw<Load<{ towns: Town[]; ward: Ward }>>({ status: 'loading' });
  boundaries = $state.raw<Load<Boundaries>>({ status: 'loading' });

  constructor(catalog: Catalog) {
    void Promise.all([catalog.table('neighbourhoods'), catalog.table('neighbourhood_population')]).then(
      ([towns, ages]) => {
        try {
          const rows = readRows(towns, TOWN_SPEC);
          const n = (name: string) => {
            const c = getColumn(ages, name);
            if (c.type !== 'int32' && c.type !== 'float64')
              throw new DataFileError(ages.file, `column "${name}" is ${c.type}, not numeric`);
            return c.values;
          };
          this.towns = {
            status: 'ready',
            value: buildTowns(
              rows,
              { codes: getStrings(ages, 'code'), sexes: getStrings(ages, 'sex'), ages: n('age'), population: n('population') },
              ages.file,
            ),
          };
        } catch (error) {
          this.towns = { status: 'error', reason: reason(error) };
        }
      },
      (error: unknown) => (this.towns = { status: 'error', reason: reason(error) }),
    );
    void loadBoundaries().then(
      (value) => (this.boundaries = { status: 'ready', value }),
      (error: unknown) => (this.boundaries = { status: 'error', reason: reason(error) }),
    );
  }
}
