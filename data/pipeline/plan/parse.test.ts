import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fieldName,
  governanceStem,
  parseGovernance,
  parsePlanDocument,
  parseStructure,
  PlanParseError,
  section,
  toLines,
} from './parse.ts';

const text = readFileSync(new URL('../../raw/plan-document/000_7742aaec6d9a2549.txt', import.meta.url), 'utf8');
const doc = parsePlanDocument(text);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the plan summary as parsed', () => {
  it('has the 8 fields the document states, in the vision list and the 体系 section', () => {
    expect(doc.composition).toEqual({ fields: 8, policies: 29 });
    expect(doc.vision.fields.map((f) => f.nameJa)).toEqual([
      '防災・防犯',
      'まちづくり・地域産業',
      '環境・みどり',
      '健康・医療',
      '福祉・地域共生',
      '子ども',
      '学び',
      '文化・スポーツ',
    ]);
    expect(doc.structure.fields.map((f) => f.nameJa)).toEqual(doc.vision.fields.map((f) => f.nameJa));
    expect(doc.vision.aimJa).toBe('みどり豊かな 住まいのみやこ');
  });

  it('keeps how the names were printed (「学 び」, 「まちづくり 地域産業」, 「環境⏎みどり」)', () => {
    expect(doc.vision.fields[6].nameAsPrinted).toBe('学 び');
    expect(doc.vision.fields[1].nameAsPrinted).toBe('まちづくり 地域産業');
    expect(doc.structure.fields[2].nameAsPrinted).toBe('環境\nみどり');
    expect(doc.structure.fields[7].nameAsPrinted).toBe('文化 スポーツ');
  });

  it('spells field names as the document does where it writes them with 「・」 (協働推進基本方針 categories)', () => {
    const categories = new Set(doc.governance[1].policies.flatMap((p) => p.headings.flatMap((h) => h.items.map((i) => i.category))));
    for (const name of ['防災・防犯', 'まちづくり・地域産業', '環境・みどり', '健康・医療', '福祉・地域共生', '文化・スポーツ']) {
      expect(categories.has(name)).toBe(true);
    }
    expect(fieldName('学 び')).toBe('学び');
    expect(fieldName('環境\nみどり')).toBe('環境・みどり');
  });

  it('reads the 将来像 from the vision list and finds two wording variants in the 体系 section', () => {
    const variants = doc.structure.fields.filter((s, i) => s.futureImageJa !== doc.vision.fields[i].futureImageJa);
    expect(variants.map((v) => [v.fieldNo, v.futureImageJa])).toEqual([
      [1, 'みんなで作る、災害に強く、犯罪を生まないまち'],
      [7, '共に認め合い、みんなで作る学びのまち'],
    ]);
    expect(doc.vision.fields[0].futureImageJa).toBe('みんなでつくる、災害に強く、犯罪を生まないまち');
    expect(doc.vision.fields[2].futureImageJa).toBe('気候危機に立ち向かい、みどりあふれる良好な環境を将来につなぐまち');
  });

  it('finds 29 policies numbered 1..29 and 149 project listings', () => {
    const policies = doc.structure.fields.flatMap((f) => f.policies);
    expect(policies.map((p) => p.policyNo)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(sum(policies.map((p) => p.projects.length))).toBe(149);
    expect(doc.structure.fields.map((f) => f.policies.length)).toEqual([3, 5, 3, 2, 3, 5, 5, 3]);
    expect(policies[7].projects.map((p) => p.printed)).toContain('都市農業の支援と保全');
  });

  it('reads the stated counts and the legend that sits inside the 体系 section', () => {
    expect(doc.structure.stated).toEqual({ policies: 29, projects: 128, priorityProjects: 61 });
    expect(doc.structure.legend).toEqual(['施策', '計画事業', '重点計画事業', '再掲計画事業(他分野の目標達成に寄与する計画事業)']);
  });

  it('lists the governance plans with the counts the parser finds', () => {
    const listed = doc.governance.map((g) => ({
      name: g.nameJa,
      policies: g.policies.length,
      items: sum(g.policies.flatMap((p) => p.headings.map((h) => h.items.length))),
    }));
    expect(listed).toEqual([
      { name: '区政経営改革推進基本方針', policies: 5, items: 59 },
      { name: '協働推進基本方針', policies: 2, items: 50 },
      { name: 'デジタル化推進基本方針', policies: 2, items: 56 },
    ]);
    expect(doc.governanceCounts).toEqual([
      { planNameJa: '区政経営改革推進計画', policies: 5, projects: 60 },
      { planNameJa: '協働推進計画', policies: 2, projects: 50 },
      { planNameJa: 'デジタル化推進計画', policies: 2, projects: 56 },
    ]);
    expect(doc.governance.map((g) => governanceStem(g.nameJa))).toEqual(doc.governanceCounts.map((c) => governanceStem(c.planNameJa)));
  });

  it('reads 方針5 of 区政経営改革 as a policy without items that points to a separate volume', () => {
    const p5 = doc.governance[0].policies[4];
    expect(p5).toMatchObject({ policyNo: 5, nameJa: '施設マネジメントの推進', asterisk: true, headings: [] });
    expect(p5.noteJa).toBe('別冊「杉並区区立施設再編整備計画（第2期）・第1次実施プラン」参照');
  });

  it("groups 協働's items under their <category> headings", () => {
    const h = doc.governance[1].policies[1].headings[0];
    expect(h.nameJa).toBe('様々な分野における協働の取組');
    const byCategory = new Map<string, number>();
    for (const i of h.items) byCategory.set(i.category!, (byCategory.get(i.category!) ?? 0) + 1);
    expect([...byCategory]).toEqual([
      ['地域コミュニティ活性化', 3],
      ['防災・防犯', 5],
      ['まちづくり・地域産業', 9],
      ['環境・みどり', 5],
      ['健康・医療', 5],
      ['福祉・地域共生', 4],
      ['子ども・学び', 6],
      ['文化・スポーツ', 2],
    ]);
    expect(doc.governance[1].policies[1].headings[1].items.every((i) => i.category === null)).toBe(true);
  });

  it('reads the 17 SDGs in the printed two-column order', () => {
    const goals = doc.sdg.goals;
    expect(goals.map((g) => g.goal)).toEqual([1, 10, 2, 11, 3, 12, 4, 13, 5, 14, 6, 15, 7, 16, 8, 17, 9]);
    expect(doc.sdg.headingAsPrinted).toBe('OSDGsと区の実組について');
    const g = new Map(goals.map((x) => [x.goal, x]));
    expect(g.get(7)!.printedLines).toEqual(['エネルギーをみんなに', 'そしてクリーンに']);
    expect(g.get(17)!.nameJa).toBe('パートナーシップで目標を達成しよう');
    expect(g.get(12)!.nameJa).toBe('つくる責任 つかう責任');
  });

  it('reads the plan periods and the projection horizon', () => {
    const p = doc.periods;
    expect(p.comprehensive).toMatchObject({ years: 9, startFy: 2022, endFy: 2030, revisionCycleYears: 3 });
    expect(p.review).toMatchObject({ yearOfPlan: 6, fy: 2027 });
    expect(p.execution).toMatchObject({ years: 3, withinYears: 9, periods: 3 });
    expect(p.otherPlans.namesJa).toEqual(['区政経営改革推進計画', '協働推進計画', 'デジタル化推進計画', '区立施設再編整備計画']);
    expect(p.population).toMatchObject({ startYear: 2022, endYear: 2065 });
  });
});

describe('bad input', () => {
  it('names the line of an unrecognised line in the governance section', () => {
    const broken = text.replace('方針2 財政の健全性の確保', '◆◆ 財政の健全性の確保');
    expect(() => parseGovernance(toLines(broken))).toThrow(PlanParseError);
    expect(() => parseGovernance(toLines(broken))).toThrow(/line 604 .*unrecognised line/);
  });

  it('refuses a project listed before any policy', () => {
    const lines = toLines('分野別 施策・事業体系\n防災・防犯\nみんなでつくるまち\n- 耐震化の促進\n区政経営の基本姿勢\n');
    expect(() => parseStructure(lines, ['防災・防犯'])).toThrow(/line 4 .*a project line outside any policy/);
  });

  it('refuses a field header that does not match the vision list', () => {
    const lines = toLines('分野別 施策・事業体系\n子ども\nまち\n1 施策\n- 事業\n区政経営の基本姿勢\n');
    expect(() => parseStructure(lines, ['防災・防犯'])).toThrow(/field 1 「防災・防犯」/);
  });

  it('reports a missing section or a missing stated count', () => {
    expect(() => section(toLines('a\nb'), /^x$/, /^y$/)).toThrow(/section start/);
    const noCount = text.replace('○重点計画事業 61事業', '');
    expect(() => parsePlanDocument(noCount)).toThrow(/「○重点計画事業」 is missing/);
  });

  it('reports an empty document clearly', () => {
    expect(() => parsePlanDocument('')).toThrow(PlanParseError);
  });
});
