// Japanese era years (和暦), as the plan writes them: 2033 → 令和15, 2019 → 令和元.
// A year in which the era changed counts as the first year of the new era (2019 = 令和元年,
// 1989 = 平成元年, 1926 = 昭和元年), which also matches fiscal years (2019年度 = 令和元年度).

export interface Era {
  readonly name: string;
  /** Gregorian year that is year 1 (元年) of the era. */
  readonly start: number;
}

/** Newest first. Years before 1926 have no era here (no data that old). */
export const ERAS: readonly Era[] = [
  { name: '令和', start: 2019 },
  { name: '平成', start: 1989 },
  { name: '昭和', start: 1926 },
];

/** The era and the year within it (1 = 元年), or null before 1926 or for a non-integer year. */
export function eraOf(year: number): { era: Era; year: number } | null {
  if (!Number.isInteger(year)) return null;
  const era = ERAS.find((e) => year >= e.start);
  return era ? { era, year: year - era.start + 1 } : null;
}

/** "令和15", "令和元"; null when eraOf is. */
export function eraName(year: number): string | null {
  const e = eraOf(year);
  return e ? `${e.era.name}${e.year === 1 ? '元' : e.year}` : null;
}
