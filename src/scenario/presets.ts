// Scenario presets, read from data/scenarios/presets.json (numbers and their sources live there and in
// PROVENANCE.md beside it, never in a component). parsePresets checks the file: known parameters only,
// every value within the engine's ranges, ids unique, both languages present. A broken file gives no
// presets and a message naming the preset and the field; the rest of the panel keeps working.
import { resolveScenario, SCENARIO_KEYS } from '../../worker/engine/scenario.ts';
import type { Scenario } from '../../worker/engine/types.ts';
import { LANGS, type Lang } from '../i18n/lang.ts';
import presetsFile from '../../data/scenarios/presets.json';

/** The parameters a preset sets: everything but the horizon, which stays as the user chose. */
export type PresetScenario = Omit<Scenario, 'horizon'>;

export interface Preset {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
  readonly description: Readonly<Record<Lang, string>>;
  readonly scenario: Readonly<PresetScenario>;
}

export type PresetsLoad = { readonly presets: readonly Preset[]; readonly error: string | null };

const ID = /^[a-zA-Z][a-zA-Z0-9_-]{0,31}$/;
export const PRESETS_FILE = 'data/scenarios/presets.json';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function texts(value: unknown, where: string): Record<Lang, string> {
  if (!isObject(value)) throw new Error(`${where} must be an object with ${LANGS.join(' and ')} texts`);
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    const text = value[lang];
    if (typeof text !== 'string' || !text.trim()) throw new Error(`${where}.${lang} must be a non-empty text`);
    out[lang] = text;
  }
  return out;
}

/** Checks a presets file's content; throws an Error naming the preset and the field. */
export function parsePresets(content: unknown): Preset[] {
  if (!isObject(content) || !Array.isArray(content.presets)) throw new Error('the file must hold { "presets": [ … ] }');
  const seen = new Set<string>();
  return content.presets.map((raw: unknown, i: number): Preset => {
    const where = `presets[${i}]`;
    if (!isObject(raw)) throw new Error(`${where} must be an object`);
    const id = raw.id;
    if (typeof id !== 'string' || !ID.test(id))
      throw new Error(`${where}.id must be a short name of letters and digits, got ${JSON.stringify(id)}`);
    if (seen.has(id)) throw new Error(`${where}.id "${id}" is used twice`);
    seen.add(id);
    const at = `preset "${id}"`;
    if (!isObject(raw.scenario)) throw new Error(`${at}: scenario must be an object`);
    const keys = Object.keys(raw.scenario);
    if (keys.includes('horizon')) throw new Error(`${at}: a preset does not set the horizon (it stays as the user chose)`);
    const unknown = keys.find((k) => !(SCENARIO_KEYS as readonly string[]).includes(k));
    if (unknown)
      throw new Error(`${at}: unknown parameter "${unknown}" (known: ${SCENARIO_KEYS.filter((k) => k !== 'horizon').join(', ')})`);
    const missing = SCENARIO_KEYS.find((k) => k !== 'horizon' && !keys.includes(k));
    if (missing) throw new Error(`${at}: scenario.${missing} is missing (a preset sets every parameter but the horizon)`);
    let resolved: Scenario;
    try {
      resolved = resolveScenario(raw.scenario);
    } catch (error) {
      throw new Error(`${at}: ${(error as Error).message}`);
    }
    const { horizon: _, ...scenario } = resolved;
    return { id, label: texts(raw.label, `${at}: label`), description: texts(raw.description, `${at}: description`), scenario };
  });
}

/** The presets of the app (from the file bundled at build time), or the reason there are none. */
export function loadPresets(content: unknown = presetsFile): PresetsLoad {
  try {
    return { presets: parsePresets(content), error: null };
  } catch (error) {
    return { presets: [], error: `${PRESETS_FILE}: ${(error as Error).message}` };
  }
}

/** The scenario a preset gives, keeping the current horizon. */
export function applyPreset(preset: Preset, current: Scenario): Scenario {
  return { ...preset.scenario, horizon: current.horizon };
}

function sameTfr(a: Scenario['tfr'], b: Scenario['tfr']): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every(([y, v], i) => y === b[i][0] && v === b[i][1]);
}

/** Whether the scenario is what the preset sets (whatever the horizon): the panel marks it as chosen. */
export function matchesPreset(preset: Preset, scenario: Scenario): boolean {
  const p = preset.scenario;
  return (
    sameTfr(p.tfr, scenario.tfr) &&
    p.srb === scenario.srb &&
    p.mortalityDecline === scenario.mortalityDecline &&
    p.inMigration === scenario.inMigration &&
    p.outMigration === scenario.outMigration
  );
}
