// Survival under a mortality scenario: the hazard −ln S scaled by (1 − k/100)^(t − base).
import { CELLS_PER_YEAR, type Prepared } from './types.ts';

/** Hazard (cumulative force of mortality over the year) of a survival probability: −ln S; Infinity at S = 0. */
export function hazard(survival: number): number {
  return survival >= 1 ? 0 : -Math.log(survival);
}

/** Factor on every hazard in the year baseYear + step for a decline of k % per year. */
export function hazardFactor(mortalityDecline: number, step: number): number {
  return Math.pow(1 - mortalityDecline / 100, step);
}

/** Survival probability after scaling its hazard by factor (factor 1 returns S itself, unrounded). */
export function scaledSurvival(survival: number, hazardValue: number, factor: number): number {
  if (factor === 1) return survival;
  return hazardValue === Infinity ? 0 : Math.exp(-hazardValue * factor);
}

/**
 * Fills prepared.survivalByStep / birthSurvivalByStep for a mortality decline (k ≠ 0), unless they
 * already hold it: a fan that varies fertility or migration but not mortality pays for the exp() once.
 */
export function ensureSurvivalByStep(prepared: Prepared, mortalityDecline: number): void {
  if (prepared.survivalDecline === mortalityDecline) return;
  const { survival, hazard: h, birthSurvival, birthHazard, survivalByStep, birthSurvivalByStep } = prepared;
  for (let step = 0; step < prepared.maxSteps; step++) {
    const factor = hazardFactor(mortalityDecline, step);
    const offset = step * CELLS_PER_YEAR;
    for (let j = 0; j < CELLS_PER_YEAR; j++) survivalByStep[offset + j] = scaledSurvival(survival[j], h[j], factor);
    for (let s = 0; s < 2; s++) birthSurvivalByStep[step * 2 + s] = scaledSurvival(birthSurvival[s], birthHazard[s], factor);
  }
  prepared.survivalDecline = mortalityDecline;
}
