import { describe, expect, it } from 'vitest';
import { ageOneYear } from '../engine/cohort.ts';
import { seededRandom } from '../engine/random.ts';
import { wasmAgeing } from './ageing-wasm.ts';

describe('the wasm ageing prototype', () => {
  it('gives ageOneYear’s numbers bit for bit, year after year, with a growth row per year or one for all', () => {
    const random = seededRandom(7);
    for (const perYear of [false, true]) {
      const rows = 46;
      const growth = Float64Array.from({ length: perYear ? (rows - 1) * 202 : 202 }, () => 0.9 + 0.2 * random());
      const kernel = wasmAgeing(rows, growth.length);
      const js = new Float64Array(rows * 202);
      for (let i = 0; i < 202; i++) js[i] = 5000 * random();
      for (let r = 1; r < rows; r++) js[r * 202] = js[r * 202 + 101] = 100 * random(); // births, placed as the engine does
      kernel.cells.set(js);
      kernel.cells.set(growth, kernel.growthAt);
      for (let step = 0; step < rows - 1; step++) {
        ageOneYear(js, growth, step * 202, perYear ? step * 202 : 0);
        kernel.age(step * 202, perYear ? step * 202 : 0);
        js[(step + 1) * 202 + 101] = kernel.cells[(step + 1) * 202 + 101] = 100 * random(); // the female newborns overwrite the slot
      }
      expect(Array.from(kernel.cells.subarray(0, js.length))).toEqual(Array.from(js));
      expect(js[(rows - 1) * 202 + 100]).toBeGreaterThan(0); // reached the open age
    }
  });
});
