/**
 * From the parsed plan summary and the reviewed files beside this module to the rows of every
 * plan table. Pure: no I/O. Every problem in a reviewed file (a missing translation, a link to a
 * policy that does not exist, a colour that is not a colour…) is an error naming the file and row.
 */
import { normaliseName } from './normalise.ts';
import { governanceStem, type PlanDocument } from './parse.ts';
import type { PlanTables, Row } from './schema.ts';

/** The reviewed, hand-written files (CSV records), see docs/plan-data.md. */
export interface ReviewedFiles {
  /** translations/fields.csv: field_id, name_ja, name_en, future_image_en */
  fields: Record<string, string>[];
  /** translations/policies.csv: policy_id, name_ja, name_en */
  policies: Record<string, string>[];
  /** translations/projects.csv: name_ja, name_en */
  projects: Record<string, string>[];
  /** translations/governance.csv: kind, name_ja, name_en */
  governance: Record<string, string>[];
  /** translations/indicators.csv: indicator_ja, indicator_en */
  indicators: Record<string, string>[];
  /** field_colors.csv: field_id, color, palette, reason */
  fieldColors: Record<string, string>[];
  /** sdg_goals.csv: goal, name_en, color */
  sdgGoals: Record<string, string>[];
  /** sdg_links.csv: the same columns as the sdg_links table, without link_id */
  sdgLinks: Record<string, string>[];
  /** policy_age_links.csv: policy_id, age_group, reason_ja, reason_en, source */
  policyAgeLinks: Record<string, string>[];
  /** policy_notes.csv: policy_id, note_ja, note_en, note_source */
  policyNotes: Record<string, string>[];
  /** governance_notes.csv: name_ja, note_ja, note_en */
  governanceNotes: Record<string, string>[];
  /** periods_external.csv: plan_periods rows from sources other than the plan summary */
  periodsExternal: Record<string, string>[];
  /** data/raw/suginami-field-review-2025/field_main_indicators.csv */
  fieldIndicators: Record<string, string>[];
}

/** Column headers each reviewed file must have. */
export const REVIEWED_COLUMNS: Record<keyof ReviewedFiles, readonly string[]> = {
  fields: ['field_id', 'name_ja', 'name_en', 'future_image_en'],
  policies: ['policy_id', 'name_ja', 'name_en'],
  projects: ['name_ja', 'name_en'],
  governance: ['kind', 'name_ja', 'name_en'],
  indicators: ['indicator_ja', 'indicator_en'],
  fieldColors: ['field_id', 'color', 'palette'],
  sdgGoals: ['goal', 'name_en', 'color'],
  sdgLinks: ['level', 'policy_id', 'project_id', 'project_name_ja', 'goal', 'target', 'reason_ja', 'reason_en', 'source'],
  policyAgeLinks: ['policy_id', 'age_group', 'reason_ja', 'reason_en', 'source'],
  policyNotes: ['policy_id', 'note_ja', 'note_en', 'note_source'],
  governanceNotes: ['name_ja', 'note_ja', 'note_en'],
  periodsExternal: ['kind', 'name_ja', 'name_en', 'start_fy', 'end_fy', 'year_basis', 'note_ja', 'note_en', 'source'],
  fieldIndicators: [
    'field',
    'field_future_image',
    'page_id',
    'page_url',
    'page_updated',
    'main_indicator',
    'unit',
    'initial_value',
    'target_FY2026_R8',
    'target_FY2030_R12',
    'current_value_as_stated',
  ],
};

export const TRANSLATION_SOURCE = 'Suginami Outlook translation';
export const MAPPING_SOURCE = "this dashboard's mapping (not the ward's)";
export const PLAN_SUMMARY_SOURCE = 'plan summary: data/raw/plan-document/000_7742aaec6d9a2549.txt';
export const AGE_GROUPS = ['age0_14', 'age15_64', 'age65plus'] as const;

const FIELD_REVIEW_SOURCE =
  'Suginami City field review page (stored snapshot read 2026-11-24): data/raw/suginami-field-review-2025/field_main_indicators.csv';
const FIELD_REVIEW_MISSING =
  'not in source: this field’s review page was not among the stored pages (data/raw/suginami-field-review-2025/PROVENANCE.md)';

class ReviewedFileError extends Error {
  constructor(file: string, row: number | null, message: string) {
    super(`${file}${row === null ? '' : ` row ${row + 1}`}: ${message}`);
    this.name = 'ReviewedFileError';
  }
}

const nonEmpty = (v: string | undefined) => v !== undefined && v.trim() !== '';
const orNull = (v: string | undefined) => (nonEmpty(v) ? v!.trim() : null);

function integer(file: string, row: number, column: string, v: string | undefined): number {
  const n = Number(v);
  if (!nonEmpty(v) || !Number.isInteger(n))
    throw new ReviewedFileError(file, row, `${column} should be an integer, got ${JSON.stringify(v)}`);
  return n;
}

function required(file: string, row: number, rec: Record<string, string>, column: string): string {
  const v = rec[column];
  if (!nonEmpty(v)) throw new ReviewedFileError(file, row, `${column} is empty`);
  return v.trim();
}

/** A lookup by Japanese name that refuses duplicates and reports a missing key clearly. */
function dictionary(
  file: string,
  rows: Record<string, string>[],
  key: (r: Record<string, string>) => string,
): Map<string, Record<string, string>> {
  const map = new Map<string, Record<string, string>>();
  rows.forEach((r, i) => {
    const k = key(r);
    if (map.has(k)) throw new ReviewedFileError(file, i, `duplicate entry ${JSON.stringify(k)}`);
    map.set(k, r);
  });
  return map;
}

const REIWA = 2018;
const reiwa = (fy: number) => fy - REIWA;

/** Build every plan table's rows. */
export function buildPlanRows(doc: PlanDocument, files: ReviewedFiles): PlanTables {
  // ---- fields -----------------------------------------------------------------------------
  const vision = doc.vision.fields;
  const structure = doc.structure.fields;
  if (structure.length !== vision.length) {
    throw new Error(`plan document: the 体系 section has ${structure.length} fields, the vision list ${vision.length}`);
  }
  const fieldTr = dictionary('translations/fields.csv', files.fields, (r) => r.field_id);
  const colors = dictionary('field_colors.csv', files.fieldColors, (r) => r.field_id);
  const seenColors = new Set<string>();
  files.fieldColors.forEach((r, i) => {
    if (!/^#[0-9a-fA-F]{6}$/.test(r.color))
      throw new ReviewedFileError('field_colors.csv', i, `not a #rrggbb colour: ${JSON.stringify(r.color)}`);
    if (seenColors.has(r.color.toLowerCase())) throw new ReviewedFileError('field_colors.csv', i, `colour ${r.color} is used twice`);
    seenColors.add(r.color.toLowerCase());
  });

  // ---- policies, projects, placements ------------------------------------------------------
  const policyRows: Row[] = [];
  const placementRows: Row[] = [];
  interface ProjectAcc {
    id: string;
    no: number;
    name: string;
    printed: Set<string>;
    rules: Set<string>;
    placements: { policy: number; field: number }[];
  }
  const projects = new Map<string, ProjectAcc>();
  const policyTr = dictionary('translations/policies.csv', files.policies, (r) => r.policy_id);
  const projectTr = dictionary('translations/projects.csv', files.projects, (r) => r.name_ja);
  const policyNotes = dictionary('policy_notes.csv', files.policyNotes, (r) => r.policy_id);
  let expectedPolicy = 1;
  for (const field of structure) {
    for (const pol of field.policies) {
      if (pol.policyNo !== expectedPolicy) {
        throw new Error(`plan document line ${pol.line.no}: policy ${pol.policyNo} found where policy ${expectedPolicy} was expected`);
      }
      expectedPolicy++;
      pol.projects.forEach((p, k) => {
        const n = normaliseName(p.printed);
        let acc = projects.get(n.name);
        if (!acc) {
          const no = projects.size + 1;
          acc = { id: `P${String(no).padStart(3, '0')}`, no, name: n.name, printed: new Set(), rules: new Set(), placements: [] };
          projects.set(n.name, acc);
        }
        const isRelisted = acc.placements.length > 0;
        const homeField = acc.placements[0]?.field ?? field.fieldNo;
        acc.printed.add(p.printed);
        n.rules.forEach((r) => acc.rules.add(r));
        acc.placements.push({ policy: pol.policyNo, field: field.fieldNo });
        placementRows.push({
          placement_id: placementRows.length + 1,
          policy_id: pol.policyNo,
          field_id: field.fieldNo,
          project_id: acc.id,
          position: k + 1,
          name_ja_as_printed: p.printed,
          is_relisted: isRelisted,
          is_cross_field: isRelisted && homeField !== field.fieldNo,
          doc_line: p.line.no,
        });
      });
      const tr = policyTr.get(String(pol.policyNo));
      if (!tr || !nonEmpty(tr.name_en))
        throw new ReviewedFileError('translations/policies.csv', null, `no English name for policy ${pol.policyNo} 「${pol.nameJa}」`);
      if (tr.name_ja !== pol.nameJa) {
        throw new ReviewedFileError(
          'translations/policies.csv',
          null,
          `policy ${pol.policyNo} is 「${pol.nameJa}」 in the document, 「${tr.name_ja}」 in the translation file`,
        );
      }
      const note = policyNotes.get(String(pol.policyNo));
      policyRows.push({
        policy_id: pol.policyNo,
        field_id: field.fieldNo,
        name_ja: pol.nameJa,
        name_en: tr.name_en.trim(),
        name_en_source: TRANSLATION_SOURCE,
        placement_count: pol.projects.length,
        note_ja: orNull(note?.note_ja),
        note_en: orNull(note?.note_en),
        note_source: orNull(note?.note_source),
      });
    }
  }
  for (const id of policyNotes.keys()) {
    if (!policyRows.some((p) => String(p.policy_id) === id))
      throw new ReviewedFileError('policy_notes.csv', null, `policy ${id} does not exist`);
  }

  const projectRows: Row[] = [...projects.values()].map((p) => {
    const tr = projectTr.get(p.name);
    if (!tr || !nonEmpty(tr.name_en))
      throw new ReviewedFileError('translations/projects.csv', null, `no English name for plan project 「${p.name}」`);
    return {
      project_id: p.id,
      project_no: p.no,
      name_ja: p.name,
      name_en: tr.name_en.trim(),
      name_en_source: TRANSLATION_SOURCE,
      home_policy_id: p.placements[0].policy,
      home_field_id: p.placements[0].field,
      placement_count: p.placements.length,
      field_count: new Set(p.placements.map((x) => x.field)).size,
      is_priority: null,
      priority_status: 'not in source',
      spellings_as_printed: [...p.printed].join(' | '),
      normalisation_rules: p.rules.size ? [...p.rules].join(',') : null,
    };
  });
  const projectByName = new Map([...projects.values()].map((p) => [p.name, p]));
  const projectById = new Map(projectRows.map((p) => [p.project_id as string, p]));

  const fieldRows: Row[] = vision.map((v, i) => {
    const s = structure[i];
    if (s.nameJa !== v.nameJa)
      throw new Error(`plan document: field ${i + 1} is 「${v.nameJa}」 in the vision list, 「${s.nameJa}」 in the 体系 section`);
    const tr = fieldTr.get(String(v.fieldNo));
    if (!tr || !nonEmpty(tr.name_en) || !nonEmpty(tr.future_image_en)) {
      throw new ReviewedFileError(
        'translations/fields.csv',
        null,
        `no English name or future image for field ${v.fieldNo} 「${v.nameJa}」`,
      );
    }
    if (tr.name_ja !== v.nameJa)
      throw new ReviewedFileError(
        'translations/fields.csv',
        null,
        `field ${v.fieldNo} is 「${v.nameJa}」 in the document, 「${tr.name_ja}」 in the file`,
      );
    const color = colors.get(String(v.fieldNo));
    if (!color) throw new ReviewedFileError('field_colors.csv', null, `no colour for field ${v.fieldNo}`);
    const placements = placementRows.filter((p) => p.field_id === v.fieldNo);
    return {
      field_id: v.fieldNo,
      name_ja: v.nameJa,
      name_ja_as_printed: v.nameAsPrinted,
      name_en: tr.name_en.trim(),
      name_en_source: TRANSLATION_SOURCE,
      future_image_ja: v.futureImageJa,
      future_image_en: tr.future_image_en.trim(),
      future_image_variant_ja: s.futureImageJa === v.futureImageJa ? null : s.futureImageJa,
      color: color.color.toLowerCase(),
      color_palette: required('field_colors.csv', 0, color, 'palette'),
      policy_count: s.policies.length,
      placement_count: placements.length,
      project_count: new Set(placements.map((p) => p.project_id)).size,
    };
  });

  // ---- stated counts -----------------------------------------------------------------------
  const relisted = placementRows.filter((p) => p.is_relisted).length;
  const crossField = placementRows.filter((p) => p.is_cross_field).length;
  const stated = doc.structure.stated;
  const countRows: Row[] = [
    {
      subject_ja: '分野',
      subject_en: 'fields',
      stated: doc.composition.fields,
      parsed: fieldRows.length,
      note_ja: '「○計画の構成」の「8つの分野」と、将来像・体系に掲載された分野の数。',
      note_en: 'The number stated in 「○計画の構成」 and the number of fields in the vision list and the 体系 section.',
    },
    {
      subject_ja: '施策',
      subject_en: 'policies',
      stated: stated.policies,
      parsed: policyRows.length,
      note_ja: '「○施策数」の記載と、体系に掲載された施策の数。',
      note_en: 'The stated 「○施策数」 and the number of policies listed in the 体系 section.',
    },
    {
      subject_ja: '計画事業',
      subject_en: 'plan projects',
      stated: stated.projects,
      parsed: projectRows.length,
      note_ja: '「○計画事業」の記載と、表記を統一したうえでの異なる事業名の数。',
      note_en: 'The stated 「○計画事業」 and the number of distinct project names after spelling normalisation.',
    },
    {
      subject_ja: '重点計画事業',
      subject_en: 'priority plan projects',
      stated: stated.priorityProjects,
      parsed: null,
      note_ja: `文書は「重点計画事業 ${stated.priorityProjects}事業」と記載するが、どの事業が重点かを示す凡例の記号は画像で、このテキストには残っていない（出典になし）。`,
      note_en: `The document states ${stated.priorityProjects} priority projects (重点計画事業), but the legend's marks, which would show which projects they are, were images and are not in this text (not in source).`,
    },
    {
      subject_ja: '計画事業の掲載箇所',
      subject_en: 'project placements',
      stated: null,
      parsed: placementRows.length,
      note_ja: `${projectRows.length}事業が${placementRows.length}か所に掲載されている。2回目以降の${relisted}か所を再掲として扱う（うち他分野での再掲${crossField}か所、同じ分野内の再掲${relisted - crossField}か所）。文書に箇所数の記載はない。`,
      note_en: `${projectRows.length} projects are listed at ${placementRows.length} places. The ${relisted} listings after a project's first are treated as relisted (再掲): ${crossField} in another field, ${relisted - crossField} within the same field. The document states no number of placements.`,
    },
  ].map((r, i) => ({ count_id: i + 1, ...r }));

  // ---- governance --------------------------------------------------------------------------
  const govTr = new Map<string, string>();
  files.governance.forEach((r, i) => {
    const key = `${required('translations/governance.csv', i, r, 'kind')}\u0000${required('translations/governance.csv', i, r, 'name_ja')}`;
    if (govTr.has(key)) throw new ReviewedFileError('translations/governance.csv', i, `duplicate entry ${r.kind} 「${r.name_ja}」`);
    govTr.set(key, required('translations/governance.csv', i, r, 'name_en'));
  });
  const gov = (kind: string, ja: string): string => {
    const en = govTr.get(`${kind}\u0000${ja}`) ?? (kind === 'item' ? projectTr.get(ja)?.name_en.trim() || undefined : undefined);
    if (!en) throw new ReviewedFileError('translations/governance.csv', null, `no English name for ${kind} 「${ja}」`);
    return en;
  };
  const govNotes = dictionary('governance_notes.csv', files.governanceNotes, (r) => r.name_ja);
  const usedGovNotes = new Set<string>();

  const govPlanRows: Row[] = [];
  const govPolicyRows: Row[] = [];
  const govHeadingRows: Row[] = [];
  const govItemRows: Row[] = [];
  for (const plan of doc.governance) {
    const statedGov = doc.governanceCounts.find((c) => governanceStem(c.planNameJa) === governanceStem(plan.nameJa));
    if (!statedGov) throw new Error(`plan document: no stated count 「○…計画 N方針 N事業」 for ${plan.nameJa}`);
    const names = new Set<string>();
    let listed = 0;
    for (const pol of plan.policies) {
      let polCount = 0;
      for (const h of pol.headings) {
        h.items.forEach((it, k) => {
          const n = normaliseName(it.printed);
          const note = govNotes.get(n.name);
          if (note) usedGovNotes.add(n.name);
          govItemRows.push({
            item_id: govItemRows.length + 1,
            plan_id: plan.planNo,
            policy_no: pol.policyNo,
            heading_no: h.headingNo,
            position: k + 1,
            category_ja: it.category,
            category_en: it.category === null ? null : gov('category', it.category),
            name_ja: n.name,
            name_ja_as_printed: it.printed,
            name_en: gov('item', n.name),
            name_en_source: TRANSLATION_SOURCE,
            project_id: projectByName.get(n.name)?.id ?? null,
            note_ja: orNull(note?.note_ja),
            note_en: orNull(note?.note_en),
            doc_line: it.line.no,
          });
          names.add(n.name);
        });
        govHeadingRows.push({
          plan_id: plan.planNo,
          policy_no: pol.policyNo,
          heading_no: h.headingNo,
          name_ja: h.nameJa,
          name_en: gov('heading', h.nameJa),
          name_en_source: TRANSLATION_SOURCE,
          listed_project_count: h.items.length,
        });
        polCount += h.items.length;
      }
      listed += polCount;
      govPolicyRows.push({
        plan_id: plan.planNo,
        policy_no: pol.policyNo,
        name_ja: pol.nameJa,
        name_en: gov('policy', pol.nameJa),
        name_en_source: TRANSLATION_SOURCE,
        marked_with_asterisk: pol.asterisk,
        note_ja: pol.noteJa,
        note_en: pol.noteJa === null ? null : gov('note', pol.noteJa),
        heading_count: pol.headings.length,
        listed_project_count: polCount,
      });
    }
    const match = statedGov.policies === plan.policies.length && statedGov.projects === listed;
    const empty = plan.policies.filter((p) => p.headings.every((h) => h.items.length === 0));
    const { ja, en } = countNote(statedGov.policies, statedGov.projects, plan.policies.length, listed, empty);
    govPlanRows.push({
      plan_id: plan.planNo,
      name_ja: plan.nameJa,
      name_en: gov('plan', plan.nameJa),
      plan_name_ja: statedGov.planNameJa,
      plan_name_en: gov('plan_name', statedGov.planNameJa),
      name_en_source: TRANSLATION_SOURCE,
      stated_policy_count: statedGov.policies,
      listed_policy_count: plan.policies.length,
      stated_project_count: statedGov.projects,
      listed_project_count: listed,
      distinct_listed_count: names.size,
      counts_match: match,
      count_note_ja: ja,
      count_note_en: en,
    });
  }
  for (const name of govNotes.keys()) {
    if (!usedGovNotes.has(name))
      throw new ReviewedFileError('governance_notes.csv', null, `「${name}」 is not an item of any governance plan`);
  }

  // ---- SDGs --------------------------------------------------------------------------------
  const sdgEn = dictionary('sdg_goals.csv', files.sdgGoals, (r) => r.goal);
  const sdgRows: Row[] = doc.sdg.goals
    .map((g) => {
      const en = sdgEn.get(String(g.goal));
      if (!en || !nonEmpty(en.name_en)) throw new ReviewedFileError('sdg_goals.csv', null, `no English name for goal ${g.goal}`);
      if (!/^#[0-9a-fA-F]{6}$/.test(en.color))
        throw new ReviewedFileError('sdg_goals.csv', null, `goal ${g.goal}: not a #rrggbb colour: ${JSON.stringify(en.color)}`);
      return {
        goal: g.goal,
        name_ja: g.nameJa,
        name_ja_as_printed: g.printedLines.join('\n'),
        name_en: en.name_en.trim(),
        color: en.color.toUpperCase(),
        printed_position: g.printedPosition,
      };
    })
    .sort((a, b) => a.goal - b.goal);
  const goals = sdgRows.map((g) => g.goal);
  if (goals.length !== 17 || goals.some((g, i) => g !== i + 1))
    throw new Error(`plan document: SDG goals should be 1..17, found ${goals.join(',')}`);

  const policyIds = new Set(policyRows.map((p) => p.policy_id as number));
  const linkKeys = new Set<string>();
  const sdgLinkRows: Row[] = files.sdgLinks.map((r, i) => {
    const f = 'sdg_links.csv';
    const level = required(f, i, r, 'level');
    const goal = integer(f, i, 'goal', r.goal);
    if (goal < 1 || goal > 17) throw new ReviewedFileError(f, i, `goal ${goal} is not 1..17`);
    const target = orNull(r.target);
    if (target !== null && !new RegExp(`^${goal}\\.([0-9]+|[a-z])$`).test(target)) {
      throw new ReviewedFileError(f, i, `target ${JSON.stringify(target)} is not a target of goal ${goal} (e.g. ${goal}.1 or ${goal}.a)`);
    }
    let policyId: number | null = null;
    let projectId: string | null = null;
    let projectName: string | null = null;
    if (level === 'policy') {
      policyId = integer(f, i, 'policy_id', r.policy_id);
      if (!policyIds.has(policyId)) throw new ReviewedFileError(f, i, `policy ${policyId} does not exist`);
      if (nonEmpty(r.project_id)) throw new ReviewedFileError(f, i, 'a policy link must leave project_id empty');
    } else if (level === 'project') {
      projectId = required(f, i, r, 'project_id');
      const p = projectById.get(projectId);
      if (!p) throw new ReviewedFileError(f, i, `project ${projectId} does not exist`);
      projectName = required(f, i, r, 'project_name_ja');
      if (projectName !== p.name_ja) throw new ReviewedFileError(f, i, `${projectId} is 「${p.name_ja}」, not 「${projectName}」`);
      if (nonEmpty(r.policy_id))
        throw new ReviewedFileError(f, i, 'a project link must leave policy_id empty (its policies are in plan_placements)');
    } else throw new ReviewedFileError(f, i, `level should be policy or project, got ${JSON.stringify(level)}`);
    const key = [level, policyId, projectId, goal, target].join('|');
    if (linkKeys.has(key)) throw new ReviewedFileError(f, i, 'duplicate link');
    linkKeys.add(key);
    return {
      link_id: i + 1,
      level,
      policy_id: policyId,
      project_id: projectId,
      project_name_ja: projectName,
      goal,
      target,
      reason_ja: required(f, i, r, 'reason_ja'),
      reason_en: required(f, i, r, 'reason_en'),
      source: required(f, i, r, 'source'),
    };
  });

  // ---- indicators (field review pages) -----------------------------------------------------
  const indicatorTr = dictionary('translations/indicators.csv', files.indicators, (r) => r.indicator_ja);
  const byField = dictionary('field_main_indicators.csv', files.fieldIndicators, (r) => r.field);
  for (const name of byField.keys()) {
    if (!fieldRows.some((f) => f.name_ja === name))
      throw new ReviewedFileError('field_main_indicators.csv', null, `unknown field 「${name}」`);
  }
  const indicatorRows: Row[] = fieldRows.map((f) => {
    const r = byField.get(f.name_ja as string);
    if (!r) {
      return {
        field_id: f.field_id,
        status: 'not in source',
        indicator_ja: null,
        indicator_en: null,
        name_en_source: null,
        unit: null,
        unit_note: null,
        initial_value: null,
        initial_value_as_printed: null,
        target_fy2026: null,
        target_fy2026_as_printed: null,
        target_fy2030: null,
        target_fy2030_as_printed: null,
        current_value: null,
        current_value_as_printed: null,
        current_value_note: null,
        page_id: null,
        page_url: null,
        page_updated: null,
        source: FIELD_REVIEW_MISSING,
      };
    }
    const file = 'field_main_indicators.csv';
    const num = (col: string) => {
      const v = required(file, 0, r, col);
      const n = Number(v);
      if (!Number.isFinite(n)) throw new ReviewedFileError(file, null, `${f.name_ja}: ${col} is not a number: ${JSON.stringify(v)}`);
      return { n, v };
    };
    const unitMatch = /^(.+?)\s*\((.+)\)$/.exec(r.unit.trim());
    const tr = indicatorTr.get(r.main_indicator);
    if (!tr || !nonEmpty(tr.indicator_en))
      throw new ReviewedFileError('translations/indicators.csv', null, `no English name for 「${r.main_indicator}」`);
    const [a, b, c, d] = [num('initial_value'), num('target_FY2026_R8'), num('target_FY2030_R12'), num('current_value_as_stated')];
    return {
      field_id: f.field_id,
      status: 'stated on field review page',
      indicator_ja: r.main_indicator,
      indicator_en: tr.indicator_en.trim(),
      name_en_source: TRANSLATION_SOURCE,
      unit: unitMatch ? unitMatch[1] : r.unit.trim(),
      unit_note: unitMatch ? unitMatch[2] : null,
      initial_value: a.n,
      initial_value_as_printed: a.v,
      target_fy2026: b.n,
      target_fy2026_as_printed: b.v,
      target_fy2030: c.n,
      target_fy2030_as_printed: c.v,
      current_value: d.n,
      current_value_as_printed: d.v,
      current_value_note: 'the page (updated ' + r.page_updated + ') does not state the year of the current value',
      page_id: integer(file, 0, 'page_id', r.page_id),
      page_url: r.page_url,
      page_updated: r.page_updated,
      source: FIELD_REVIEW_SOURCE,
    };
  });

  // ---- periods -----------------------------------------------------------------------------
  const pd = doc.periods;
  const c = pd.comprehensive;
  if (c.endFy - c.startFy + 1 !== c.years) throw new Error(`plan document: ${c.years} years do not span FY${c.startFy}–FY${c.endFy}`);
  if (pd.execution.years * pd.execution.periods !== pd.execution.withinYears || pd.execution.withinYears !== c.years) {
    throw new Error(
      `plan document: ${pd.execution.periods} execution periods of ${pd.execution.years} years do not fill the ${c.years}-year plan`,
    );
  }
  if (pd.review.fy !== c.startFy + pd.review.yearOfPlan - 1)
    throw new Error(`plan document: FY${pd.review.fy} is not year ${pd.review.yearOfPlan} of the plan`);
  const periodRows: Omit<Row, 'period_id'>[] = [
    {
      kind: 'comprehensive_plan',
      name_ja: '総合計画',
      name_en: 'Comprehensive Plan',
      start_fy: c.startFy,
      end_fy: c.endFy,
      year_basis: 'fiscal',
      note_ja: `${c.sentenceJa}${c.revisionCycleYears}か年ごとに計画の改定を行い、必要に応じて毎年度修正（文書より）。`,
      note_en: `${c.years} years, FY${c.startFy} to FY${c.endFy}, because the new basic vision looks about 10 years ahead; revised every ${c.revisionCycleYears} years and amended each year as needed.`,
      source: PLAN_SUMMARY_SOURCE,
    },
    ...Array.from({ length: pd.execution.periods }, (_, i) => {
      const a = c.startFy + i * pd.execution.years;
      const b = a + pd.execution.years - 1;
      return {
        kind: 'execution_plan',
        name_ja: `実行計画 第${i + 1}期（令和${reiwa(a)}〜${reiwa(b)}年度）`,
        name_en: `Execution plan, period ${i + 1} (FY${a}–FY${b})`,
        start_fy: a,
        end_fy: b,
        year_basis: 'fiscal',
        note_ja: `文書の記載「${pd.execution.sentenceJa}」から導いた期間（各期の年度は文書に明記されていない）。計画は予定より1年早く改定された（kind = revision の行を参照）。`,
        note_en: `Derived from the document's "${pd.execution.years} years each, the ${c.years}-year plan divided into ${pd.execution.periods} periods" (the years of each period are not printed). The plan was revised one year early (see the revision row).`,
        source: PLAN_SUMMARY_SOURCE,
      };
    }),
    {
      kind: 'plan_review',
      name_ja: `総合計画期間${pd.review.yearOfPlan}年目の検討（令和${reiwa(pd.review.fy)}年度）`,
      name_en: `Review in the plan's year ${pd.review.yearOfPlan} (FY${pd.review.fy})`,
      start_fy: pd.review.fy,
      end_fy: pd.review.fy,
      year_basis: 'fiscal',
      note_ja: pd.review.sentenceJa,
      note_en: `In FY${pd.review.fy}, year ${pd.review.yearOfPlan} of the plan, the ward will look at progress and consider extending the periods of the basic vision, the comprehensive plan and related plans from FY${c.endFy + 1} on.`,
      source: PLAN_SUMMARY_SOURCE,
    },
    ...pd.otherPlans.namesJa.map((name) => ({
      kind: 'other_plan',
      name_ja: name,
      name_en: gov('plan_name', name),
      start_fy: c.startFy,
      end_fy: c.endFy,
      year_basis: 'fiscal',
      note_ja: `${pd.otherPlans.sentenceJa}（年度は総合計画に準じたもの。この計画独自の年度は概要に記載がない）`,
      note_en: 'Its period follows the comprehensive plan and execution plan (準じた取り扱い); the summary gives no years of its own.',
      source: PLAN_SUMMARY_SOURCE,
    })),
    {
      kind: 'population_projection',
      name_ja: '将来人口推計の対象期間',
      name_en: 'Population projection horizon',
      start_fy: pd.population.startYear,
      end_fy: pd.population.endYear,
      year_basis: 'calendar',
      note_ja: pd.population.sentenceJa,
      note_en: `The ward's population projection made for the plan covers ${pd.population.startYear} to ${pd.population.endYear} (calendar years, 年 not 年度).`,
      source: PLAN_SUMMARY_SOURCE,
    },
    ...files.periodsExternal.map((r, i) => {
      const f = 'periods_external.csv';
      const basis = required(f, i, r, 'year_basis');
      if (basis !== 'fiscal' && basis !== 'calendar')
        throw new ReviewedFileError(f, i, `year_basis should be fiscal or calendar, got ${JSON.stringify(basis)}`);
      return {
        kind: required(f, i, r, 'kind'),
        name_ja: required(f, i, r, 'name_ja'),
        name_en: required(f, i, r, 'name_en'),
        start_fy: nonEmpty(r.start_fy) ? integer(f, i, 'start_fy', r.start_fy) : null,
        end_fy: nonEmpty(r.end_fy) ? integer(f, i, 'end_fy', r.end_fy) : null,
        year_basis: basis,
        note_ja: required(f, i, r, 'note_ja'),
        note_en: required(f, i, r, 'note_en'),
        source: required(f, i, r, 'source'),
      };
    }),
  ];

  // ---- policy ↔ age group -------------------------------------------------------------------
  const ageKeys = new Set<string>();
  const ageRows: Row[] = files.policyAgeLinks.map((r, i) => {
    const f = 'policy_age_links.csv';
    const policyId = integer(f, i, 'policy_id', r.policy_id);
    if (!policyIds.has(policyId)) throw new ReviewedFileError(f, i, `policy ${policyId} does not exist`);
    const age = required(f, i, r, 'age_group');
    if (!(AGE_GROUPS as readonly string[]).includes(age))
      throw new ReviewedFileError(f, i, `age_group should be one of ${AGE_GROUPS.join(', ')}, got ${JSON.stringify(age)}`);
    if (ageKeys.has(`${policyId}|${age}`)) throw new ReviewedFileError(f, i, 'duplicate link');
    ageKeys.add(`${policyId}|${age}`);
    return {
      policy_id: policyId,
      age_group: age,
      reason_ja: required(f, i, r, 'reason_ja'),
      reason_en: required(f, i, r, 'reason_en'),
      source: required(f, i, r, 'source'),
    };
  });

  return {
    plan_fields: fieldRows,
    plan_policies: policyRows,
    plan_projects: projectRows,
    plan_placements: placementRows,
    plan_counts: countRows,
    governance_plans: govPlanRows,
    governance_policies: govPolicyRows,
    governance_headings: govHeadingRows,
    governance_projects: govItemRows,
    sdg_goals: sdgRows,
    sdg_links: sdgLinkRows,
    plan_indicators: indicatorRows,
    plan_periods: periodRows.map((r, i) => ({ period_id: i + 1, ...r })),
    policy_age_links: ageRows,
  };
}

/**
 * Explain a governance plan's stated vs listed counts. Where they differ and a 方針 lists no items
 * (方針5 施設マネジメントの推進*, which points to a separate volume), say so; never force them equal.
 */
export function countNote(
  statedPolicies: number,
  statedProjects: number,
  listedPolicies: number,
  listedProjects: number,
  emptyPolicies: { policyNo: number; nameJa: string; noteJa: string | null }[],
): { ja: string; en: string } {
  if (statedPolicies === listedPolicies && statedProjects === listedProjects) {
    return {
      ja: `記載の「${statedPolicies}方針 ${statedProjects}事業」と、一覧の方針数・項目数が一致する。`,
      en: `The stated ${statedPolicies} policies and ${statedProjects} projects match the ${listedPolicies} policies and ${listedProjects} items listed.`,
    };
  }
  let ja = `文書は「${statedPolicies}方針 ${statedProjects}事業」と記載するが、一覧には${listedPolicies}方針・${listedProjects}項目が掲載されている。`;
  let en = `The document states ${statedPolicies} policies and ${statedProjects} projects; ${listedPolicies} policies and ${listedProjects} items are listed.`;
  for (const p of emptyPolicies) {
    ja += `方針${p.policyNo}「${p.nameJa}」には項目の一覧がない${p.noteJa ? `（注記：${p.noteJa}）` : ''}。`;
    en += ` 方針${p.policyNo} 「${p.nameJa}」 lists no items${p.noteJa ? ` (its note: ${p.noteJa})` : ''}.`;
  }
  const diff = statedProjects - listedProjects;
  if (diff > 0 && diff === emptyPolicies.length) {
    ja += `差の${diff}件は、項目のない方針を1事業と数えた場合と一致するが、文書はそう明記していない。`;
    en += ` The difference of ${diff} would match counting ${diff === 1 ? 'that policy' : 'those policies'} as one project each, but the document does not say so.`;
  }
  return { ja, en };
}
