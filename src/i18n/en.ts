// English. Typed as Messages (the shape of ja.ts): a missing or extra key is a compile error.
import type { UrlIssue } from '../state/url.ts';
import { formatSeconds } from './format.ts';
import type { Messages } from './messages.ts';

const link = (i: UrlIssue) => `The link's "${i.param}=${i.value}"`;
const instead = (i: UrlIssue) => (i.fallback !== undefined ? ` Showing the default, ${i.fallback}, instead.` : '');

export const en: Messages = {
  title: 'Suginami Outlook',
  subtitle: "Suginami Ward's Comprehensive Plan (FY2022–FY2030) and its population outlook",
  skipToMain: 'Skip to main content',
  language: {
    switchTo: '日本語',
    switchHint: '日本語に切り替える',
  },
  nav: {
    label: 'Views',
    views: {
      outlook: 'Population outlook',
      plan: 'Comprehensive plan',
      data: 'Data',
    },
  },
  placeholder: {
    notBuilt: 'This view is not built yet.',
    planned: 'What it will show',
    outlook: [
      'Population pyramid (by sex and single age)',
      'Total population over time',
      'Age structure, including the share aged 65 and over',
      'Components of change: births, deaths, in- and out-migration',
      "Comparison with the plan's published projection",
    ],
    plan: ["The plan's policies and indicators, field by field"],
  },
  notices: {
    label: 'Notices',
    dismiss: 'Dismiss',
    dismissAll: 'Dismiss all',
    url: (i: UrlIssue): string => {
      switch (i.problem) {
        case 'unknown-parameter':
          return `${link(i)} is not a setting of this dashboard and was ignored.`;
        case 'repeated':
          return `The link sets "${i.param}" more than once (${i.value}). Using the first, ${i.fallback}.`;
        case 'unknown-value':
          return `${link(i)} is not a valid value (allowed: ${i.allowed}).${instead(i)}`;
        case 'not-a-number':
          return `${link(i)} is not a number (allowed: ${i.allowed}).${instead(i)}`;
        case 'out-of-range':
          return `${link(i)} is out of range (allowed: ${i.allowed}).${instead(i)}`;
        case 'not-integer':
          return `${link(i)} is not a whole number (allowed: ${i.allowed}).${instead(i)}`;
        case 'tfr-path':
          return `${link(i)}: the point "${i.point}" cannot be read. A fertility path is year:value pairs separated by commas, years increasing (e.g. 2030:1.1,2045:1.4; year:value ${i.allowed}).${instead(i)}`;
        case 'after-horizon':
          return `${link(i)} is after the last projected year (allowed: ${i.allowed}).${instead(i)}`;
      }
    },
    dataFile: (file: string, reason: string) => `The data file ${file} could not be loaded: ${reason}`,
    manifest: (reason: string) => `The list of data files could not be loaded: ${reason}`,
  },
  settings: {
    heading: 'Current settings',
    note: 'Every setting is in the link (URL): copy it to reproduce this screen.',
    year: 'Year shown',
    tfr: 'Total fertility rate',
    srb: 'Sex ratio at birth (boys per 100 girls)',
    mortalityDecline: 'Mortality improvement (per year)',
    inMigration: 'In-migration multiplier',
    outMigration: 'Out-migration multiplier',
    horizon: 'Last projected year',
    times: (text: string) => `×${text}`,
    pathPoint: (year: string, value: string) => `${year}: ${value}`,
  },
  chart: {
    loading: 'Loading…',
    empty: 'No data to show.',
    error: (reason: string): string => `Could not draw this: ${reason}`,
    showTable: 'Show as a table',
  },
  base: {
    heading: 'Base population',
    label: 'Population on 1 Jan 2021 (sum of the population column of base_population.parquet)',
    approximation: 'Its split by age is an approximation, estimated from the 2022 resident registry.',
    loading: 'loading…',
    unavailable: 'This build has no base population data file.',
    error: (reason: string) => `The base population could not be loaded: ${reason}`,
  },
  duckdb: {
    label: 'Analysis database (DuckDB)',
    idle: 'not started',
    loading: 'loading…',
    ready: (version: string, seconds: number) => `ready (${version}, ${formatSeconds(seconds, 'en')})`,
    error: (message: string) => `error: ${message}`,
  },
  data: {
    heading: 'Data',
    intro:
      'The data files this dashboard loads. Row counts are shown twice: counted while reading the Parquet file, and asked of the analysis database with SQL.',
    caption: 'Loaded tables',
    columns: {
      table: 'Table',
      description: 'Contents',
      status: 'Status',
      rowsFile: 'Rows (file)',
      rowsSql: 'Rows (SQL)',
      size: 'Size',
      decode: 'Load time',
    },
    status: {
      pending: 'waiting',
      unavailable: 'not in this build',
      loading: 'loading…',
      ready: 'loaded',
      error: 'error',
    },
    notInList: '(file not in the table list)',
    waitingForDb: 'Waiting for the analysis database…',
    sqlError: (message: string) => `The SQL query failed: ${message}`,
    sqlShown: 'SQL used',
    empty: 'This build has no data files.',
  },
};
