// Chart files say what and when: suginami-<what>[-<own file>]-<scenario>-<date>.<ext>, e.g.
//   suginami-total-population-sim1-2026-12-03.png
//   suginami-population-pyramid-my-town-2026-custom-2026-12-03.svg   (own data: the file's stem)
// <scenario> is the preset the scenario matches (plan, sim1, sim2, zeroMigration) or "custom", with
// the horizon added when it is not the plan's 2065; charts without a scenario (the plan view) have none.
// The exact scenario is written inside the file (the SVG's scenario line) and in the link.

/** File-name words for the outlook's charts (ChartFrame ids); any other id is used as it is. */
const WHAT: Record<string, string> = {
  pyramid: 'population-pyramid',
  total: 'total-population',
  'age-groups': 'age-groups',
  aging: 'aging-rate',
  shares: 'age-shares',
  change: 'population-change',
  published: 'published-figures',
};

/** A file-name part: letters (any script), digits, dot, dash; at most 40 characters. */
export const fileNamePart = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\.[a-z0-9]{2,7}$/i, '')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

const p2 = (n: number) => String(n).padStart(2, '0');
export const localDate = (d: Date) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;

export interface ChartFileParts {
  readonly chartId: string;
  readonly extension: 'png' | 'svg' | 'csv';
  /** The own data's file name, when the chart shows it. */
  readonly dataName?: string | null;
  /** e.g. sim1, custom, plan-2070; null for charts without a scenario. */
  readonly scenario?: string | null;
  readonly date: Date;
}

export function chartFileName(parts: ChartFileParts): string {
  const what = WHAT[parts.chartId] ?? fileNamePart(parts.chartId);
  const words = ['suginami', what, parts.dataName ? fileNamePart(parts.dataName) : '', parts.scenario ?? '', localDate(parts.date)].filter(
    Boolean,
  );
  return `${words.join('-')}.${parts.extension}`;
}
