// The ward's history and its past outlooks, from the tables the catalog decodes after the first chart:
// registry_history (1 January 1985–2026), census_history (1 October 1980–2025) and past_outlooks (IPSS
// editions and the plan's reconstructed outlook). Read once into plain rows, then turned into chart
// lines; nothing here runs per frame. Dates become decimal years on the charts' axis: 1 January = the
// year, 1 October = year + 0.75.
import { DataFileError, getColumn, getNumbers, getStrings, type DecodedTable } from '../../data/parquet.ts';
import type { HistoryLine, Mark, TrendRule } from '../../charts/TrendChart.svelte';
import type { Indicator } from './actuals.ts';

/** The year from which the registry includes foreign residents (Jan 1 counts). */
export const FOREIGN_FROM = 2013;
/** 1 October as a decimal year. */
export const OCTOBER = 0.75;

export interface RegistryYear {
  readonly year: number;
  /** 'japanese_only' until 2012, 'total' (Japanese + foreign) from 2013. */
  readonly scope: 'japanese_only' | 'total';
  readonly total: number;
  /** Derived from the published 65+ share (± about 30 persons). */
  readonly age65plus: number;
}

/** Nullable numeric column (NaN where NULL). */
function numbersOrNaN(table: DecodedTable, name: string): Float64Array {
  const column = getColumn(table, name);
  if (column.type !== 'int32' && column.type !== 'float64')
    throw new DataFileError(table.file, `column "${name}" is ${column.type}, not numeric`);
  return Float64Array.from(column.values, (v, i) => (column.valid && !column.valid[i] ? NaN : v));
}

export function registryHistory(table: DecodedTable): RegistryYear[] {
  const year = getNumbers(table, 'year');
  const scope = getStrings(table, 'scope');
  const sex = getStrings(table, 'sex');
  const population = getNumbers(table, 'population');
  const old = numbersOrNaN(table, 'age65plus_derived');
  const out: RegistryYear[] = [];
  for (let i = 0; i < table.numRows; i++) {
    if (sex[i] !== 'total' || (scope[i] !== 'japanese_only' && scope[i] !== 'total')) continue;
    if ((scope[i] === 'japanese_only') !== year[i] < FOREIGN_FROM)
      throw new DataFileError(table.file, `row ${i + 1}: scope ${scope[i]} in ${year[i]}`);
    out.push({ year: year[i], scope: scope[i] as RegistryYear['scope'], total: population[i], age65plus: old[i] });
  }
  return out.sort((a, b) => a.year - b.year);
}

export interface CensusPoint {
  readonly year: number;
  /** Decimal year (1 October). */
  readonly x: number;
  readonly preliminary: boolean;
  readonly indicator: Indicator;
  readonly value: number;
}

const CENSUS_GROUPS: Record<string, Indicator> = { total: 'total', '0-14': 'age0_14', '15-64': 'age15_64', '65+': 'age65plus' };

/** Both sexes; the final count where there is one, else the preliminary (2025). Unknown ages are left out. */
export function censusHistory(table: DecodedTable): CensusPoint[] {
  const year = getNumbers(table, 'year');
  const status = getStrings(table, 'status');
  const sex = getStrings(table, 'sex');
  const group = getStrings(table, 'age_group');
  const population = getNumbers(table, 'population');
  const byKey = new Map<string, CensusPoint>();
  for (let i = 0; i < table.numRows; i++) {
    const indicator = CENSUS_GROUPS[group[i]];
    if (!indicator || sex[i] !== 'total') continue;
    const key = `${year[i]}:${indicator}`;
    const preliminary = status[i] !== 'final';
    if (byKey.has(key) && preliminary) continue;
    byKey.set(key, { year: year[i], x: year[i] + OCTOBER, preliminary, indicator, value: population[i] });
  }
  return [...byKey.values()].sort((a, b) => a.year - b.year || a.indicator.localeCompare(b.indicator));
}

export interface PastOutlook {
  readonly edition: string;
  readonly base: 'census' | 'registry';
  readonly baseYear: number;
  readonly published: string;
  /** The plan's outlook: this dashboard's reconstruction (approximation). */
  readonly approximate: boolean;
  /** Totals from the base year on: decimal year (1 October for IPSS, 1 January for the plan). */
  readonly points: readonly { readonly year: number; readonly x: number; readonly value: number }[];
}

export function pastOutlooks(table: DecodedTable): PastOutlook[] {
  const edition = getStrings(table, 'edition');
  const base = getStrings(table, 'base');
  const baseYear = getNumbers(table, 'base_year');
  const published = getStrings(table, 'published');
  const year = getNumbers(table, 'year');
  const date = getStrings(table, 'ref_date');
  const indicator = getStrings(table, 'indicator');
  const population = getNumbers(table, 'population');
  const derivation = getStrings(table, 'derivation');
  const out = new Map<
    string,
    {
      edition: string;
      base: 'census' | 'registry';
      baseYear: number;
      published: string;
      approximate: boolean;
      points: { year: number; x: number; value: number }[];
    }
  >();
  for (let i = 0; i < table.numRows; i++) {
    if (indicator[i] !== 'total') continue;
    if (base[i] !== 'census' && base[i] !== 'registry')
      throw new DataFileError(table.file, `row ${i + 1}: base ${JSON.stringify(base[i])}`);
    const o = out.get(edition[i]) ?? {
      edition: edition[i],
      base: base[i] as 'census' | 'registry',
      baseYear: baseYear[i],
      published: published[i],
      approximate: false,
      points: [],
    };
    o.approximate ||= derivation[i].startsWith('APPROXIMATION');
    o.points.push({ year: year[i], x: year[i] + (date[i].endsWith('-10-01') ? OCTOBER : 0), value: population[i] });
    out.set(edition[i], o);
  }
  for (const o of out.values()) o.points.sort((a, b) => a.x - b.x);
  return [...out.values()].sort((a, b) => a.baseYear - b.baseYear);
}

// ---------------------------------------------------------------- chart inputs

/**
 * The registry as history lines for the given indicators: dotted while it counts Japanese residents only
 * (until 2012), solid from 2013; the two parts are not joined (the jump is mostly the change of definition).
 */
export function registryLines(
  registry: readonly RegistryYear[],
  keys: readonly ('total' | 'age65plus')[],
  color: (key: Indicator) => string,
  emphasis: (key: Indicator) => HistoryLine['emphasis'] = () => 'normal',
  from = -Infinity,
): HistoryLine[] {
  return keys.flatMap((key) =>
    (['japanese_only', 'total'] as const).map((scope) => ({
      key: `${key}-registry-${scope}`,
      color: color(key),
      style: scope === 'japanese_only' ? ('dotted' as const) : ('solid' as const),
      emphasis: emphasis(key),
      points: registry.filter((r) => r.scope === scope && r.year >= from && Number.isFinite(r[key])).map((r) => ({ x: r.year, y: r[key] })),
    })),
  );
}

/** Census years whose age groups are left out of the history: 2010 (13.8 % of ages unknown). */
export const CENSUS_AGES_LEFT_OUT = [2010];

/** Census age groups as hollow squares (1 October, unknown ages excluded), from `from` on. */
export function censusMarks(
  census: readonly CensusPoint[],
  keys: readonly Indicator[],
  color: (key: Indicator) => string,
  from: number,
): Mark[] {
  return census
    .filter((c) => keys.includes(c.indicator) && c.indicator !== 'total' && c.x >= from && !CENSUS_AGES_LEFT_OUT.includes(c.year))
    .map((c) => ({
      key: `census-${c.indicator}-${c.year}`,
      x: c.x,
      y: c.value,
      color: color(c.indicator),
      shape: 'square' as const,
      hollow: true,
    }));
}

/** The rule where the registry line changes meaning. */
export const foreignRule = (label: string): TrendRule => ({ key: 'registry-foreign', x: FOREIGN_FROM - 0.5, label });
