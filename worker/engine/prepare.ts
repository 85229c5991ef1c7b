// prepare(): validate the inputs once, precompute hazards, allocate every buffer a projection reuses.
import { fertileAges } from './asfr.ts';
import { validateInputs } from './inputs.ts';
import { hazard } from './survival.ts';
import { AGES, CELLS_PER_YEAR, MAX_HORIZON, type BySex, type Prepared, type ProjectionInputs } from './types.ts';

function bySex(values: BySex<ArrayLike<number>>): Float64Array {
  const out = new Float64Array(CELLS_PER_YEAR);
  out.set(values.male, 0);
  out.set(values.female, AGES);
  return out;
}

/** Validates inputs (throws an Error naming the field) and readies them for project(). */
export function prepare(inputs: ProjectionInputs): Prepared {
  const valid = validateInputs(inputs);
  const survival = bySex(valid.survival);
  const birthSurvival = Float64Array.of(valid.birthSurvival.male, valid.birthSurvival.female);
  const fertilityShape = Float64Array.from(valid.fertilityShape);
  const { first, last } = fertileAges(fertilityShape);
  const maxSteps = MAX_HORIZON - valid.baseYear;
  return {
    inputs: valid,
    baseYear: valid.baseYear,
    population: bySex(valid.population),
    survival,
    hazard: survival.map(hazard),
    birthSurvival,
    birthHazard: birthSurvival.map(hazard),
    fertilityShape,
    firstFertileAge: first,
    lastFertileAge: last,
    inMigrationRate: bySex(valid.inMigrationRate),
    outMigrationRate: bySex(valid.outMigrationRate),
    maxSteps,
    tfrByStep: new Float64Array(maxSteps),
    rates: {
      growth: new Float64Array(CELLS_PER_YEAR),
      death: new Float64Array(CELLS_PER_YEAR),
      inflow: new Float64Array(CELLS_PER_YEAR),
      outflow: new Float64Array(CELLS_PER_YEAR),
      exposed: new Float64Array(CELLS_PER_YEAR),
      halfNet: new Float64Array(CELLS_PER_YEAR),
      newbornGrowth: new Float64Array(2),
      newbornDeath: new Float64Array(2),
      newbornInflow: new Float64Array(2),
      newbornOutflow: new Float64Array(2),
      capped: 0,
    },
    survivalByStep: new Float64Array(maxSteps * CELLS_PER_YEAR),
    birthSurvivalByStep: new Float64Array(maxSteps * 2),
    survivalDecline: NaN,
    growthByStep: new Float64Array(maxSteps * CELLS_PER_YEAR),
    growthKey: Float64Array.of(NaN, NaN, NaN),
    growthUncapped: false,
    heldGrowth: new Float64Array(CELLS_PER_YEAR),
    heldKey: Float64Array.of(NaN, NaN, 0),
  };
}
