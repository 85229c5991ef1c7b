// The scenario in one line (inside every exported chart) and as a short file-name word.
import type { Scenario } from '../../worker/engine/types.ts';
import type { Lang } from '../i18n/lang.ts';
import { matchesPreset, type Preset } from '../scenario/presets.ts';

const PLAN_HORIZON = 2065;

export function scenarioWord(scenario: Scenario, presets: readonly Preset[]): string {
  const preset = presets.find((p) => matchesPreset(p, scenario));
  return `${preset?.id ?? 'custom'}${scenario.horizon === PLAN_HORIZON ? '' : `-${scenario.horizon}`}`;
}

export function scenarioLine(scenario: Scenario, presets: readonly Preset[], lang: Lang): string {
  const preset = presets.find((p) => matchesPreset(p, scenario));
  const tfr = typeof scenario.tfr === 'number' ? String(scenario.tfr) : scenario.tfr.map(([y, v]) => `${v} (${y})`).join(' → ');
  const parts =
    lang === 'ja'
      ? [
          `合計特殊出生率 ${tfr}`,
          `出生性比 ${scenario.srb}`,
          `死亡率の改善 年${scenario.mortalityDecline}%`,
          `転入 ×${scenario.inMigration}`,
          `転出 ×${scenario.outMigration}`,
          `${scenario.horizon}年まで`,
        ]
      : [
          `total fertility ${tfr}`,
          `sex ratio at birth ${scenario.srb}`,
          `mortality decline ${scenario.mortalityDecline}%/yr`,
          `in-migration ×${scenario.inMigration}`,
          `out-migration ×${scenario.outMigration}`,
          `to ${scenario.horizon}`,
        ];
  const text = parts.join(lang === 'ja' ? '、' : ', ');
  return preset ? (lang === 'ja' ? `${preset.label.ja}（${text}）` : `${preset.label.en} (${text})`) : text;
}
