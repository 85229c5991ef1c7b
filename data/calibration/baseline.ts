// The baseline's fixed inputs as the pipeline builds them (base population, survival, fertility, the
// plan's TFR and SRB), for any old-age mortality level θ, ready for the real engine (worker/engine).
// Calibration varies only θ and the migration schedule; everything else is the pipeline's.
import { planRates } from '../pipeline/assumptions.ts';
import { basePopulationRows } from '../pipeline/base_population.ts';
import { fertilityRows } from '../pipeline/fertility.ts';
import { loadRegistryTotals2021, loadSuginami2022 } from '../pipeline/sources.ts';
import { fullLifeTable, mortalitySchedules, survivalRows } from '../pipeline/survival.ts';
import type { ProjectionInputs } from '../../worker/engine/index.ts';
import { THETA_AGE } from './parameters.ts';
import { AGES, SEXES, type Sex } from './schedule.ts';

const BASE_YEAR = 2021;

/** Everything but migration, for mortality level θ (death rates at ages ≥ 65 × θ). */
export interface FixedInputs {
  theta: number;
  baseYear: number;
  population: Record<Sex, number[]>;
  survival: Record<Sex, number[]>;
  birthSurvival: Record<Sex, number>;
  fertilityShape: number[];
  tfr: number;
  srb: number;
}

const schedules = mortalitySchedules();
const registry = loadSuginami2022();
const totals = loadRegistryTotals2021();
const fertility = fertilityRows();
const rates = planRates();

const levelOf = (theta: number) => (theta === 1 ? undefined : { theta, x0: THETA_AGE });

/** The life-table survival and the base population consistent with it (reverse survival at the same θ). */
export function fixedInputs(theta: number): FixedInputs {
  const level = levelOf(theta);
  const tables = { male: fullLifeTable(schedules.male, level), female: fullLifeTable(schedules.female, level) };
  const base = basePopulationRows(registry, totals, { theta, x0: THETA_AGE }, tables);
  const surv = Object.fromEntries(SEXES.map((sex) => [sex, survivalRows(sex, schedules[sex], level)])) as Record<
    Sex,
    ReturnType<typeof survivalRows>
  >;
  const bySex = <T>(f: (sex: Sex) => T) => ({ male: f('male'), female: f('female') });
  return {
    theta,
    baseYear: BASE_YEAR,
    population: bySex((sex) =>
      base
        .filter((r) => r.sex === sex)
        .sort((a, b) => a.age - b.age)
        .map((r) => r.population),
    ),
    survival: bySex((sex) => surv[sex].map((r) => r.survival)),
    birthSurvival: bySex((sex) => surv[sex][0].birth_survival),
    fertilityShape: fertility.map((r) => r.shape),
    tfr: rates.tfr,
    srb: rates.srb,
  };
}

/**
 * Engine inputs from the fixed inputs and net migration rates. For the population only in − out
 * matters (the engine moves migrants half at the start and half at the end of the year), so
 * calibration passes net ≥ 0 as in-migration and net < 0 as out-migration.
 */
export function inputsWithNet(fixed: FixedInputs, net: readonly number[]): ProjectionInputs {
  if (net.length !== AGES) throw new Error(`net migration rates must have ${AGES} ages, got ${net.length}`);
  const pos = net.map((n) => Math.max(n, 0));
  const neg = net.map((n) => Math.max(-n, 0));
  return {
    baseYear: fixed.baseYear,
    population: fixed.population,
    survival: fixed.survival,
    birthSurvival: fixed.birthSurvival,
    fertilityShape: fixed.fertilityShape,
    tfr: fixed.tfr,
    srb: fixed.srb,
    inMigrationRate: { male: pos, female: pos },
    outMigrationRate: { male: neg, female: neg },
  };
}
