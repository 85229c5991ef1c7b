// English. Typed as Messages (the shape of ja.ts): a missing or extra key is a compile error.
import type { UrlIssue } from '../state/url.ts';
import { formatSeconds } from './format.ts';
import type { StepContext } from './ja.ts';
import type { Messages } from './ja.ts';

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
      town: 'My neighbourhood',
    },
    /** On a phone, where three long names do not fit side by side. */
    short: {
      outlook: 'Outlook',
      plan: 'The plan',
      data: 'Data',
      town: 'My area',
    },
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
        case 'too-long':
          return `${link(i)} is too long (allowed: ${i.allowed} characters). It is left out.`;
      }
    },
    dataFile: (file: string, reason: string) => `The data file ${file} could not be loaded: ${reason}`,
    manifest: (reason: string) => `The list of data files could not be loaded: ${reason}`,
  },
  chart: {
    loading: 'Loading…',
    empty: 'No data to show.',
    error: (reason: string): string => `Could not draw this: ${reason}`,
    showTable: 'Show as a table',
  },
  outlook: {
    lead: "Suginami's future population, projected while you change the assumptions on births, deaths and migration. Solid lines: the assumptions you chose; dashed: the plan's.",
    computing: 'Projecting the population…',
    failed: (reason: string) => `The projection could not be computed: ${reason}`,
    requestFailed: (reason: string) => `These assumptions could not be projected (the previous result is shown): ${reason}`,
    capped: (cells: string) => `Out-migration was too high: it was held within the population in ${cells} cells.`,
    groups: {
      total: 'Total population',
      age0_14: 'Children (0–14)',
      age15_64: 'Working age (15–64)',
      age65plus: 'Older people (65+)',
    },
    groupsShort: { total: 'Total', age0_14: '0–14', age15_64: '15–64', age65plus: '65+' },
    legend: {
      scenario: 'Your assumptions (solid)',
      baseline: "The plan's assumptions (dashed)",
      actual: 'Registry counts',
      actualUncertain: 'Registry count (date not stated, about Oct 2022)',
      plan: "The plan's published figure",
    },
    headline: {
      heading: (year: string) => `Outlook for 1 January ${year}`,
      total: 'Total population',
      aging: 'Aged 65+',
      shares: 'Age groups',
      vsBaseline: (diff: string) => `${diff} vs the plan's assumptions`,
      sameAsBaseline: "Same as the plan's assumptions",
      approximation:
        "This dashboard's own projection. The base population, life tables and migration are approximated (the plan's own inputs are not in our sources), so it differs a little from the plan's published figures.",
      approximationLink: 'Compare with the published figures',
      reading: (r: {
        shape: 'peak' | 'falling' | 'rising';
        peakYear: string;
        peakValue: string;
        startYear: string;
        startValue: string;
        endYear: string;
        endValue: string;
        fromPeak: string;
        agingStart: string;
        agingEnd: string;
        agingUp: boolean;
      }): string => {
        const total =
          r.shape === 'peak'
            ? `The population peaks at ${r.peakValue} in ${r.peakYear}, then falls to ${r.endValue} by ${r.endYear} (${r.fromPeak} from the peak).`
            : r.shape === 'falling'
              ? `The population falls from ${r.startValue} in ${r.startYear} to ${r.endValue} by ${r.endYear}.`
              : `The population keeps growing, to ${r.endValue} by ${r.endYear}.`;
        return `${total} The share aged 65 and over ${r.agingUp ? 'rises' : 'falls'} from ${r.agingStart} to ${r.agingEnd}.`;
      },
    },
    pyramid: {
      title: 'Population pyramid',
      description: (year: string) =>
        `Population on 1 January ${year} by sex and single year of age. Bars: your assumptions; black line: the plan's.`,
      male: 'Men',
      female: 'Women',
      year: 'Year shown',
      play: 'Play',
      pause: 'Pause',
      age: (age: number) => (age >= 100 ? '100+' : `age ${age}`),
      bar: (age: string, sex: string, count: string, baseline: string | null) =>
        `${sex}, ${age}: ${count}${baseline ? ` (plan's assumptions: ${baseline})` : ''}`,
      aria: (year: string) =>
        `Population pyramid, ${year}. Up and down arrows choose an age, left and right the sex; the count is read out.`,
      columns: {
        age: 'Age',
        male: 'Men',
        female: 'Women',
        baselineMale: "Men (plan's assumptions)",
        baselineFemale: "Women (plan's assumptions)",
      },
      note: 'Counts by single age are projections (rounded to whole persons). The base population (1 Jan 2021) is an approximation derived from the registry of about October 2022.',
    },
    trends: {
      totalTitle: 'Total population',
      groupsTitle: 'Population by age group',
      description:
        "Population on 1 January of each year. Solid: your assumptions; dashed: the plan's; dots: registry counts. Click a year to show it.",
      peak: (value: string, year: string) => `Peak ${value} (${year})`,
      focus: 'Highlight',
      focusNone: 'None',
      aria: (title: string) => `Line chart: ${title}. Left and right arrows choose a year and read its values; Enter shows that year.`,
      actualsNote:
        'Registry counts: 1 Jan 2021 (total), about October 2022 (the source states no date; taken as 1 October; hollow dot), 1 Jan 2025 and 1 Jan 2026 (age groups).',
      columns: {
        year: 'Year',
        scenario: 'Your assumptions',
        baseline: "Plan's assumptions",
        date: 'Date',
        group: 'Group',
        count: 'Persons',
      },
      actualsCaption: 'Registry counts',
      actualDate: (date: string, certain: boolean) => (certain ? date : `${date} (estimated)`),
    },
    planLinks: {
      title: 'Plan policies for these age groups',
      count: (n: number) => ` (${n})`,
      note: "Policies of the Comprehensive Plan that plainly concern the age group. The links between policies and age groups are this dashboard's, not the plan document's.",
      none: 'No policy linked.',
      policy: (id: number, name: string) => `Policy ${id}: ${name}`,
      loading: 'Loading the plan’s policies…',
      error: (reason: string) => `The plan’s policies could not be loaded: ${reason}`,
    },
    aging: {
      title: 'Share aged 65 and over',
      description: 'People aged 65 and over as a share of the total (1 January of each year).',
      label: 'Aged 65+',
      planMark: (value: string, year: string) => `Plan: ${value} (${year})`,
    },
    shares: {
      title: 'Population by age group, shares',
      description: 'Shares of children (0–14), working age (15–64) and older people (65+), under your assumptions.',
    },
    change: {
      title: 'Natural and social change',
      description: 'Change during each year. Natural change: births minus deaths. Social change: people moving in minus people moving out.',
      natural: 'Natural change (births − deaths)',
      social: 'Social change (in − out)',
      births: 'Births',
      deaths: 'Deaths',
      inMigrants: 'Moved in',
      outMigrants: 'Moved out',
      during: (year: string) => `During ${year}`,
      note: 'Moves in and out are computed from migration rates by sex and age (calibrated to the registry), not counted moves.',
    },
    published: {
      title: "The plan's published figures",
      description: "The results printed in the Comprehensive Plan, beside this dashboard's projections.",
      columns: {
        indicator: 'Indicator',
        plan: 'Plan (published)',
        baseline: "This dashboard, plan's assumptions",
        scenario: 'This dashboard, your assumptions',
        difference: 'Difference (yours − published)',
      },
      peakOf: (group: string) => `${group}, peak`,
      agingLevel: (year: string) => `Share aged 65+ in ${year}`,
      fiscalYear: (year: string) => `FY${year}`,
      yearShift: (years: number) => (years === 0 ? 'same year' : years > 0 ? `${years} yr later` : `${-years} yr earlier`),
      points: (points: string) => `${points} points`,
      approximate: 'approx.',
      unavailable: '—',
      notes: [
        'The plan gives fiscal years (April–March); this dashboard projects 1 January populations, a few months apart.',
        'The base population by sex and single age (1 Jan 2021) is not in our sources: it is derived from the registry of about October 2022 (totals match the 1 Jan 2021 registry).',
        "Survival uses national life tables (women: HMD 2019; men: built from 2018 death rates) in place of the plan's Tokyo 2015 and national 2019 tables.",
        'Births follow the national age pattern of fertility (2019), scaled to a total fertility rate of 0.99.',
        "The plan's migration rates are not in our sources: the rates used are calibrated to the registry and to 2024's moves (docs/calibration.md).",
      ],
      source: 'Source: Suginami Comprehensive Plan, “Population outlook” (summary of results, ① peaks).',
    },
  },
  scenario: {
    heading: 'Change the assumptions',
    show: 'Open',
    hide: 'Close',
    presets: 'Common scenarios',
    presetsHelp: "Assumptions often used in municipalities' population-vision simulations.",
    presetsAbout: 'What each preset assumes',
    showHelp: 'Help',
    hideHelp: 'Hide help',
    presetsError: (reason: string) => `The scenario list could not be read: ${reason}`,
    chosen: ' (chosen)',
    reset: "Back to the plan's assumptions",
    params: {
      tfr: {
        label: 'Total fertility rate',
        unit: 'children',
        help: "Children per woman over a lifetime. The plan's assumption: 0.99 (Suginami, 2020).",
      },
      srb: { label: 'Sex ratio at birth', unit: 'boys', help: "Boys born per 100 girls. The plan's assumption: 105.1." },
      mortalityDecline: {
        label: 'Falling death rates',
        unit: '%/yr',
        help: 'How much every death rate falls each year. 0 holds them as in the plan (fixed life tables); negative values raise them.',
      },
      inMigration: { label: 'Moving in', unit: '×', help: "Multiplier on the in-migration rates by age. 1 = the plan's assumption." },
      outMigration: { label: 'Moving out', unit: '×', help: "Multiplier on the out-migration rates by age. 1 = the plan's assumption." },
      horizon: { label: 'Last year', unit: 'year', help: '2030–2070. The plan projects to 2065.' },
    },
    migrationHeading: 'Migration',
    migrationHelp:
      'This projection moves people with in- and out-migration rates by sex and age. Setting both to 0 means nobody moves in or out: net migration is zero at every age.',
    tfrMode: { label: 'Fertility', level: 'Constant', path: 'Changes over time' },
    path: {
      year: 'Year',
      pointLabel: (year: string) => `Rate in ${year}`,
      add: 'Add a point',
      remove: (year: string) => `Remove the point for ${year}`,
      help: 'Straight lines between points; before the first point and after the last, the rate stays at that point.',
      order: (year: string) => `${year}: each year must come after the one before.`,
    },
    problems: {
      empty: 'is empty',
      'not-a-number': 'is not a number',
      'out-of-range': 'is out of range',
      'not-integer': 'is not a whole number',
    },
    invalid: (label: string, text: string, problem: string, allowed: string, kept: string) =>
      `${label}: "${text}" ${problem} (${allowed}). Keeping ${kept}.`,
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
    filesHeading: 'Data files',
    workbenchLoading:
      'Preparing the analysis tools while the analysis database (DuckDB) starts… (the data files below can be read meanwhile)',
    workbenchFailed: (reason: string) => `The analysis tools could not be loaded: ${reason}`,
    console: {
      heading: 'Query with SQL',
      intro:
        'Ask the loaded tables and the projection on screen (the tables starting scenario_ and baseline_) with SQL (DuckDB). The database runs in this browser and cannot read outside files, URLs or extensions.',
      label: 'SQL',
      hint: 'Ctrl+Enter (⌘+Enter on a Mac) runs it too.',
      run: 'Run',
      running: 'Running…',
      waitingForProjection: 'Preparing the projection tables…',
      examples: 'Examples (a click runs one)',
    },
    result: {
      heading: 'Result',
      none: 'Nothing run yet. Write SQL and run it, or pick an example.',
      rows: (rows: string) => `${rows} rows`,
      shownFirst: (shown: string) => `first ${shown} shown`,
      took: (ms: string) => `${ms} ms`,
      caption: "Query result (each column's type under its name)",
      null: 'NULL',
      downloadCsv: 'Download CSV',
      downloadArrow: 'Download Arrow (.arrow)',
      downloadHint: 'CSV is UTF-8 with a byte-order mark, so Excel opens it as is. Every row is saved.',
      errorTitle: 'The SQL could not run',
      kept: 'The previous result is still shown.',
      dismiss: 'Dismiss the error',
      sql: 'SQL of this result',
      types: {
        bigint: (columns: string) =>
          `${columns}: BIGINT values are shown with every digit (numbers in the chart; beyond ±2^53 they stay text).`,
        decimal: (columns: string) => `${columns}: DECIMAL values are shown with every digit (the nearest number in the chart).`,
        timestamp: (columns: string) => `${columns}: times are shown to the millisecond (UTC).`,
        nested: (columns: string) => `${columns}: lists and structs are shown as JSON; cast to VARCHAR for DuckDB's own notation.`,
        binary: (columns: string) => `${columns}: BLOB bytes are shown as \\xNN.`,
        unsupported: (columns: string) =>
          `${columns}: this type (INTERVAL, …) cannot be shown here; cast it to VARCHAR in SQL (::VARCHAR).`,
      },
    },
    chart: {
      title: 'Chart of the result',
      description: (x: string, series: string) => `Across: the first column, "${x}"; up: the numeric columns (${series}).`,
      mark: 'Chart type',
      line: 'Line',
      bar: 'Bars',
      none: 'Run a query to chart its result.',
      problems: {
        'no-rows': 'The result has no rows.',
        'too-many-rows': (max: string) => `Too many rows to chart (at most ${max}).`,
        'no-x': 'The first column is not numbers, years or text, so it cannot be an axis.',
        'no-series': 'Nothing to chart: besides the first column, a numeric column that is not a year or an id is needed.',
      },
      omitted: (columns: string) => `Too many columns: ${columns} left out of the chart.`,
      failed: (reason: string) => `The chart could not be drawn: ${reason}`,
    },
    projection: {
      heading: 'The projection on screen, as tables',
      intro:
        "The projection of the link's scenario and of the plan's baseline, as SQL tables. When the scenario changes, the tables are replaced.",
      waiting: 'Projecting…',
      failed: (reason: string) => `The projection tables could not be made: ${reason}`,
      scenario: 'This scenario',
      baseline: "The plan's baseline",
      downloadSummary: 'Download the yearly summary (CSV)',
      downloadPopulation: 'Download population by year, sex and age (CSV)',
      fileNote:
        "The file name states every assumption (tfr = total fertility rate, srb = sex ratio at birth, mortalityDecline, inMigration and outMigration multipliers, horizon). Values are the projection's own, unrounded.",
      tables: {
        scenario_summary: "This scenario's projection: population and change by year",
        scenario_population: "This scenario's projection: population by year, sex and single age",
        baseline_summary: "The baseline's projection: population and change by year",
        baseline_population: "The baseline's projection: population by year, sex and single age",
        scenario_parameters: 'The assumptions of each projection (one row each)',
      },
      columns: {
        year: 'Year (population on 1 January)',
        total: 'Total population',
        male: 'Men',
        female: 'Women',
        age0_14: 'Children (0–14)',
        age15_64: 'Working age (15–64)',
        age65plus: 'Older people (65+)',
        share0_14: 'Share aged 0–14 (%)',
        share15_64: 'Share aged 15–64 (%)',
        aging_rate: 'Aging rate (share aged 65+, %)',
        births: 'Births during the year (NULL in the last year)',
        deaths: 'Deaths during the year (NULL in the last year)',
        in_migrants: 'In-migrants during the year (NULL in the last year)',
        out_migrants: 'Out-migrants during the year (NULL in the last year)',
        natural_change: 'Natural change (births − deaths; NULL in the last year)',
        social_change: 'Social change (in − out; NULL in the last year)',
        sex: 'Sex (male, female)',
        age: 'Age (0–100; 100 is 100 and over)',
        population: 'Population (projected, fractions of a person kept)',
        projection: "scenario (the link's) or baseline (the plan's)",
        tfr: 'Total fertility rate, as the link writes it (0.99, or year:value pairs)',
        srb: 'Sex ratio at birth (boys per 100 girls)',
        mortality_decline: 'Decline of death rates (% per year)',
        in_migration: 'Multiplier on in-migration rates',
        out_migration: 'Multiplier on out-migration rates',
        base_year: 'Base year (projected from the population on 1 Jan 2021)',
        horizon: 'Last year projected',
      },
    },
    dictionary: {
      heading: 'Data dictionary',
      intro:
        "Every table and column in the database (types from DuckDB's information_schema). The Parquet tables are described in detail in the repository's data/README.md and docs/plan-data.md.",
      columns: { column: 'Column', type: 'Type', meaning: 'Meaning' },
      rows: (n: string) => `${n} rows`,
      waiting: 'Waiting for the database…',
      failed: (reason: string) => `Could not list the tables: ${reason}`,
      projectionTable: 'projection',
    },
    own: {
      heading: 'Project your own inputs',
      intro:
        "Choose an inputs file (JSON in the form of the repository's docs/inputs.md, the same file as the --inputs of npm run project): it is projected in your browser by the same method as this dashboard, and its yearly summary is shown as a table and saved as CSV. The file is sent nowhere and is not part of the link.",
      notWard: "The numbers here are projected from the inputs in your file. They are not Suginami Ward's data.",
      file: 'Inputs file (JSON, up to 5 MB)',
      horizon: 'Last year',
      horizonHint: (min: number, max: number, standard: number) => `${min}–${max} (empty: ${standard})`,
      fileName: 'File',
      description: 'Description',
      source: 'Source',
      ownWords: "The file's own words, as given.",
      baseYear: 'Base year',
      horizonShown: 'Last year',
      caption: (file: string) => `Projection from the inputs in ${file}: population by year (1 January)`,
      columns: {
        year: 'Year',
        total: 'Total',
        age0_14: '0–14',
        age15_64: '15–64',
        age65plus: '65+',
        aging_rate: 'Aging rate (%)',
      },
      rounded:
        "People are rounded to whole persons in the table. The CSV holds the unrounded projection with the columns of the command's --format csv (births, deaths and migrants included).",
      download: 'Download the yearly summary (CSV)',
      none: 'No file chosen yet. docs/examples/inputs.json (made-up numbers) is an example.',
      failed: 'This file could not be projected.',
      kept: 'The previous projection is still shown.',
      tooLarge: (file: string, size: string, limit: string) => `${file}: the file is too large (${size}; up to ${limit}).`,
      unreadable: (file: string, reason: string) => `${file}: the file could not be read (${reason}).`,
    },
  },
  plan: {
    intro:
      "What does Suginami's Comprehensive Plan (FY2022–FY2030) do? Follow it from the ward's aim through its fields and policies to its projects.",
    visionLabel: "The ward's aim",
    translationNote:
      'English names of fields, policies and projects are our own translation (Suginami Outlook); the Japanese is the plan’s.',
    counts: {
      heading: 'The plan in numbers',
      fields: (n: string) => `${n} fields`,
      policies: (n: string) => `${n} policies`,
      projects: (n: string) => `${n} plan projects`,
      placements: (n: string) => `listed at ${n} places`,
      priority: (stated: string) => `The plan states ${stated} priority projects; which ones they are is not in our source.`,
      source: 'All counts are read from the data (plan_counts, governance_plans).',
      governanceHeading: 'The governance plans (stated and listed counts)',
      governanceRow: (stated: string, listed: string) => `stated ${stated} / listed ${listed}`,
      policiesProjects: (policies: string, projects: string) => `${policies} policies, ${projects} projects`,
      policiesItems: (policies: string, items: string) => `${policies} policies, ${items} items`,
    },
    tabs: {
      label: 'Plan views',
      sunburst: 'Structure',
      sdg: 'SDGs',
      timeline: 'Periods',
      indicators: 'Indicators',
    },
    unknownNode: (id: string) => `The link's "node=${id}" is not in the plan. Showing the whole plan instead.`,
    dismiss: 'Dismiss',
    kinds: {
      vision: "The ward's aim",
      field: 'Field',
      policy: 'Policy',
      placement: 'Plan project',
      'governance-plan': 'Governance plan',
      'governance-policy': 'Governance policy',
      'governance-item': 'Governance item',
    },
    policyNo: (n: number) => `Policy ${n}`,
    governancePolicyNo: (n: number) => `Policy ${n}`,
    sunburst: {
      title: "The plan's structure",
      description:
        "The ward's aim in the centre; fields, policies and projects outwards. Choose an arc to zoom in, the centre to go back up.",
      ariaLabel: "Sunburst chart of the plan's structure",
      keys: 'Keys: ← → previous / next at the same level, ↓ or Enter one level down, ↑ or Esc one level up, Home the whole plan.',
      centreHint: 'choose to go up',
      selected: (kind: string, name: string) => `Selected: ${kind} ${name}`,
      search: 'Search names (Japanese or English)',
      searchPlaceholder: 'e.g. children, park, 子ども',
      searchClear: 'Clear search',
      matches: (n: number) => `${n} ${n === 1 ? 'match' : 'matches'}`,
      noMatch: 'No name matches',
      matchList: 'Matches',
      governance: 'Also show the governance plans (reform, collaboration, digitalisation)',
      breadcrumb: 'You are here',
      legendRelisted: "Hatched: relisted (a project's second or later listing; our derivation)",
      legendHighlight: 'Dashed outline: every place the chosen project is listed',
      legendMatch: 'Dark outline: matches the search',
      governanceError: (reason: string) => `The governance plans cannot be shown: ${reason}`,
      note: "Source: Suginami Comprehensive Plan, summary (2022 edition). An arc's size is the number of project listings under it. Relisting, English names and colours are this dashboard's.",
      tableCaption: 'Fields, policies and plan projects',
      columns: { field: 'Field', policy: 'Policy', project: 'Plan project', relisted: 'Listing', id: 'No.' },
      home: 'first listing',
      relisted: 'relisted',
      governanceColumns: { plan: 'Governance plan', policy: 'Policy', item: 'Item' },
    },
    details: {
      heading: 'Details',
      translated: 'English name: our translation',
      goalName: (n: number, name: string) => `Goal ${n}: ${name}`,
      names: 'Names',
      field: 'Field',
      policy: 'Policy',
      futureImage: 'Vision for the field',
      children: {
        vision: 'Fields and governance plans',
        field0: 'Fields',
        field: 'Policies',
        policy: 'Plan projects',
        'governance-plan': 'Policies',
        'governance-policy': 'Items',
      },
      show: (name: string) => `Show ${name}`,
      alsoListed: 'Also listed under',
      onlyHere: 'Listed under this policy only.',
      firstListing: (where: string) => `First listed under ${where}`,
      relistedHere: "This listing is a relisting (the project's second or later listing; our derivation).",
      priority: 'Priority project?',
      priorityNotInSource: "Not in source (the plan's marks did not survive in our copy)",
      sdgHeading: "SDGs (this dashboard's mapping, not the ward's)",
      sdgNone: 'No link.',
      sdgViaPolicy: (policy: string) => `Links of ${policy}`,
      target: (target: string) => `Target ${target}`,
      goalOnly: '(no single target fits: linked to the goal)',
      indicator: "The field's main indicator",
      indicatorNone: "Not in source (this field's review page is not among our stored pages)",
      outlook: (group: string) => `See ${group} in the population outlook`,
      outlookReason: "Why (this dashboard's mapping)",
      note: 'Note',
      noteSource: (source: string) => `Source: ${source}`,
      counts: (stated: string, listed: string) => `stated ${stated} / listed ${listed}`,
      headings: 'Headings',
      heading_: (n: number, name: string) => `${n} ${name}`,
      category: 'Category',
      alsoPlanProject: 'Also a plan project',
      alsoGovernance: 'Also in the governance plans',
      governancePlan: 'Governance plan',
      noItems: 'This policy lists no items.',
      emptyPolicy: 'no items',
    },
    ageGroups: {
      age0_14: 'children (ages 0–14)',
      age15_64: 'working ages (15–64)',
      age65plus: 'older people (65 and over)',
    },
    sdg: {
      title: (goals: string, policies: string) => `The ${goals} SDGs and the ${policies} policies`,
      description:
        "A cell counts the links between the policy and the goal (the policy's own links and those of the projects it lists). Choose a cell or a heading to see the reasons and the projects.",
      mappingNote:
        "This mapping is this dashboard's own, not the ward's. The plan says it shows how the ward's work relates to the SDGs, but its project-to-SDG table is not available to us.",
      sort: 'Order',
      sorts: { number: 'By number', count: 'Most links first' },
      goal: (n: number) => `Goal ${n}`,
      total: 'Total',
      cell: (policy: string, goal: string, n: number) => `${policy} × ${goal}: ${n} ${n === 1 ? 'link' : 'links'}`,
      rowHeader: 'Policy',
      empty: 'Choose a cell, a policy (row heading) or a goal (column heading) to see the reasons and the projects.',
      selection: 'Chosen links',
      level: { policy: 'Policy as a whole', project: 'Plan project' },
      policyProjects: (n: number) => `Plan projects listed under this policy (${n})`,
      noLinks: 'No link for this pair.',
      tableCaption: "Links to the SDGs (this dashboard's mapping)",
      columns: { policy: 'Policy', goal: 'Goal', target: 'Target', level: 'Level', project: 'Plan project', reason: 'Reason' },
      showInStructure: 'Show in the structure',
      sourceLabel: "Source of the mapping (the data's source column)",
      sourceName: (source: string) => source,
    },
    timeline: {
      title: 'Plan periods',
      description: 'A fiscal year runs April to March (FY2030 = April 2030 – March 2031). The vertical line is today.',
      today: (date: string) => `Today (${date})`,
      fiscalAxis: 'Fiscal year',
      calendarAxis: 'Year',
      projectionTitle: 'Population projection periods',
      projectionDescription: "The plan's population projection and this dashboard's (calendar years).",
      ourProjection: (from: string, to: string, max: string) => `This dashboard's projection: ${from}–${to} (at most ${max})`,
      openEnd: 'end not in our sources',
      ourLane: "This dashboard's projection",
      ourSource: "The last year is the link's horizon (change it in the settings)",
      sourceOf: 'Source',
      link: 'page',
      possible: (max: string) => `can extend to ${max}`,
      derived: 'the years of each period are not printed; derived from "3 years each, 3 periods"',
      basis: { fiscal: 'fiscal year', calendar: 'calendar year' },
      kinds: {
        comprehensive_plan: 'Comprehensive plan',
        execution_plan: 'Execution plan',
        plan_review: 'Review',
        other_plan: 'Related plan',
        population_projection: 'Population projection',
        revision: 'Revision',
        field_review: 'Field review',
      },
      tableCaption: 'Plan periods',
      columns: { name: 'Name', start: 'Start', end: 'End', basis: 'Years', note: 'What the source says', source: 'Source' },
      note: 'Source: Suginami Comprehensive Plan, summary (2022 edition). The revision (decided January 2024) and the field review come from outside the summary (see the source column).',
    },
    indicators: {
      title: 'Main indicator of each field',
      description: (date: string) =>
        `Initial values, targets and current values as stated on the ward's field review pages (updated ${date}).`,
      notInSource: 'Not in source',
      notInSourceLong: "This field's review page is not among our stored pages.",
      initial: 'Initial',
      target2026: 'FY2026 target',
      target2030: 'FY2030 target',
      current: 'Current',
      currentNote: 'The page does not say which year the current value is for.',
      unitNote: 'The page prints no unit; shown as %.',
      source: 'Source page',
      page: (updated: string) => `Ward field review page (updated ${updated})`,
      scale: 'Bars start at 0; each indicator has its own scale. Dashed bars are targets.',
      tableCaption: 'Main indicator of each field',
      columns: {
        field: 'Field',
        indicator: 'Indicator',
        unit: 'Unit',
        initial: 'Initial',
        target2026: 'FY2026 target',
        target2030: 'FY2030 target',
        current: 'Current',
        source: 'Source',
      },
      note: (missing: string) =>
        `Targets are those of the revised plan, as on the review pages. ${missing} fields have no stored page: not in source.`,
    },
  },
  history: {
    past: 'Observed',
    future: 'Projected',
    registry: 'Registry count (1 January each year)',
    japaneseOnly: 'Japanese residents only until 2012',
    census: 'Census (1 October, unknown ages left out)',
    foreignRule: 'From 2013: foreign residents included',
    registryRow: (japaneseOnly: boolean) => (japaneseOnly ? 'Registry (Japanese only)' : 'Registry'),
    censusRow: (preliminary: boolean) => (preliminary ? 'Census (preliminary)' : 'Census'),
    totalNote:
      'The line for 1985–2026 is the resident registry on 1 January of each year. Until 2012 it counts Japanese residents only (dotted); foreign residents entered the registry in 2012 and are counted from 2013. Most of the rise from 2012 to 2013 (527,675 → 540,021) is this change of definition.',
    groupsNote:
      "The 65+ line is approximated: Tokyo's published share aged 65+ (two decimals) times the registry population (within about ±30 people). Yearly registry counts of ages 0–14 and 15–64 are not in our sources, so the census (1 October, unknown ages left out) is shown as hollow squares; 2010 is left out (13.8 % of ages unknown). The census counts more people than the registry.",
    failed: (reason: string) => `The ward's history could not be loaded: ${reason}`,
    tableCaption: 'Registry population (1 January each year)',
    censusCaption: 'Census, three age groups (1 October, unknown ages left out)',
    columns: { year: 'Year', scope: 'Who is counted', total: 'Total', age65plus: '65+ (approx.)', group: 'Group', count: 'People' },
    scope: (japaneseOnly: boolean) => (japaneseOnly ? 'Japanese only' : 'Japanese and foreign'),
    outlooks: {
      title: 'Past outlooks against what happened',
      description:
        "The outlooks for Suginami published by IPSS (National Institute of Population and Social Security Research) and the plan's own outlook, against the census and the registry counts that followed.",
      names: {
        IPSS_2008: 'IPSS 2008 edition',
        IPSS_2013: 'IPSS 2013 edition',
        IPSS_2018: 'IPSS 2018 edition',
        IPSS_2023: 'IPSS 2023 edition',
        plan_2022: "The plan's outlook (reconstructed here, approximate)",
      } as Record<string, string>,
      shortNames: {
        IPSS_2008: 'IPSS 2008',
        IPSS_2013: 'IPSS 2013',
        IPSS_2018: 'IPSS 2018',
        IPSS_2023: 'IPSS 2023',
        plan_2022: 'Plan (reconstr.)',
      } as Record<string, string>,
      census: 'Census (1 October)',
      censusPreliminary: 'Census 2025 (preliminary)',
      registry: 'Registry (1 January)',
      past: 'So far',
      future: 'To come',
      tableCaption: 'Error of each outlook ((projected − actual) ÷ actual)',
      columns: { outlook: 'Outlook', base: 'Scored against', horizon: (years: number) => `After ${years} years` },
      base: (base: 'census' | 'registry', year: number) => (base === 'census' ? `Census ${year}` : `Registry, 1 Jan ${year}`),
      cell: (pct: string, year: number, projected: string, actual: string) => `${pct} (${year}: projected ${projected}, actual ${actual})`,
      preliminary: 'against the preliminary count',
      notYet: (year: number) => `not yet (${year})`,
      notInSource: 'not in source',
      summary: (worst: string, edition: string, years: number) =>
        `Every IPSS outlook so far expected fewer people than there turned out to be. The largest error was the ${edition} after ${years} years: ${worst}.`,
      summaryMixed: (worst: string, edition: string, years: number) =>
        `The largest error was the ${edition} after ${years} years: ${worst}.`,
      whyBase:
        'IPSS starts from a census (1 October) and projects census populations, so it is scored against the census; the plan starts from the registry on 1 January 2021, so it is scored against the registry. In Suginami the census counts about 3 % more people than the registry (2020: 591,108 vs 574,118); scoring against the other source would count that gap as error.',
      preliminaryNote: 'The 2025 census is preliminary: the errors against 2025 will move slightly when the final count is published.',
      planNote:
        "The plan does not publish its yearly values, so its line and errors are this dashboard's reconstruction of the plan's outlook (its method and assumptions; within about 1 % of the plan's published figures). Its errors after 10 and 15 years will be known in 2031 and 2036.",
      registryNote: 'The registry counts Japanese residents only until 2012 (dotted).',
      source:
        'Sources: IPSS, Regional Population Projections for Japan, each edition (medium variant); Statistics Bureau, Census; Tokyo Metropolitan Government, resident registry. The 2008 edition is in our sources for 2010 only, the 2013 edition for the total and ages 0–14 only.',
      dataCaption: (japaneseOnly: string) =>
        `Outlooks and actual population (*: ${japaneseOnly}; †: preliminary. Census and IPSS on 1 October, registry and plan on 1 January)`,
      failed: (reason: string) => `The past outlooks could not be loaded: ${reason}`,
    },
  },
  briefing: {
    start: 'Briefing',
    startHint: 'For ward briefings: steps through the story in a fixed order, in large type (← → keys move)',
    label: 'Briefing mode',
    position: (n: number, total: number) => `${n} / ${total}`,
    positionLong: (n: number, total: number) => `Step ${n} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    exit: 'Exit',
    exitLabel: 'Exit briefing mode',
    keys: '← → or PageUp / PageDown to move, Esc to exit',
    changed: 'The screen has been changed from this step.',
    restore: 'Show this step again',
    missingPreset: (id: string) => `The scenario "${id}" is not in data/scenarios/presets.json, so the assumptions were left unchanged.`,
    announce: (position: string, title: string) => `${position}: ${title}`,
    steps: {
      headline: {
        title: (c: StepContext) => `The plan's final year: Suginami in ${c.year}`,
        lead: (_c: StepContext) => 'Total population, aging rate and age groups, computed with the same assumptions as the plan.',
      },
      total: {
        title: (_c: StepContext) => 'When does the population peak?',
        lead: (_c: StepContext) =>
          'The top of the solid curve is the peak; its label gives the year and the number. Dots are registered residents.',
      },
      ageGroups: {
        title: (c: StepContext) => `Age groups: people aged ${c.older}`,
        lead: (_c: StepContext) => 'Children, working age and older people over the years. The highlighted line is the older population.',
      },
      aging: {
        title: (c: StepContext) => `The aging rate to ${c.horizon}`,
        lead: (c: StepContext) => `The share of people aged ${c.older} in the total. The headline and the pyramid show ${c.year}.`,
      },
      change: {
        title: (_c: StepContext) => 'Natural and social change: moving in keeps the population up',
        lead: (_c: StepContext) =>
          'Deaths outnumber births (natural decrease); more people move in than out (social increase), which makes up for it.',
      },
      simulation: {
        title: (c: StepContext) => `${c.scenario} against the plan`,
        lead: (c: StepContext) => c.scenarioText,
      },
      children: {
        title: (_c: StepContext) => 'What the ward does: the children field',
        lead: (_c: StepContext) => "The policies and projects of the plan's children field. Choose an item to see what it is.",
      },
      published: {
        title: (_c: StepContext) => "The plan's published figures and ours",
        lead: (_c: StepContext) =>
          "Some of our inputs, such as the base population, are approximations, so our figures differ a little from the plan's; the notes under the table say which.",
      },
    },
  },
  compare: {
    heading: 'Compare (scenario B)',
    help: "Puts the current scenario (A) beside another one (B). B is the pyramid's outline and the dashed lines; the table gives the difference and the impact ratio (A ÷ B).",
    choose: 'Scenario B',
    none: 'No comparison',
    pin: 'Pin the current scenario as B',
    end: 'End the comparison',
    presetsGroup: 'Presets',
    savedGroup: 'Saved scenarios',
    fromLink: 'Scenario from the link',
    pinned: 'custom scenario',
    nameA: 'A (your scenario)',
    nameB: (name: string) => `B (${name})`,
    legendA: 'A: your scenario (solid)',
    legendB: (name: string) => `B: ${name} (dashed)`,
    short: 'B',
    vsB: (diff: string) => `${diff} against B`,
    sameAsB: 'Same as B',
    pyramidDescription: (year: string) => `Men and women by single age on 1 January ${year}. Bars: A (your scenario); black line: B.`,
    trendsDescription:
      'Population on 1 January of each year. Solid: A (your scenario); dashed: B; dots: registered residents. Click the chart to show that year.',
    pyramidBar: (age: string, sex: string, count: string, b: string | null) => `${age} ${sex} ${count}${b ? ` (B ${b})` : ''}`,
    columnsB: { male: 'Men (B)', female: 'Women (B)', series: 'B' },
    loading: 'Loading the comparison…',
    loadFailed: (reason: string) => `The comparison could not be loaded: ${reason}`,
    difference: {
      title: 'Difference over time (A − B)',
      description: 'A minus B, people on 1 January of each year. Above 0: A has more people that year.',
      aria: 'Line chart of the difference A − B. Left and right arrow keys choose a year and read its values.',
    },
    table: {
      title: 'A against B (impact ratio, 影響度)',
      description: "As population visions (人口ビジョン) report it: the plan's final year, each decade and the projection's last year.",
      versus: (a: string, b: string) => `${a} against ${b}.`,
      quantity: 'Quantity',
      year: 'Year',
      a: 'A',
      b: 'B',
      difference: 'A − B',
      ratio: 'A ÷ B (impact)',
      agingRate: 'Aging rate',
      points: (p: string) => `${p} pt`,
      note: "The impact ratio (影響度) is A ÷ B. Japanese population visions divide the population of a simulation (other fertility or migration assumptions) by that of the base projection to show how much the assumption matters. 1.05 means A is 5 % above B; below 1, A is smaller. The aging rate's difference is in percentage points.",
    },
    family: {
      title: 'Total population by scenario',
      description:
        'Total population (1 January) under every preset and under your current scenario (A): the chart population visions draw for their patterns and simulations.',
      current: 'Your scenario (A)',
      aria: 'Line chart of the total population under each scenario. Left and right arrow keys choose a year and read its values.',
      columns: { year: 'Year' },
    },
  },
  saved: {
    heading: 'Saved scenarios',
    help: 'Kept in this browser only. Export them to a file for a colleague to import.',
    name: 'Name',
    defaultName: (n: number) => `Scenario ${n}`,
    save: 'Save the current scenario',
    empty: 'No saved scenarios yet.',
    saved: (name: string) => `Saved "${name}".`,
    load: 'Use as A',
    asB: 'Use as B',
    rename: 'Rename',
    renameTo: (name: string) => `New name for "${name}"`,
    renameDone: 'Done',
    cancel: 'Cancel',
    remove: 'Delete',
    removeLabel: (name: string) => `Delete "${name}"`,
    removed: (name: string) => `Deleted "${name}".`,
    undo: 'Undo',
    export: 'Export to a file',
    import: 'Import a file',
    imported: (n: number, file: string) => `Imported ${n} from ${file}.`,
    nameMissing: 'Please enter a name.',
    nameTooLong: (max: number) => `A name has at most ${max} characters.`,
    savedAt: (date: string) => `saved ${date}`,
    problems: {
      corrupt: (key: string, aside: string) =>
        `The saved scenarios (${key}) are damaged and could not be read. Nothing was deleted: they were moved to "${aside}", and the list starts empty.`,
      newer: (version: number, aside: string) =>
        `The saved scenarios are in a newer format (version ${version}) than this version reads. Nothing was deleted: they were moved to "${aside}", and the list starts empty.`,
      notMoved: 'They could not be moved either, so they stay where they are; changes made here are not saved.',
      migrated: (from: number, to: number) => `The saved scenarios were moved from an older format (version ${from}) to version ${to}.`,
      quota:
        "The browser's storage is full: the scenarios could not be saved. The list stays until this page is closed; export it to a file to keep it.",
      unavailable: 'This browser does not allow saving (no storage). The list stays until this page is closed.',
      importFailed: (file: string, reason: string) => `${file} could not be imported: ${reason}. The list is unchanged.`,
      asideDownload: 'Download what was set aside',
    },
  },
  workspace: {
    approximation: 'Approximated inputs: base population, life tables, migration.',
  },
  bands: {
    toggle: 'Show uncertainty bands',
    legend80: 'In 8 of 10 outcomes (80 %)',
    legend95: 'In 19 of 20 outcomes (95 %)',
    meaning:
      'The bands come from 1,000 runs with different paths of births, longevity and moves in and out. The outcome is expected to fall in the dark band 8 times out of 10, and in the light band 19 times out of 20.',
    centre:
      'The bands are centred on the chosen assumptions (solid line); they do not include the chance that the assumptions themselves are off.',
    check: (band: readonly string[], errors: readonly string[]) =>
      `Half the 80 % band is ±${band[0]} after 5 years, ±${band[1]} after 10 and ±${band[2]} after 15. Past outlooks of the ward missed by ${errors[0]}, ${errors[1]} and ${errors[2]} on average (absolute) at the same horizons.`,
    allLow: (outlooks: number, scores: number) =>
      `All ${outlooks} past outlooks scored were too low, at every one of the ${scores} points compared.`,
    notScored: 'no record',
    computing: 'Computing the bands…',
    preview: (runs: string) => `While you drag, the bands are drawn from ${runs} runs.`,
    failed: (reason: string) => `The bands could not be computed (the lines are still shown): ${reason}`,
    errorsFailed: (reason: string) => `The past outlooks' errors could not be loaded: ${reason}`,
    readout80: '80 % band',
    readout95: '95 % band',
    range: (lo: string, hi: string) => `${lo}–${hi}`,
  },
  ownData: {
    heading: 'Project your own data',
    intro:
      "Choose a table of population by sex and age: it is projected in your browser the same way as the ward's data and shown on the population outlook. The file is not sent anywhere and is not put in the link.",
    accepts:
      'Accepted: CSV or TSV (UTF-8 with or without a BOM, or Shift_JIS), Excel (.xlsx, first sheet), Parquet, and projection inputs files (JSON, docs/inputs.md). Up to 50 MB. Columns are found by name: 年齢/age, 男/male, 女/female; 総数/total rows are used as a check.',
    file: 'Data file',
    baseYear: 'Population as at (1 January)',
    baseYearHint: (min: number, max: number) => `The year whose 1 January the file's population is for (${min}–${max})`,
    reading: (file: string) => `Reading ${file}…`,
    show: 'Show on the population outlook',
    shown: 'Shown on the population outlook.',
    read: {
      format: 'Format',
      formats: { csv: 'CSV', tsv: 'TSV', xlsx: 'Excel (.xlsx)', parquet: 'Parquet', json: 'Projection inputs (JSON)' },
      encodings: { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 with BOM', shift_jis: 'Shift_JIS', 'utf-16': 'UTF-16' },
      sheet: (name: string) => `sheet “${name}”`,
      columns: 'Columns used',
      columnList: (age: string, male: string, female: string, total: string | null) =>
        `age “${age}”, male “${male}”, female “${female}”${total ? `, total “${total}” (as a check)` : ''}`,
      ignored: 'Columns not used',
      ages: 'Ages',
      single: 'single years',
      groups:
        'Age groups (such as 5-year groups) were split into single years. Method: the cumulative count (people younger than each age) is joined by a monotone cubic curve (PCHIP) and each single year gets the difference. Every group keeps its count exactly and no count is negative; the single years are estimates.',
      totalChecked: 'The total row matches the sum of the ages.',
      unknownAge: (n: string) => `${n} people of unknown age are not included.`,
      fromFile: 'From your file',
      fromWard: "Taken from the ward's projection",
      partly: "From your file for one sex only (the other from the ward's)",
      noneFromWard: 'everything from your file',
      parts: {
        population: 'base population',
        survival: 'survival rates',
        birthSurvival: 'survival of newborns',
        fertility: 'fertility by age',
        srb: 'sex ratio at birth',
        inMigration: 'in-migration rates',
        outMigration: 'out-migration rates',
      },
      wardNote:
        "The ward's values were estimated and calibrated for Suginami: used for another population, the result is approximate in that respect.",
    },
    banner: (file: string) => `Projecting your own data, “${file}” (not the ward's data).`,
    back: "Back to the ward's data",
    chartSource: (file: string) => `Data: ${file} (your file)`,
    failed: 'This file could not be used.',
    kept: 'The data shown stays as it was.',
    where: (row?: number, column?: string, age?: string) =>
      [row !== undefined ? `row ${row}` : '', column ? `column “${column}”` : '', age ? `age “${age}”` : ''].filter(Boolean).join(', '),
    problems: {
      'too-large': (size: string, limit: string) => `The file is too large (${size}; up to ${limit}). It was not read.`,
      empty: () => 'The file is empty.',
      'no-rows': () => 'There is a header but no rows of data.',
      image: (type: string) => `This is an image (${type}), not a table.`,
      binary: (type: string) => `This is not a table (${type === 'unknown' ? 'binary data' : type}).`,
      'old-excel': () => 'Old Excel files (.xls) cannot be read. Save it as .xlsx or CSV.',
      'zip-not-xlsx': () => 'This is a ZIP archive, not an Excel workbook (.xlsx).',
      encoding: (byte: string) => `The text is neither UTF-8 nor Shift_JIS (byte ${byte}). Save it as UTF-8.`,
      'corrupt-parquet': (detail: string) => `The Parquet file is damaged or in a form that cannot be read (${detail}).`,
      'corrupt-xlsx': (detail: string) => `The Excel file is damaged or in a form that cannot be read (${detail}).`,
      'invalid-inputs': (detail: string) => `Not a valid projection inputs file (JSON): ${detail}`,
      'no-header': (found: string, missing: string) =>
        `No columns for age, male and female were found (missing: ${missing}). First row: “${found}”. Check the column names.`,
      'ambiguous-column': (columns: string) => `Cannot tell which column to use: ${columns}. Keep one.`,
      'not-a-number': (value: string) => `Not a number: “${value}”.`,
      negative: (value: string) => `A negative count: ${value}.`,
      'empty-cell': () => 'The value is empty.',
      'unknown-age': (value: string) => `Not an age: “${value}”.`,
      'duplicate-age': (age: string, otherRow: string) => `Age ${age} appears twice (also in row ${otherRow}).`,
      'missing-ages': (ages: string) => `No row for ages ${ages} (ages 0 to 100+ are needed).`,
      'open-group': () => 'An open group starting below 100, or a group across 100, cannot be split. Give groups up to 99 and 100+.',
      'total-mismatch': (value: string, sum: string) =>
        `The total does not add up: the file says ${value}, the ages (or sexes) add up to ${sum}.`,
      'rate-out-of-range': (value: string, range: string) => `A rate out of range: ${value} (${range}).`,
      unreadable: (detail: string) => `The file could not be read (${detail}).`,
      engine: (message: string) => `Cannot be projected: ${message}`,
    },
  },
  exporting: {
    menu: 'Export',
    menuLabel: (title: string) => `Export “${title}”`,
    png: 'PNG',
    svg: 'SVG',
    csv: 'CSV',
    embed: 'Embed',
    pngHint: 'Image (PNG, at least 1,200 px wide, white background)',
    svgHint: 'Image (SVG, sharp at any size)',
    csvHint: "The chart's data (CSV, UTF-8 with BOM)",
    embedHint: "HTML to embed it in the ward's pages",
    embedCode: 'Code to embed (iframe)',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
    working: 'Making…',
    failed: (reason: string) => `Could not export: ${reason}`,
    source: 'Source',
    scenarioLine: (summary: string) => `Assumptions: ${summary}`,
    link: 'Link',
    madeWith: 'Suginami Outlook',
    printedAt: (date: string) => `Printed ${date}`,
    openFull: 'Open in the dashboard',
    embedTitle: (title: string) => `${title} (Suginami Outlook)`,
    projection: {
      summary: 'Download the yearly summary (Parquet)',
      population: 'Download population by year, sex and age (Parquet)',
    },
  },
  town: {
    intro:
      'The age make-up of each neighbourhood (町丁目) beside the whole ward. Choose a neighbourhood on the map, by search or from the list.',
    dataNote:
      'Counts are the resident registry by 町丁目, from about October 2022 (the source does not state the date). They are not projected. The boundaries are the 2020 census small areas, simplified; they may not match the 2022 町丁目 exactly.',
    creditLabel: 'Boundaries',
    measureLabel: 'Map colour and list order',
    measures: {
      aging_rate: 'Aging rate (share aged 65+)',
      children_share: 'Share of children (0–14)',
      population: 'Population',
      median_age: 'Median age',
    },
    measuresShort: { aging_rate: 'Aging rate', children_share: 'Aged 0–14', population: 'Population', median_age: 'Median age' },
    value: (measure: 'aging_rate' | 'children_share' | 'population' | 'median_age', text: string) =>
      measure === 'population' ? text : measure === 'median_age' ? `${text} years` : `${text}%`,
    unit: { aging_rate: '%', children_share: '%', population: 'persons', median_age: 'years' },
    search: {
      label: 'Find a neighbourhood',
      placeholder: 'e.g. Asagaya, 阿佐谷南, あさがや',
      none: (q: string) => `No neighbourhood matches "${q}".`,
      count: (n: number) => `${n} found`,
      more: (n: number) => `${n} or more others: keep typing.`,
    },
    map: {
      title: 'Map of the neighbourhoods',
      description: (measure: string) =>
        `The 139 neighbourhoods coloured by ${measure.toLowerCase()}. Click or tap one to choose it (from the keyboard: the list below).`,
      legend: (measure: string, unit: string) => `${measure} (${unit})`,
      range: (from: string, to: string) => `${from}–${to}`,
      hover: (name: string, value: string) => `${name}: ${value}`,
      selected: 'Chosen neighbourhood',
    },
    ward: 'Suginami as a whole',
    backToWard: 'Back to the whole ward',
    unknownTown: (code: string) => `The link's neighbourhood code "${code}" is not one of the 139 neighbourhoods. Showing the whole ward.`,
    dismiss: 'Dismiss',
    details: {
      title: (name: string) => `Age make-up of ${name}`,
      wardTitle: 'Age make-up of the whole ward',
      pick: 'Choose a neighbourhood on the map, by search or from the list to see its age make-up beside the ward and its rank.',
      sentence: (p: {
        name: string;
        measure: 'aging_rate' | 'children_share' | 'median_age';
        label: string;
        value: string;
        ward: string;
        higher: boolean | null;
        rank: number;
        total: number;
      }) =>
        `In ${p.name}, the ${p.label.toLowerCase()} is ${p.value}, ${p.higher === null ? 'the same as' : p.higher ? 'higher than' : 'lower than'} the ward's ${p.ward}. It ranks ${p.rank} of ${p.total} neighbourhoods, counting from the highest.`,
      population: (p: { name: string; value: string; share: string; rank: number; total: number; households: string }) =>
        `${p.value} people live in ${p.name} (${p.share} of the ward), in ${p.households} households. It ranks ${p.rank} of ${p.total} neighbourhoods by population, counting from the largest.`,
      wardSentence: (p: { population: string; aging: string; children: string; median: string }) =>
        `In the whole ward, ${p.population} people live; ${p.aging} are aged 65+, ${p.children} are aged 0–14, and the median age is ${p.median}.`,
      caption: (name: string) => `${name} against the whole ward`,
      columns: { measure: 'Measure', town: 'Here', ward: 'Ward', rank: 'Rank of 139' },
      rank: (r: number) => `${r}`,
    },
    pyramid: {
      title: 'Population pyramid (shares)',
      description: (name: string) =>
        `${name}: men and women by single age, as shares (%) of its population. The black line is the whole ward.`,
      wardDescription: 'The whole ward: men and women by single age, as shares (%) of its population.',
      male: 'Men',
      female: 'Women',
      bar: (age: string, sex: string, value: string, ward: string | null) => `${age} ${sex} ${value}${ward ? ` (ward ${ward})` : ''}`,
      aria: (name: string) =>
        `Population pyramid of ${name} (shares). Up and down arrows choose an age, left and right the sex, and the share is read out.`,
      columns: { age: 'Age', male: 'Men', female: 'Women', wardMale: 'Men (ward)', wardFemale: 'Women (ward)' },
      note: 'Shares let neighbourhoods of any size be compared with the ward. Where single ages hold few people, the shape jumps by chance from age to age.',
    },
    list: {
      title: 'All 139 neighbourhoods',
      description: (measure: string) =>
        `By ${measure.toLowerCase()}, highest first (the rank among the 139). Sort with the column buttons; choose a neighbourhood by its name.`,
      columns: {
        rank: 'Rank',
        name: 'Neighbourhood',
        population: 'Population',
        aging_rate: 'Aging rate',
        children_share: 'Aged 0–14',
        median_age: 'Median age',
      },
      sort: (column: string, direction: 'ascending' | 'descending' | 'none') =>
        `Sort by ${column}${direction === 'ascending' ? ' (now smallest first)' : direction === 'descending' ? ' (now largest first)' : ''}`,
      region: 'List of neighbourhoods (scrolls sideways)',
    },
  },
  cohort: {
    legend: 'My generation',
    born: 'Year of birth',
    age: 'or age this year',
    ageHint: (year: number) => `Your age after your birthday in ${year}; the year of birth is worked out from it.`,
    show: 'Show',
    clear: 'Clear',
    mark: (born: number) => `born ${born}`,
    invalid: (min: number, max: number) => `Enter a year of birth from ${min} to ${max}.`,
    invalidAge: 'Enter an age from 0 to 105.',
    groups: { age0_14: 'the young (0–14)', age15_64: 'the working-age group (15–64)', age65plus: 'the older group (65+)' },
    sentence: (c: {
      year: number;
      born: number;
      age: number;
      count: string;
      refYear: number | null;
      ratio: string | null;
      group: string;
    }) =>
      `On 1 January ${c.year}, people born in ${c.born} are ${c.age} (${c.age + 1} later that year). Suginami has about ${c.count} of them` +
      (c.refYear !== null && c.ratio !== null && c.refYear !== c.year ? ` (${c.ratio} of their number in ${c.refYear})` : '') +
      `, in ${c.group}.`,
    open: (c: { year: number; born: number; age: number; count: string }) =>
      `On 1 January ${c.year}, people born in ${c.born} are ${c.age}. The projection counts everyone aged 100+ together, so their own number is not known (about ${c.count} aged 100+ in all).`,
    notBorn: (c: { year: number; born: number; firstYear: number }) =>
      `On 1 January ${c.year}, people born in ${c.born} are not born yet (they first appear, aged 0, on 1 January ${c.firstYear}).`,
    note: 'Counts are projected under the scenario chosen. Populations are on 1 January, so ages are completed years on that day.',
  },
  /** A new build has installed and waits for a reload (src/offline/, src/ui/UpdateNotice.svelte). */
  offline: {
    ready: 'A new version is ready',
    reload: 'Reload',
    reloading: 'Reloading…',
  },
  /** Failures and recovery (issue 12): a crashed worker, DuckDB that did not load. */
  resilience: {
    workerRestarted: (reason: string) =>
      `The calculation worker stopped, so a new one was started. The charts show the last result until the latest scenario is recalculated. (${reason})`,
    workerStopped: (reason: string, crashes: number) =>
      `The calculation worker stopped ${crashes} times in a short while, so it is not restarted again. The charts show the last result that was calculated. Reload the page to try again. (${reason})`,
    dismiss: 'Dismiss this notice',
    database: {
      title: 'The analysis database (DuckDB) could not be loaded',
      kept: 'The outlook and the plan work without it, and the list of data files below is still shown.',
      retry: 'Try loading it again',
      retrying: 'Loading…',
    },
  },
};
