import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, constraintRows, fitRows, parameterRows, PARAMETERS, THETA_STEP, toCsv, toParameters } from './calibrate.ts';
import { ACCEPTANCE, createEvaluator } from './objective.ts';
import { CALIBRATION_DIR, formatParameters, PARAMETERS_FILE, readParameters, toValues } from './parameters.ts';
import { residualRange65plus } from './residual.ts';

const committed = toValues(readParameters());
const evaluation = createEvaluator()(committed);

describe('the fitted parameters', () => {
  it('are at most six, each with bounds and a meaning', () => {
    expect(PARAMETERS.length).toBeLessThanOrEqual(ACCEPTANCE.maxFittedParameters);
    for (const p of PARAMETERS) {
      expect(p.bounds[0]).toBeLessThan(p.bounds[1]);
      expect(p.meaning.length).toBeGreaterThan(20);
    }
  });

  it("bound the constant c by the residual estimate's old-age range", () => {
    const c = PARAMETERS.find((p) => p.name === 'c');
    const r = residualRange65plus();
    expect(c?.bounds).toEqual([r.min, r.max]);
  });

  it('search θ on a grid (survival and base population are built once per value)', () => {
    const p = toParameters([0.1, 13, 0.05, 28, -0.004, 0.93456]);
    expect(p.theta).toBe(0.935);
    expect(p.theta / THETA_STEP).toBeCloseTo(Math.round(p.theta / THETA_STEP), 9);
    expect(p.aIn).toBe(0.1);
  });
});

describe('the committed calibration files are what the code gives for the committed parameters', () => {
  it('fitted_parameters.csv', () => {
    expect(readFileSync(PARAMETERS_FILE, 'utf8')).toBe(formatParameters(parameterRows(committed)));
  });
  it('fit.csv', () => {
    expect(readFileSync(path.join(CALIBRATION_DIR, 'fit.csv'), 'utf8')).toBe(toCsv(fitRows(evaluation)));
  });
  it('constraints.csv', () => {
    expect(readFileSync(path.join(CALIBRATION_DIR, 'constraints.csv'), 'utf8')).toBe(toCsv(constraintRows(evaluation)));
  });
});

describe('fit and constraint reports', () => {
  it('mark a row outside tolerance when the model misses', () => {
    const off = createEvaluator()({ ...committed, aIn: 0.2 });
    const rows = fitRows(off);
    expect(rows.some((r) => !r.within_tolerance)).toBe(true);
    const r = rows.find((x) => x.indicator === 'total');
    expect(r?.error).toBeCloseTo(100 * ((r?.model_value ?? 0) / 588586 - 1), 9);
  });

  it('flag a broken constraint', () => {
    const off = createEvaluator()({ ...committed, aIn: 0.5 });
    expect(constraintRows(off).find((r) => r.check.startsWith('highest'))?.ok).toBe(false);
  });
});

describe('calibrate', () => {
  it('is deterministic for a seed (a short run)', () => {
    const a = calibrate(11, 2);
    const b = calibrate(11, 2);
    expect(b.parameters).toEqual(a.parameters);
    expect(b.evaluation.value).toBe(a.evaluation.value);
    expect(a.evaluations).toBe(3 * PARAMETERS.length * 15);
  });
});
