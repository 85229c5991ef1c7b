import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlanDocument, loadReviewedFiles, PLAN_DOCUMENT_PATH, REVIEWED_PATHS } from './index.ts';
import { compact } from './normalise.ts';
import { parseRecords } from '../csv.ts';
import { checkRow, PLAN_TABLES, type PlanTables, type Row } from './schema.ts';
import { AGE_GROUPS, buildPlanRows, countNote, MAPPING_SOURCE, TRANSLATION_SOURCE, type ReviewedFiles } from './tables.ts';

const doc = loadPlanDocument();
const files = loadReviewedFiles();
const t: PlanTables = buildPlanRows(doc, files);
const byId = <K extends string>(rows: Row[], key: K) => new Map(rows.map((r) => [r[key], r]));

/** A copy of the reviewed files with one file's rows changed. */
function tamper<K extends keyof ReviewedFiles>(key: K, edit: (rows: Record<string, string>[]) => Record<string, string>[]): ReviewedFiles {
  return { ...files, [key]: edit(files[key].map((r) => ({ ...r }))) };
}

describe('counts against the document', () => {
  it('8 fields, 29 policies, 128 projects, 149 placements', () => {
    expect(t.plan_fields).toHaveLength(8);
    expect(t.plan_policies).toHaveLength(29);
    expect(t.plan_projects).toHaveLength(128);
    expect(t.plan_placements).toHaveLength(149);
    const counts = byId(t.plan_counts, 'subject_en');
    expect(counts.get('fields')).toMatchObject({ stated: 8, parsed: 8 });
    expect(counts.get('policies')).toMatchObject({ stated: 29, parsed: 29 });
    expect(counts.get('plan projects')).toMatchObject({ stated: 128, parsed: 128 });
    expect(counts.get('priority plan projects')).toMatchObject({ stated: 61, parsed: null });
    expect(counts.get('project placements')).toMatchObject({ stated: null, parsed: 149 });
  });

  it('field and policy counts add up to the placements', () => {
    const sum = (rows: Row[], c: string) => rows.reduce((a, r) => a + (r[c] as number), 0);
    expect(sum(t.plan_fields, 'placement_count')).toBe(149);
    expect(sum(t.plan_policies, 'placement_count')).toBe(149);
    expect(sum(t.plan_projects, 'placement_count')).toBe(149);
    expect(sum(t.plan_fields, 'policy_count')).toBe(29);
  });

  it('governance plans: stated vs listed (区政経営改革 5/60 stated, 59 listed; 協働 2/50; デジタル化 2/56)', () => {
    expect(
      t.governance_plans.map((p) => [
        p.name_ja,
        p.stated_policy_count,
        p.listed_policy_count,
        p.stated_project_count,
        p.listed_project_count,
        p.counts_match,
      ]),
    ).toEqual([
      ['区政経営改革推進基本方針', 5, 5, 60, 59, false],
      ['協働推進基本方針', 2, 2, 50, 50, true],
      ['デジタル化推進基本方針', 2, 2, 56, 56, true],
    ]);
    expect(t.governance_projects).toHaveLength(59 + 50 + 56);
    expect(t.governance_plans[0].count_note_en).toMatch(/方針5 「施設マネジメントの推進」 lists no items/);
    expect(t.governance_plans[0].count_note_en).toMatch(/does not say so/);
  });

  it('governance headings and policies add up to the listed items', () => {
    for (const plan of t.governance_plans) {
      const items = t.governance_projects.filter((i) => i.plan_id === plan.plan_id).length;
      const byPolicy = t.governance_policies
        .filter((p) => p.plan_id === plan.plan_id)
        .reduce((a, p) => a + (p.listed_project_count as number), 0);
      const byHeading = t.governance_headings
        .filter((h) => h.plan_id === plan.plan_id)
        .reduce((a, h) => a + (h.listed_project_count as number), 0);
      expect([byPolicy, byHeading]).toEqual([items, items]);
      expect(plan.listed_project_count).toBe(items);
    }
  });
});

describe('plan projects', () => {
  it('contain every project name of the 体系 section (read independently from the raw text)', () => {
    const raw = readFileSync(PLAN_DOCUMENT_PATH, 'utf8').split(/\r?\n/);
    const start = raw.findIndex((l) => l.trim() === '分野別 施策・事業体系');
    const end = raw.findIndex((l) => l.trim() === '区政経営の基本姿勢');
    const listed = raw
      .slice(start, end)
      .filter((l) => /^\s*-\s/.test(l))
      .map((l) => compact(l.replace(/^\s*-\s+/, '')));
    expect(listed).toHaveLength(149);
    const inDoc = new Set(listed);
    const inTable = new Set(t.plan_projects.map((p) => compact(p.name_ja as string)));
    expect(inTable).toEqual(inDoc);
    expect(inDoc.size).toBe(128);
  });

  it('merge the two spellings of the 荻外荘 park into one project placed under policies 11 and 28', () => {
    const matches = t.plan_projects.filter((p) => (p.name_ja as string).includes('荻外荘'));
    expect(matches).toHaveLength(1);
    const [p] = matches;
    expect(p).toMatchObject({
      name_ja: '(仮称)荻外荘公園の整備',
      placement_count: 2,
      home_policy_id: 11,
      normalisation_rules: 'bracket-space',
    });
    expect((p.spellings_as_printed as string).split(' | ').sort()).toEqual(['(仮称) 荻外荘公園の整備', '(仮称)荻外荘公園の整備']);
    expect(t.plan_placements.filter((x) => x.project_id === p.project_id).map((x) => x.policy_id)).toEqual([11, 28]);
  });

  it('have ids P001.. in order of first appearance, and the home policy is the first placement', () => {
    expect(t.plan_projects.map((p) => p.project_id)).toEqual(Array.from({ length: 128 }, (_, i) => `P${String(i + 1).padStart(3, '0')}`));
    expect(t.plan_projects[0]).toMatchObject({ name_ja: '耐震化の促進', home_policy_id: 1 });
    for (const p of t.plan_projects) {
      const first = t.plan_placements.find((x) => x.project_id === p.project_id)!;
      expect(first.policy_id).toBe(p.home_policy_id);
      expect(first.is_relisted).toBe(false);
    }
  });

  it('never guess which projects are priority projects', () => {
    expect(t.plan_projects.every((p) => p.is_priority === null && p.priority_status === 'not in source')).toBe(true);
  });

  it('mark every placement after the first as relisted (21), and tell cross-field from same-field repeats', () => {
    const relisted = t.plan_placements.filter((p) => p.is_relisted);
    expect(relisted).toHaveLength(149 - 128);
    const street = t.plan_placements.filter((p) => p.project_id === t.plan_projects.find((x) => x.name_ja === '街路灯の整備')!.project_id);
    expect(street.map((p) => [p.policy_id, p.is_relisted, p.is_cross_field])).toEqual([
      [3, false, false],
      [6, true, true],
      [9, true, true],
    ]);
    const green = t.plan_placements.filter((p) => p.name_ja_as_printed === 'みどりを守る');
    expect(green.map((p) => [p.policy_id, p.is_relisted, p.is_cross_field])).toEqual([
      [9, false, false],
      [11, true, false],
    ]);
  });
});

describe('fields', () => {
  it('keep the vision list wording of the 将来像 and record the 体系 variants', () => {
    const f = byId(t.plan_fields, 'field_id');
    expect(f.get(1)).toMatchObject({
      future_image_ja: 'みんなでつくる、災害に強く、犯罪を生まないまち',
      future_image_variant_ja: 'みんなで作る、災害に強く、犯罪を生まないまち',
    });
    expect(f.get(7)).toMatchObject({
      future_image_ja: '共に認め合い、みんなでつくる学びのまち',
      future_image_variant_ja: '共に認め合い、みんなで作る学びのまち',
    });
    expect(t.plan_fields.filter((r) => r.future_image_variant_ja !== null)).toHaveLength(2);
  });

  it('have one distinct colour each', () => {
    expect(new Set(t.plan_fields.map((r) => r.color)).size).toBe(8);
    for (const r of t.plan_fields) expect(r.color).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('translations', () => {
  const english: [keyof PlanTables, string[]][] = [
    ['plan_fields', ['name_en', 'future_image_en']],
    ['plan_policies', ['name_en']],
    ['plan_projects', ['name_en']],
    ['governance_plans', ['name_en', 'plan_name_en']],
    ['governance_policies', ['name_en']],
    ['governance_headings', ['name_en']],
    ['governance_projects', ['name_en']],
    ['sdg_goals', ['name_en']],
    ['plan_periods', ['name_en', 'note_en']],
  ];
  it.each(english)('every row of %s has its English text', (table, cols) => {
    expect(t[table].length).toBeGreaterThan(0);
    for (const r of t[table]) for (const c of cols) expect((r[c] as string).trim(), `${table} ${c}`).not.toBe('');
  });

  it('say they are our translation, and pair every Japanese note or category with English', () => {
    for (const table of ['plan_fields', 'plan_policies', 'plan_projects', 'governance_plans', 'governance_projects'] as const) {
      expect(t[table].every((r) => r.name_en_source === TRANSLATION_SOURCE)).toBe(true);
    }
    for (const r of t.governance_projects) expect(r.category_en === null).toBe(r.category_ja === null);
    for (const r of t.governance_policies) expect(r.note_en === null).toBe(r.note_ja === null);
    for (const r of t.plan_policies) expect(r.note_en === null).toBe(r.note_ja === null);
    for (const r of t.plan_indicators) expect(r.indicator_en === null).toBe(r.indicator_ja === null);
  });

  it('have no stale entries: every translated Japanese string occurs in the tables', () => {
    const used = new Set<string>();
    for (const rows of Object.values(t)) for (const r of rows) for (const v of Object.values(r)) if (typeof v === 'string') used.add(v);
    for (const r of files.projects) expect(used.has(r.name_ja), r.name_ja).toBe(true);
    for (const r of files.governance) expect(used.has(r.name_ja), r.name_ja).toBe(true);
    for (const r of files.indicators) expect(used.has(r.indicator_ja), r.indicator_ja).toBe(true);
  });

  it('refuse to build when a translation is missing', () => {
    const broken = tamper('projects', (rows) => rows.filter((r) => r.name_ja !== 'みどりを守る'));
    expect(() => buildPlanRows(doc, broken)).toThrow('translations/projects.csv: no English name for plan project 「みどりを守る」');
    const renamed = tamper('policies', (rows) => rows.map((r) => (r.policy_id === '3' ? { ...r, name_ja: '別の名前' } : r)));
    expect(() => buildPlanRows(doc, renamed)).toThrow(
      /policy 3 is 「犯罪が起こりにくい、犯罪を生まないまちづくり」 in the document, 「別の名前」/,
    );
  });
});

describe('governance items', () => {
  it('link to a plan project only where the name is the same', () => {
    const linked = t.governance_projects.filter((i) => i.project_id !== null);
    const projects = byId(t.plan_projects, 'project_id');
    for (const i of linked) expect(projects.get(i.project_id)!.name_ja).toBe(i.name_ja);
    expect([...new Set(linked.map((i) => i.name_ja))].sort()).toEqual(
      ['ICT活用による災害情報の収集・発信', '地域と学校の協働活動の充実', '災害時医療体制の充実', '災害時要配慮者支援の推進'].sort(),
    );
    const names = new Set(t.plan_projects.map((p) => p.name_ja));
    expect(t.governance_projects.filter((i) => i.project_id === null).every((i) => !names.has(i.name_ja))).toBe(true);
  });

  it('keep the spelling variants as written and note them', () => {
    const item = (name: string) => t.governance_projects.find((i) => i.name_ja === name)!;
    expect(item('震災救援所の運営に関するデジタル化の推進')).toMatchObject({ plan_id: 1 });
    expect(item('震災救護所の運営に関するデジタル化の推進')).toMatchObject({ plan_id: 3 });
    for (const n of [
      '震災救援所の運営に関するデジタル化の推進',
      '震災救護所の運営に関するデジタル化の推進',
      'ICタグシステムによる効率的な蔵書管理',
      'ICTタグシステムを活用した図書館サービスの充実',
    ]) {
      expect(item(n).note_ja).toMatch(/記載どおり/);
    }
  });

  it("carry 協働's category groups", () => {
    const cats = t.governance_projects.filter((i) => i.plan_id === 2 && i.category_ja !== null);
    expect(cats).toHaveLength(39);
    expect(cats[0]).toMatchObject({
      category_ja: '地域コミュニティ活性化',
      name_ja: '地域活動団体の交流・連携の推進',
      policy_no: 2,
      heading_no: 1,
    });
  });

  it('explain matching and differing counts without forcing them equal', () => {
    expect(countNote(2, 50, 2, 50, []).en).toMatch(/match/);
    const n = countNote(5, 62, 5, 59, [{ policyNo: 5, nameJa: 'X', noteJa: null }]);
    expect(n.en).toMatch(/states 5 policies and 62 projects; 5 policies and 59 items are listed/);
    expect(n.en).not.toMatch(/would match/);
  });
});

describe('SDGs', () => {
  it("17 goals ordered by number, with the plan's Japanese and the official colours", () => {
    expect(t.sdg_goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(byId(t.sdg_goals, 'goal').get(11)).toMatchObject({
      name_ja: '住み続けられるまちづくりを',
      name_en: 'Sustainable cities and communities',
      color: '#FD9D24',
      printed_position: 4,
    });
    expect(byId(t.sdg_goals, 'goal').get(7)!.name_ja_as_printed).toBe('エネルギーをみんなに\nそしてクリーンに');
  });

  it('every link references an existing policy or project, a goal 1..17, a target of that goal, and gives reasons', () => {
    const policies = new Set(t.plan_policies.map((p) => p.policy_id));
    const projects = byId(t.plan_projects, 'project_id');
    for (const l of t.sdg_links) {
      if (l.level === 'policy') {
        expect(policies.has(l.policy_id)).toBe(true);
        expect(l.project_id).toBeNull();
      } else {
        expect(l.level).toBe('project');
        expect(projects.get(l.project_id)!.name_ja).toBe(l.project_name_ja);
        expect(l.policy_id).toBeNull();
      }
      expect(l.goal).toBeGreaterThanOrEqual(1);
      expect(l.goal).toBeLessThanOrEqual(17);
      if (l.target !== null) expect((l.target as string).split('.')[0]).toBe(String(l.goal));
      expect((l.reason_ja as string).length).toBeGreaterThan(5);
      expect((l.reason_en as string).length).toBeGreaterThan(5);
      expect(l.source).toBe(MAPPING_SOURCE);
    }
  });

  it('every policy has at least one link', () => {
    const linked = new Set(t.sdg_links.filter((l) => l.level === 'policy').map((l) => l.policy_id));
    expect(t.plan_policies.filter((p) => !linked.has(p.policy_id)).map((p) => p.policy_id)).toEqual([]);
  });

  it('reject tampered links with a message naming the row', () => {
    const badPolicy = tamper('sdgLinks', (rows) => [...rows, { ...rows[0], policy_id: '30' }]);
    expect(() => buildPlanRows(doc, badPolicy)).toThrow(`sdg_links.csv row ${files.sdgLinks.length + 1}: policy 30 does not exist`);
    const badGoal = tamper('sdgLinks', (rows) => rows.map((r, i) => (i === 0 ? { ...r, goal: '18' } : r)));
    expect(() => buildPlanRows(doc, badGoal)).toThrow('sdg_links.csv row 1: goal 18 is not 1..17');
    const badTarget = tamper('sdgLinks', (rows) => rows.map((r, i) => (i === 0 ? { ...r, target: '3.4' } : r)));
    expect(() => buildPlanRows(doc, badTarget)).toThrow(/not a target of goal 11/);
    const proj = files.sdgLinks.findIndex((r) => r.level === 'project');
    const badName = tamper('sdgLinks', (rows) => rows.map((r, i) => (i === proj ? { ...r, project_name_ja: '違う事業' } : r)));
    expect(() => buildPlanRows(doc, badName)).toThrow(new RegExp(`sdg_links.csv row ${proj + 1}: P\\d{3} is 「.+」, not 「違う事業」`));
    const noReason = tamper('sdgLinks', (rows) => rows.map((r, i) => (i === 2 ? { ...r, reason_en: ' ' } : r)));
    expect(() => buildPlanRows(doc, noReason)).toThrow('sdg_links.csv row 3: reason_en is empty');
    const dup = tamper('sdgLinks', (rows) => [...rows, rows[0]]);
    expect(() => buildPlanRows(doc, dup)).toThrow(/duplicate link/);
  });
});

describe('field review indicators', () => {
  it("3 fields have the page's numbers as printed; the other 5 say not in source", () => {
    const found = t.plan_indicators.filter((r) => r.status !== 'not in source');
    expect(found.map((r) => r.field_id)).toEqual([3, 5, 7]);
    expect(t.plan_indicators.filter((r) => r.status === 'not in source').map((r) => r.field_id)).toEqual([1, 2, 4, 6, 8]);
    expect(byId(t.plan_indicators, 'field_id').get(3)).toMatchObject({
      indicator_ja: '区民一人当たりの公園面積',
      unit: '㎡',
      initial_value: 2.22,
      target_fy2026: 2.37,
      target_fy2030: 2.47,
      current_value: 2.3,
      current_value_as_printed: '2.30',
      page_updated: '2025-11-29',
    });
    expect(byId(t.plan_indicators, 'field_id').get(7)).toMatchObject({ unit: '%', unit_note: 'unit not printed on page' });
    for (const r of t.plan_indicators.filter((x) => x.status === 'not in source')) expect(r.initial_value).toBeNull();
  });

  it('come from pages whose 将来像 matches the vision list', () => {
    const fields = byId(t.plan_fields, 'name_ja');
    for (const r of files.fieldIndicators) expect(fields.get(r.field)!.future_image_ja).toBe(r.field_future_image);
  });

  it('policies named on the review pages match the summary, or carry a note about the revision', () => {
    const listedPath = REVIEWED_PATHS.fieldIndicators.replace('field_main_indicators.csv', 'field_policies_listed.csv');
    const listed = parseRecords(readFileSync(listedPath, 'utf8'), listedPath, ['policy_no', 'policy_name']);
    const policies = byId(t.plan_policies, 'policy_id');
    const mismatched = listed.filter((r) => policies.get(Number(r.policy_no))!.name_ja !== r.policy_name).map((r) => Number(r.policy_no));
    expect(mismatched).toEqual([10, 14, 15]);
    for (const id of mismatched) expect(policies.get(id)!.note_en).toMatch(/review page/);
  });
});

describe('periods and age links', () => {
  it("the plan's periods, the 2027 review, the other plans, the projection horizon and the revision", () => {
    const rows = t.plan_periods.map((p) => [p.kind, p.start_fy, p.end_fy]);
    expect(rows).toEqual([
      ['comprehensive_plan', 2022, 2030],
      ['execution_plan', 2022, 2024],
      ['execution_plan', 2025, 2027],
      ['execution_plan', 2028, 2030],
      ['plan_review', 2027, 2027],
      ['other_plan', 2022, 2030],
      ['other_plan', 2022, 2030],
      ['other_plan', 2022, 2030],
      ['other_plan', 2022, 2030],
      ['population_projection', 2022, 2065],
      ['revision', 2024, null],
      ['field_review', 2022, 2024],
    ]);
    const revision = t.plan_periods.find((p) => p.kind === 'revision')!;
    expect(revision.source).toMatch(/suginami-plan-references/);
    expect(revision.note_en).toMatch(/January 2024/);
    expect(t.plan_periods.find((p) => p.kind === 'population_projection')!.year_basis).toBe('calendar');
  });

  it('link only the obvious policies to age groups', () => {
    expect(t.policy_age_links.map((r) => [r.policy_id, r.age_group])).toEqual([
      [15, 'age65plus'],
      [17, 'age0_14'],
      [18, 'age0_14'],
      [19, 'age0_14'],
      [20, 'age0_14'],
      [21, 'age0_14'],
      [22, 'age0_14'],
      [23, 'age0_14'],
    ]);
    expect(t.policy_age_links.some((r) => r.policy_id === 16)).toBe(false);
    for (const r of t.policy_age_links) expect((AGE_GROUPS as readonly unknown[]).includes(r.age_group)).toBe(true);
    const bad = tamper('policyAgeLinks', (rows) => [...rows, { ...rows[0], age_group: 'age0_17' }]);
    expect(() => buildPlanRows(doc, bad)).toThrow(/age_group should be one of age0_14, age15_64, age65plus/);
  });
});

describe('schema', () => {
  it('every row of every table fits its declared columns', () => {
    for (const [name, rows] of Object.entries(t) as [keyof PlanTables, Row[]][]) rows.forEach((r, i) => checkRow(PLAN_TABLES[name], r, i));
  });

  it('checkRow names the table, row and column of a bad value', () => {
    const spec = PLAN_TABLES.policy_age_links;
    const good = t.policy_age_links[0];
    expect(() => checkRow(spec, { ...good, policy_id: '15' }, 0)).toThrow('policy_age_links row 1: policy_id should be INTEGER, got "15"');
    expect(() => checkRow(spec, { ...good, reason_en: null }, 4)).toThrow('policy_age_links row 5: reason_en must not be NULL');
    expect(() => checkRow(spec, { ...good, extra: 1 }, 0)).toThrow(/unknown column extra/);
  });

  it('docs/plan-data.md describes every table and column', () => {
    const docs = readFileSync(new URL('../../../docs/plan-data.md', import.meta.url), 'utf8');
    for (const spec of Object.values(PLAN_TABLES)) {
      expect(docs, spec.name).toContain(`### ${spec.name}`);
      const section = docs.split(`### ${spec.name}`)[1].split('\n### ')[0];
      for (const c of spec.columns) expect(section, `${spec.name}.${c.name}`).toContain(`\`${c.name}\``);
    }
  });
});
