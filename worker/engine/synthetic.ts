// Synthetic inputs of a plausible shape (a ward of about 570,000 people) for tests and benchmarks.
// Not data: nothing here may be shown as a number about Suginami.
import { AGES, type ProjectionInputs } from './types.ts';

const byAge = (f: (age: number) => number) => Array.from({ length: AGES }, (_, age) => f(age));

/** Gompertz-like survival, a bell-shaped fertility schedule and migration peaking in the twenties. */
export function syntheticInputs(): ProjectionInputs {
  const people = (peak: number) => byAge((a) => (a === 100 ? 300 : peak * (0.55 + 0.45 * Math.exp(-(((a - 45) / 28) ** 2)))));
  const survival = (level: number) => byAge((a) => Math.exp(-(a === 0 ? 0.002 : level * Math.exp(0.095 * a) + 0.0002)));
  const bell = byAge((a) => (a >= 15 && a <= 49 ? Math.exp(-(((a - 33) / 5) ** 2) / 2) : 0));
  const bellSum = bell.reduce((s, x) => s + x, 0);
  const migration = (base: number, peak: number, at: number) => byAge((a) => base + peak * Math.exp(-(((a - at) / 5) ** 2)));
  return {
    baseYear: 2021,
    population: { male: people(3600), female: people(3900) },
    survival: { male: survival(0.00003), female: survival(0.000015) },
    birthSurvival: { male: 0.9985, female: 0.9987 },
    fertilityShape: bell.map((x) => x / bellSum),
    tfr: 0.99,
    srb: 105.1,
    inMigrationRate: { male: migration(0.04, 0.22, 23), female: migration(0.04, 0.24, 23) },
    outMigrationRate: { male: migration(0.045, 0.18, 28), female: migration(0.045, 0.19, 28) },
  };
}

/**
 * Random but valid inputs, for property tests: empty and tiny cohorts, survival 1 and 0, fertility at
 * any ages from 10 to 60, migration rates up to 0.5 (with the multipliers, enough to reach the cap).
 */
export function randomInputs(random: () => number, baseYear = 2021): ProjectionInputs {
  const pick = (p: number) => random() < p;
  const cells = (f: (age: number) => number) => byAge(f);
  const people = () => cells(() => (pick(0.05) ? 0 : random() * 6000));
  const survival = () => cells((a) => (pick(0.05) ? 1 : a === 100 && pick(0.1) ? 0 : 0.5 + 0.5 * random()));
  const first = 10 + Math.floor(random() * 20);
  const last = first + Math.floor(random() * (60 - first));
  const raw = cells((a) => (a >= first && a <= last ? random() : 0));
  raw[first] += 0.01; // never all zero
  const total = raw.reduce((s, x) => s + x, 0);
  const rates = (max: number) => cells(() => (pick(0.05) ? 0 : max * random()));
  return {
    baseYear,
    population: { male: people(), female: people() },
    survival: { male: survival(), female: survival() },
    birthSurvival: { male: 0.9 + 0.1 * random(), female: 0.9 + 0.1 * random() },
    fertilityShape: raw.map((x) => x / total),
    tfr: 3 * random(),
    srb: 90 + 30 * random(),
    inMigrationRate: { male: rates(0.5), female: rates(0.5) },
    outMigrationRate: { male: rates(0.5), female: rates(0.5) },
  };
}
