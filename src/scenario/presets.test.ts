import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../worker/engine/scenario.ts';
import presetsFile from '../../data/scenarios/presets.json';
import { applyPreset, loadPresets, matchesPreset, parsePresets } from './presets.ts';

const good = () => JSON.parse(JSON.stringify(presetsFile)) as { presets: Record<string, unknown>[] };
const withPreset = (change: (p: Record<string, unknown>) => void) => {
  const file = good();
  change(file.presets[1]);
  return file;
};

describe('presets', () => {
  it('reads the bundled file: the plan, simulations 1 and 2, and zero migration', () => {
    const { presets, error } = loadPresets();
    expect(error).toBeNull();
    expect(presets.map((p) => p.id)).toEqual(['plan', 'sim1', 'sim2', 'zeroMigration']);
    const [plan, sim1, sim2, zero] = presets;
    // The plan's preset is the engine's default (the plan's assumptions).
    const { horizon: _, ...defaults } = DEFAULT_SCENARIO;
    expect(plan.scenario).toEqual(defaults);
    expect(sim1.scenario.tfr).toEqual([
      [2021, 0.99],
      [2030, 1.8],
      [2040, 2.07],
    ]);
    expect(sim2.scenario).toEqual({ ...sim1.scenario, inMigration: 0, outMigration: 0 });
    expect(zero.scenario).toEqual({ ...plan.scenario, inMigration: 0, outMigration: 0 });
    for (const p of presets) for (const lang of ['ja', 'en'] as const) expect(p.label[lang].length).toBeGreaterThan(0);
  });

  it('applies a preset keeping the horizon, and recognises the scenario it gives', () => {
    const { presets } = loadPresets();
    const current = { ...DEFAULT_SCENARIO, horizon: 2050, srb: 110 };
    const applied = applyPreset(presets[1], current);
    expect(applied.horizon).toBe(2050);
    expect(presets.filter((p) => matchesPreset(p, applied)).map((p) => p.id)).toEqual(['sim1']);
    expect(presets.filter((p) => matchesPreset(p, current))).toEqual([]);
    expect(matchesPreset(presets[0], { ...DEFAULT_SCENARIO, horizon: 2070 })).toBe(true);
  });

  it('refuses a broken file with a message naming the preset and the field', () => {
    const cases: [unknown, string][] = [
      [{}, 'the file must hold { "presets": [ … ] }'],
      [withPreset((p) => ((p.scenario as Record<string, unknown>).srb = 150)), 'preset "sim1": srb 150 is out of range'],
      [
        withPreset(
          (p) =>
            ((p.scenario as Record<string, unknown>).tfr = [
              [2030, 1.8],
              [2030, 2],
            ]),
        ),
        'preset "sim1": tfr[1] year 2030 must come after 2030',
      ],
      [withPreset((p) => ((p.scenario as Record<string, unknown>).fertility = 2)), 'preset "sim1": unknown parameter "fertility"'],
      [withPreset((p) => ((p.scenario as Record<string, unknown>).horizon = 2040)), 'preset "sim1": a preset does not set the horizon'],
      [withPreset((p) => delete (p.scenario as Record<string, unknown>).outMigration), 'preset "sim1": scenario.outMigration is missing'],
      [withPreset((p) => (p.id = 'plan')), 'presets[1].id "plan" is used twice'],
      [withPreset((p) => ((p.label as Record<string, unknown>).en = '')), 'preset "sim1": label.en must be a non-empty text'],
    ];
    for (const [content, message] of cases) {
      expect(() => parsePresets(content)).toThrow(message);
      const load = loadPresets(content);
      expect(load.presets).toEqual([]);
      expect(load.error).toContain('data/scenarios/presets.json: ');
    }
  });
});
