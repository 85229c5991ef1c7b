import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanTree } from './hierarchy.ts';
import { fold, matcher, queryWords, searchIds } from './search.ts';
import { loadRealPlanTables } from './test-tables.ts';

describe('fold', () => {
  it('makes full- and half-width, katakana and hiragana, case and spacing equal', () => {
    expect(fold('ＩＣＴ活用')).toBe(fold('ict活用'));
    expect(fold('ｺﾐｭﾆﾃｨ')).toBe(fold('コミュニティ'));
    expect(fold('コミュニティ')).toBe('こみゅにてぃ');
    expect(fold('防災・防犯')).toBe('防災防犯');
    expect(fold('２．２２㎡')).toBe('2.22m2');
    expect(fold('Park  Area')).toBe('parkarea');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
    );
  });
});

describe('matcher', () => {
  it('needs every word, in either language, in any order', () => {
    const match = matcher('居場所　子ども')!; // full-width space between the words
    expect(queryWords('居場所　子ども')).toEqual(['居場所', '子ども']);
    expect(match('子どもの居場所づくり', 'Places for children')).toBe(true);
    expect(match('子どもの権利', 'Children')).toBe(false);
    expect(matcher('places CHILDREN')!('子どもの居場所づくり', 'Places for children')).toBe(true);
    // A word is not found across two names.
    expect(matcher('のplaces')!('子どもの', 'places')).toBe(false);
  });

  it('is no search for empty or blank text', () => {
    expect(matcher('')).toBeNull();
    expect(matcher(' 　 ')).toBeNull();
    expect(searchIds([1, 2], '  ', () => ['x'], String)).toBeNull();
  });
});

describe('search in the real plan', () => {
  it('finds every listing of a project, by its Japanese or English name, typed in full width', async () => {
    const t = await loadRealPlanTables();
    const tree = buildPlanTree(t, { ja: 'v', en: 'v' });
    const project = t.plan_projects.find((p) => p.placement_count === 3)!; // listed under three policies
    const found = searchIds(
      tree.root.descendants(),
      project.name_ja.normalize('NFKC').replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
      (n) => [n.data.nameJa, n.data.nameEn],
      (n) => n.data.id,
    )!;
    const placements = t.plan_placements.filter((p) => p.project_id === project.project_id);
    for (const p of placements) expect(found).toContain(`p${p.policy_id}.${project.project_id}`);
    const byEnglish = searchIds(
      tree.root.descendants(),
      project.name_en.toUpperCase(),
      (n) => [n.data.nameJa, n.data.nameEn],
      (n) => n.data.id,
    )!;
    expect([...byEnglish].filter((id) => id.endsWith(project.project_id)).length).toBe(placements.length);
  });

  it('finds the ICT projects whether typed ＩＣＴ or ict', async () => {
    const t = await loadRealPlanTables();
    const names = (p: { name_ja: string; name_en: string }) => [p.name_ja, p.name_en];
    const wide = searchIds(t.plan_projects, 'ＩＣＴ', names, (p) => p.project_id)!;
    const narrow = searchIds(t.plan_projects, 'ict', names, (p) => p.project_id)!;
    expect(wide.size).toBeGreaterThan(0);
    expect(wide).toEqual(narrow);
    expect(wide).toEqual(new Set(t.plan_projects.filter((p) => /ICT/i.test(p.name_ja + p.name_en)).map((p) => p.project_id)));
  });
});
