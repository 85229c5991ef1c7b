/**
 * Parse the plan summary (data/raw/plan-document/000_7742aaec6d9a2549.txt) into plain structures.
 *
 * Pure functions: text in, objects out, no I/O. Every list (fields, policies, projects,
 * governance items, SDG names, periods, counts) is read from the text; nothing is typed in by hand.
 * Anything the parser does not recognise inside a section is an error naming the line, so a
 * changed or damaged document fails loudly instead of losing rows.
 */
import { compact } from './normalise.ts';

/** A line of the document with its 1-based line number (for error messages). */
export interface Line {
  no: number;
  text: string;
}

export class PlanParseError extends Error {
  constructor(message: string, line?: Line) {
    super(line ? `plan document line ${line.no} (${JSON.stringify(line.text)}): ${message}` : `plan document: ${message}`);
    this.name = 'PlanParseError';
  }
}

export function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((t, i) => ({ no: i + 1, text: t }));
}

const isBlank = (l: Line) => l.text.trim() === '';

/**
 * The lines strictly between the first line matching `start` and the next line matching `end`.
 * Both markers are required.
 */
export function section(lines: Line[], start: RegExp, end: RegExp): Line[] {
  const i = lines.findIndex((l) => start.test(l.text.trim()));
  if (i < 0) throw new PlanParseError(`section start ${start} not found`);
  const j = lines.findIndex((l, k) => k > i && end.test(l.text.trim()));
  if (j < 0) throw new PlanParseError(`section end ${end} not found after line ${lines[i].no}`);
  return lines.slice(i + 1, j);
}

/** Groups of consecutive non-blank lines. */
export function paragraphs(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (isBlank(l)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Join line-wrapped Japanese text: the wrap is layout, not a space. */
export function joinWrapped(lines: Line[]): string {
  return lines.map((l) => l.text.trim()).join('');
}

/**
 * A field name as the document prints it → one spelling. In the vision list and the 体系 section
 * the two words of a field name are sometimes separated by a space or a line break instead of
 * 「・」 (「まちづくり 地域産業」, 「文化 スポーツ」, 「環境⏎みどり」), and 「学び」 is printed 「学 び」.
 * Rule: if every part is a single character the space is a layout split of one word (joined);
 * otherwise the parts are words, joined with 「・」 as the document itself writes them elsewhere
 * (e.g. 「<まちづくり・地域産業>」 in 協働推進基本方針, 「文化・スポーツ」 in the vision list).
 */
export function fieldName(printed: string): string {
  const parts = printed.split(/[\s\u3000・]+/).filter(Boolean);
  if (parts.length === 0) throw new PlanParseError(`empty field name ${JSON.stringify(printed)}`);
  return parts.every((p) => [...p].length === 1) ? parts.join('') : parts.join('・');
}

/** A regular expression that finds a field name in printed text whatever separates its characters. */
function fieldNamePattern(name: string): RegExp {
  const chars = [...name.replace(/・/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(chars.join('[\\s\\u3000・]*'));
}

// ---------------------------------------------------------------------------------------------
// Vision: 【杉並区基本構想が掲げる目指すまちの姿と分野ごとの将来像】

export interface VisionField {
  /** 1..8 in document order. */
  fieldNo: number;
  /** As printed in the vision list (e.g. 「学 び」). */
  nameAsPrinted: string;
  nameJa: string;
  /** 将来像, line wraps joined. */
  futureImageJa: string;
}

export interface Vision {
  /** 「みどり豊かな 住まいのみやこ」 — the ward's aim, without the quotation marks. */
  aimJa: string;
  fields: VisionField[];
}

export function parseVision(lines: Line[]): Vision {
  const aimSection = section(lines, /^概ね10年程度を展望した杉並区が目指すまちの姿$/, /^分野ごとの将来像$/);
  const aimLine = aimSection.find((l) => !isBlank(l));
  const aim = aimLine?.text.trim().match(/^「(.+)」$/);
  if (!aimLine || !aim) throw new PlanParseError('the ward aim 「…」 after 目指すまちの姿 not found');
  const paras = paragraphs(section(lines, /^分野ごとの将来像$/, /^○計画の構成$/));
  if (paras.length % 2 !== 0) {
    throw new PlanParseError(`vision list: expected name/image pairs, found ${paras.length} paragraphs`, paras.at(-1)?.[0]);
  }
  const fields: VisionField[] = [];
  for (let i = 0; i < paras.length; i += 2) {
    const [name, image] = [paras[i], paras[i + 1]];
    if (name.length !== 1) throw new PlanParseError('vision list: a field name should be one line', name[0]);
    fields.push({
      fieldNo: i / 2 + 1,
      nameAsPrinted: name[0].text.trim(),
      nameJa: fieldName(name[0].text.trim()),
      futureImageJa: joinWrapped(image),
    });
  }
  return { aimJa: aim[1], fields };
}

// ---------------------------------------------------------------------------------------------
// 分野別 施策・事業体系

export interface StructurePolicy {
  /** As numbered in the document (1..29). */
  policyNo: number;
  nameJa: string;
  line: Line;
  /** Plan-project names in the order printed (not normalised). */
  projects: { printed: string; line: Line }[];
}

export interface StructureField {
  fieldNo: number;
  nameJa: string;
  /** The header as printed in this section (e.g. 「環境⏎みどり」, 「学び」). */
  nameAsPrinted: string;
  /** The 将来像 as printed in this section (may differ from the vision list). */
  futureImageJa: string;
  policies: StructurePolicy[];
}

export interface StatedPlanCounts {
  /** 「○施策数 29施策」 */
  policies: number;
  /** 「○計画事業 128事業」 */
  projects: number;
  /** 「○重点計画事業 61事業」 */
  priorityProjects: number;
}

export interface Structure {
  fields: StructureField[];
  stated: StatedPlanCounts;
  /** The legend's entries as printed (the marks themselves were images and are not in the text). */
  legend: string[];
}

const ITEM = /^-\s+(.+)$/;
const POLICY = /^(\d{1,2})\s+(\S.*)$/;
const COUNT = /^○(施策数|計画事業|重点計画事業)\s*(\d+)(施策|事業)$/;

/**
 * Parse the 体系 section. `fieldNames` are the field names from the vision list, in order:
 * each field header in this section is found by that name, whatever separates its characters.
 */
export function parseStructure(lines: Line[], fieldNames: string[]): Structure {
  const body = section(lines, /^分野別 施策・事業体系$/, /^区政経営の基本姿勢$/);
  const fields: StructureField[] = [];
  const counts: Partial<Record<string, number>> = {};
  const legend: string[] = [];
  let header: Line[] = [];
  let inLegend = false;
  let policy: StructurePolicy | undefined;

  const startField = (at: Line) => {
    const next = fieldNames[fields.length];
    if (next === undefined) throw new PlanParseError('more field headers than fields in the vision list', at);
    const text = header.map((l) => l.text.trim()).join('\n');
    const m = fieldNamePattern(next).exec(text);
    if (!m) throw new PlanParseError(`expected the header of field ${fields.length + 1} 「${next}」 before this policy`, at);
    const before = text.slice(0, m.index).trim();
    if (before !== '') throw new PlanParseError(`unrecognised text before field 「${next}」: ${JSON.stringify(before)}`, at);
    const image = compact(text.slice(m.index + m[0].length));
    if (image === '') throw new PlanParseError(`field 「${next}」 has no 将来像 in the 体系 section`, at);
    fields.push({ fieldNo: fields.length + 1, nameJa: next, nameAsPrinted: m[0], futureImageJa: image, policies: [] });
    header = [];
  };

  for (const line of body) {
    const t = line.text.trim();
    if (t === '') continue;
    const count = COUNT.exec(t);
    const item = ITEM.exec(t);
    const pol = POLICY.exec(t);
    if (count) {
      counts[count[1]] = Number(count[2]);
      policy = undefined;
    } else if (t.startsWith('【凡') && t.endsWith('】')) {
      inLegend = true;
      policy = undefined;
    } else if (item) {
      if (!policy) throw new PlanParseError('a project line outside any policy', line);
      policy.projects.push({ printed: item[1], line });
    } else if (pol) {
      if (header.length) startField(line);
      inLegend = false;
      const field = fields.at(-1);
      if (!field) throw new PlanParseError('a policy before the first field header', line);
      policy = { policyNo: Number(pol[1]), nameJa: pol[2].trim(), line, projects: [] };
      field.policies.push(policy);
    } else if (inLegend && /^(施策|計画事業|重点計画事業|再掲計画事業.*)$/.test(t)) {
      legend.push(t);
    } else {
      // Field header and 将来像 text, gathered until the next policy line.
      inLegend = false;
      policy = undefined;
      header.push(line);
    }
  }
  if (header.length) throw new PlanParseError('text after the last policy of the 体系 section', header[0]);
  for (const key of ['施策数', '計画事業', '重点計画事業']) {
    if (counts[key] === undefined) throw new PlanParseError(`the stated count 「○${key}」 is missing`);
  }
  return {
    fields,
    legend,
    stated: { policies: counts['施策数']!, projects: counts['計画事業']!, priorityProjects: counts['重点計画事業']! },
  };
}

// ---------------------------------------------------------------------------------------------
// 区政経営の基本姿勢: the three governance basic policies

export interface GovernanceItem {
  /** As printed (not normalised). */
  printed: string;
  /** 協働推進基本方針 groups its items by field: 「<地域コミュニティ活性化>」 etc. Null elsewhere. */
  category: string | null;
  line: Line;
}

export interface GovernanceHeading {
  headingNo: number;
  nameJa: string;
  items: GovernanceItem[];
}

export interface GovernancePolicy {
  policyNo: number;
  /** Without the trailing 「*」. */
  nameJa: string;
  /** The name ends with 「*」 in the document (方針5 施設マネジメントの推進*). */
  asterisk: boolean;
  /** A 「※…」 line under the policy (the reference to a separate volume), without 「※」. */
  noteJa: string | null;
  headings: GovernanceHeading[];
}

export interface GovernancePlan {
  /** 1..3 in document order. */
  planNo: number;
  /** The section heading, e.g. 区政経営改革推進基本方針. */
  nameJa: string;
  policies: GovernancePolicy[];
}

const GOV_PLAN = /^(.+基本方針)$/;
const GOV_POLICY = /^方針(\d+)\s+(.+?)(\*)?$/;
const GOV_HEADING = /^(\d+)\s+(\S.*)$/;
const GOV_CATEGORY = /^-\s+<(.+)>$/;
const GOV_SUBITEM = /^[\s\u00a0\u3000]+-\s+(.+)$/;

export function parseGovernance(lines: Line[]): GovernancePlan[] {
  const body = section(lines, /^区政経営の基本姿勢$/, /^区民と共に実現する基本構想$/);
  const plans: GovernancePlan[] = [];
  let policy: GovernancePolicy | undefined;
  let heading: GovernanceHeading | undefined;
  let category: string | null = null;

  for (const line of body) {
    const t = line.text.trim();
    if (t === '') continue;
    const sub = GOV_SUBITEM.exec(line.text);
    let m: RegExpExecArray | null;
    if (sub) {
      if (!heading || category === null) throw new PlanParseError('an indented item without a <category> above it', line);
      heading.items.push({ printed: sub[1].trim(), category, line });
    } else if ((m = GOV_CATEGORY.exec(t))) {
      if (!heading) throw new PlanParseError('a <category> outside any heading', line);
      category = m[1].trim();
    } else if ((m = ITEM.exec(t))) {
      if (!heading) throw new PlanParseError('an item outside any heading', line);
      category = null;
      heading.items.push({ printed: m[1].trim(), category: null, line });
    } else if ((m = GOV_PLAN.exec(t))) {
      plans.push({ planNo: plans.length + 1, nameJa: m[1], policies: [] });
      policy = heading = undefined;
      category = null;
    } else if ((m = GOV_POLICY.exec(t))) {
      const plan = plans.at(-1);
      if (!plan) throw new PlanParseError('a 方針 before any 基本方針 heading', line);
      policy = { policyNo: Number(m[1]), nameJa: m[2].trim(), asterisk: m[3] === '*', noteJa: null, headings: [] };
      plan.policies.push(policy);
      heading = undefined;
      category = null;
    } else if ((m = GOV_HEADING.exec(t))) {
      if (!policy) throw new PlanParseError('a numbered heading outside any 方針', line);
      heading = { headingNo: Number(m[1]), nameJa: m[2].trim(), items: [] };
      policy.headings.push(heading);
      category = null;
    } else if (t.startsWith('※')) {
      if (!policy) throw new PlanParseError('a ※ note outside any 方針', line);
      policy.noteJa = t.slice(1).trim();
    } else {
      throw new PlanParseError('unrecognised line in 区政経営の基本姿勢', line);
    }
  }
  return plans;
}

export interface StatedGovernanceCount {
  /** As printed after 「○」, e.g. 区政経営改革推進計画. */
  planNameJa: string;
  policies: number;
  projects: number;
}

/** The counts at the end of the document: 「○区政経営改革推進計画」 / 「5方針 60事業」 … */
export function parseGovernanceCounts(lines: Line[]): StatedGovernanceCount[] {
  const i = lines.findIndex((l) => l.text.trim() === '区民と共に実現する基本構想');
  if (i < 0) throw new PlanParseError('「区民と共に実現する基本構想」 not found');
  const tail = lines.slice(i + 1).filter((l) => !isBlank(l));
  const out: StatedGovernanceCount[] = [];
  for (let k = 0; k < tail.length; k++) {
    const name = /^○(.+計画)$/.exec(tail[k].text.trim());
    if (!name) continue;
    const next = tail[k + 1];
    const n = next && /^(\d+)方針\s*(\d+)事業$/.exec(next.text.trim());
    if (!n) throw new PlanParseError(`expected 「N方針 N事業」 after 「○${name[1]}」`, next ?? tail[k]);
    out.push({ planNameJa: name[1], policies: Number(n[1]), projects: Number(n[2]) });
  }
  return out;
}

/** The shared stem of a basic policy and its plan: 区政経営改革推進基本方針 / 区政経営改革推進計画 → 区政経営改革推進. */
export function governanceStem(name: string): string {
  return name.replace(/(基本方針|計画)$/, '');
}

// ---------------------------------------------------------------------------------------------
// SDGs

export interface SdgGoalParsed {
  goal: number;
  /** Line wraps joined without a space (see docs/plan-data.md for goal 7). */
  nameJa: string;
  /** The printed lines, for the record. */
  printedLines: string[];
  /** Position in the document's listing (it prints the goals in two columns: 1, 10, 2, 11, …). */
  printedPosition: number;
}

export function parseSdgGoals(lines: Line[]): { headingAsPrinted: string; goals: SdgGoalParsed[] } {
  const start = lines.findIndex((l) => /^[O○〇]SDGsと区の.+について$/.test(l.text.trim()));
  if (start < 0) throw new PlanParseError('the SDGs section heading 「○SDGsと区の…について」 not found');
  const body = section(lines.slice(start), /^【SDGsに掲げる17のゴール】$/, /^○まち・ひと・しごと創生総合戦略について$/);
  const goals: SdgGoalParsed[] = [];
  for (const para of paragraphs(body)) {
    const m = /^■目標(\d+)$/.exec(para[0].text.trim());
    if (!m) throw new PlanParseError('expected 「■目標N」', para[0]);
    if (para.length < 2) throw new PlanParseError('an SDG without a name', para[0]);
    const rest = para.slice(1);
    goals.push({
      goal: Number(m[1]),
      nameJa: joinWrapped(rest),
      printedLines: rest.map((l) => l.text.trim()),
      printedPosition: goals.length + 1,
    });
  }
  return { headingAsPrinted: lines[start].text.trim(), goals };
}

// ---------------------------------------------------------------------------------------------
// ○計画期間 and the population projection horizon

export interface PlanPeriodsParsed {
  comprehensive: { years: number; startFy: number; endFy: number; revisionCycleYears: number; sentenceJa: string };
  review: { yearOfPlan: number; fy: number; sentenceJa: string };
  execution: { years: number; withinYears: number; periods: number; sentenceJa: string };
  otherPlans: { namesJa: string[]; sentenceJa: string };
  population: { startYear: number; endYear: number; sentenceJa: string };
}

function find(lines: Line[], re: RegExp, what: string): { m: RegExpExecArray; sentence: string } {
  for (const l of lines) {
    const m = re.exec(l.text);
    if (m) return { m, sentence: l.text.trim().replace(/^-\s*・?/, '') };
  }
  throw new PlanParseError(`${what} not found`);
}

export function parsePeriods(lines: Line[]): PlanPeriodsParsed {
  const body = section(lines, /^○計画期間$/, /^○人口の見通し$/);
  const comp = find(
    body,
    /総合計画の計画期間は、(\d+)年間（令和\d+年度（(\d{4})年度）から令和\d+年度（(\d{4})年度）まで）/,
    '総合計画の計画期間',
  );
  const cycle = find(body, /(\d+)か年ごとに計画の改定/, '改定の周期');
  const review = find(body, /総合計画期間の(\d+)年目である令和\d+年度（(\d{4})年度）/, '6年目の検討');
  const exec = find(body, /実行計画の計画期間は、(\d+)年間とし、総合計画の(\d+)年間で(\d+)つの期間/, '実行計画の計画期間');
  const other = find(body, /・(.+)の計画期間は、総合計画・実行計画に準じた取り扱い/, 'その他計画の計画期間');
  const popSection = section(lines, /^○人口の見通し$/, /^（1）推計方法等の概要$/);
  const pop = find(popSection, /令和\d+年（(\d{4})年）から令和\d+年（(\d{4})年）までを対象期間とした、将来人口推計/, '人口推計の対象期間');
  return {
    comprehensive: {
      years: Number(comp.m[1]),
      startFy: Number(comp.m[2]),
      endFy: Number(comp.m[3]),
      revisionCycleYears: Number(cycle.m[1]),
      sentenceJa: comp.sentence,
    },
    review: { yearOfPlan: Number(review.m[1]), fy: Number(review.m[2]), sentenceJa: review.sentence },
    execution: { years: Number(exec.m[1]), withinYears: Number(exec.m[2]), periods: Number(exec.m[3]), sentenceJa: exec.sentence },
    otherPlans: { namesJa: other.m[1].split('、'), sentenceJa: other.sentence },
    population: { startYear: Number(pop.m[1]), endYear: Number(pop.m[2]), sentenceJa: pop.sentence },
  };
}

// ---------------------------------------------------------------------------------------------
// ○計画の構成: 「8つの分野ごとの将来像に向けた取組を具体化するための29の施策」

export interface Composition {
  fields: number;
  policies: number;
}

export function parseComposition(lines: Line[]): Composition {
  const body = section(lines, /^○計画の構成$/, /^○計画の体系図$/);
  const { m } = find(body, /(\d+)つの分野ごとの将来像に向けた取組を具体化するための(\d+)の施策/, '分野数・施策数');
  return { fields: Number(m[1]), policies: Number(m[2]) };
}

// ---------------------------------------------------------------------------------------------

export interface PlanDocument {
  composition: Composition;
  vision: Vision;
  structure: Structure;
  governance: GovernancePlan[];
  governanceCounts: StatedGovernanceCount[];
  sdg: ReturnType<typeof parseSdgGoals>;
  periods: PlanPeriodsParsed;
}

/** Parse the whole summary. */
export function parsePlanDocument(text: string): PlanDocument {
  const lines = toLines(text);
  const vision = parseVision(lines);
  return {
    composition: parseComposition(lines),
    vision,
    structure: parseStructure(
      lines,
      vision.fields.map((f) => f.nameJa),
    ),
    governance: parseGovernance(lines),
    governanceCounts: parseGovernanceCounts(lines),
    sdg: parseSdgGoals(lines),
    periods: parsePeriods(lines),
  };
}
