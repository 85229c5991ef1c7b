// Numbers quoted from the plan's ○人口の見通し section, parsed from the text itself so that every
// value in assumptions.parquet and published_results.parquet is traceable to a line of the plan.
import { planPopulationSection } from './sources.ts';

/** The line of the section that starts with `label` followed by a tab (the plan's two-column tables). */
export function planLine(section: string, label: string): string {
  const line = section.split('\n').find((l) => l.startsWith(`${label}\t`));
  if (!line) throw new Error(`plan ○人口の見通し: no line "${label}<TAB>…"`);
  return line;
}

export interface PlanNumber {
  label: string;
  quote: string;
  value: number;
}

/** The number in full-width parentheses at the end of a table line, e.g. 出生率 … （0.99） → 0.99. */
export function parenthesisedNumber(section: string, label: string): PlanNumber {
  const line = planLine(section, label);
  const m = /（([\d.]+)）+\s*$/.exec(line);
  if (!m) throw new Error(`plan ○人口の見通し: line "${label}" does not end with a number in （）: ${line}`);
  return { label, quote: line.slice(label.length + 1).trim(), value: Number(m[1]) };
}

export interface PlanPeak {
  label: string;
  quote: string;
  value: number;
  unit: 'persons' | 'percent';
  reiwa: number;
  year: number;
}

/** A row of the ①人口ピーク table, e.g. 総人口	588,586人（R15(2033)）. */
export function planPeak(section: string, label: string): PlanPeak {
  const line = planLine(section, label);
  const quote = line.slice(label.length + 1).trim();
  const m = /^([\d,.]+)(人|%)（R(\d+)\((\d{4})\)）$/.exec(quote);
  if (!m) throw new Error(`plan ①人口ピーク: cannot read "${label}": ${quote}`);
  const year = Number(m[4]);
  if (Number(m[3]) + 2018 !== year) throw new Error(`plan ①人口ピーク: R${m[3]} is not ${year} in "${label}"`);
  return { label, quote, value: Number(m[1].replaceAll(',', '')), unit: m[2] === '人' ? 'persons' : 'percent', reiwa: Number(m[3]), year };
}

let cached: string | undefined;
/** The section text (read once). */
export const section = (): string => (cached ??= planPopulationSection());
