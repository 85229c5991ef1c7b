// What a read file becomes for the projection: the file's base population (and any rates it gives)
// with everything else taken from the ward's inputs, and a list of which is which for the screen.
// A JSON inputs file (docs/inputs.md) gives every rate itself. The engine validates the result
// (validateInputs), so a rate the file gives out of the engine's range is named here, not in the worker.
import { validateInputs } from '../../worker/engine/inputs.ts';
import { shapeFromAsfr } from '../../worker/engine/asfr.ts';
import type { ProjectionInputs } from '../../worker/engine/types.ts';
import type { TransferInputs } from '../../worker/projection.protocol.ts';
import type { InputsRead, PopulationRead } from './rejection.ts';

/** The parts of a projection's inputs, as the screen lists them. */
export const INPUT_PARTS = ['population', 'survival', 'birthSurvival', 'fertility', 'srb', 'inMigration', 'outMigration'] as const;
export type InputPart = (typeof INPUT_PARTS)[number];

/** What the screen says about a file in use (no arrays: small enough to keep in reactive state). */
export type OwnSummary = Omit<PopulationRead, 'population' | 'rates'> | Omit<InputsRead, 'inputs'>;

export interface OwnData {
  readonly fileName: string;
  readonly summary: OwnSummary;
  readonly baseYear: number;
  readonly inputs: TransferInputs;
  /** Given by the file; for survival and migration, a part counts as given when both sexes are. */
  readonly fromFile: readonly InputPart[];
  /** Taken from the ward's inputs (the plan's calibrated rates). */
  readonly fromWard: readonly InputPart[];
  /** Parts given for one sex only (the other sex's taken from the ward). */
  readonly partly: readonly InputPart[];
}

const f64 = (a: ArrayLike<number>) => Float64Array.from(a as ArrayLike<number>);
const copy = (inputs: ProjectionInputs): TransferInputs => ({
  baseYear: inputs.baseYear,
  population: { male: f64(inputs.population.male), female: f64(inputs.population.female) },
  survival: { male: f64(inputs.survival.male), female: f64(inputs.survival.female) },
  birthSurvival: { ...inputs.birthSurvival },
  fertilityShape: f64(inputs.fertilityShape),
  tfr: inputs.tfr,
  srb: inputs.srb,
  inMigrationRate: { male: f64(inputs.inMigrationRate.male), female: f64(inputs.inMigrationRate.female) },
  outMigrationRate: { male: f64(inputs.outMigrationRate.male), female: f64(inputs.outMigrationRate.female) },
});

export type Combined = { readonly ok: true; readonly own: OwnData } | { readonly ok: false; readonly message: string };

/**
 * `ward`: the ward's inputs (the rates a population file does not give). `baseYear`: the Jan 1 the
 * file's population is taken to be at (a JSON inputs file has its own).
 */
export function combineInputs(read: PopulationRead | InputsRead, ward: ProjectionInputs, baseYear: number): Combined {
  try {
    if (read.kind === 'inputs') {
      const { inputs, ...summary } = read;
      const checked = validateInputs(inputs);
      return {
        ok: true,
        own: {
          fileName: read.fileName,
          summary,
          baseYear: checked.baseYear,
          inputs: copy(checked),
          fromFile: INPUT_PARTS,
          fromWard: [],
          partly: [],
        },
      };
    }
    const { population, rates, ...summary } = read;
    const fromFile: InputPart[] = ['population'];
    const partly: InputPart[] = [];
    const both = <K extends 'survival' | 'inMigrationRate' | 'outMigrationRate'>(key: K, part: InputPart) => {
      const given = rates[key];
      if (!given?.male && !given?.female) return { male: Array.from(ward[key].male), female: Array.from(ward[key].female) };
      (given.male && given.female ? fromFile : partly).push(part);
      return { male: Array.from(given.male ?? ward[key].male), female: Array.from(given.female ?? ward[key].female) };
    };
    let fertilityShape: ArrayLike<number> = ward.fertilityShape;
    let tfr = ward.tfr;
    if (rates.asfr) {
      const { shape, tfr: sum } = shapeFromAsfr(Array.from(rates.asfr));
      // All zeros would make the shape 0/0: say it in the file's terms (the engine would name fertilityShape).
      if (!(sum > 0))
        throw new Error(
          'asfr (births per woman) is 0 at every age, so there would be no births; leave the column out to use the ward’s fertility',
        );
      fertilityShape = shape;
      tfr = sum;
      fromFile.push('fertility');
    }
    const inputs = validateInputs({
      baseYear,
      population: { male: Array.from(population.male), female: Array.from(population.female) },
      survival: both('survival', 'survival'),
      birthSurvival: ward.birthSurvival,
      fertilityShape: Array.from(fertilityShape),
      tfr,
      srb: ward.srb,
      inMigrationRate: both('inMigrationRate', 'inMigration'),
      outMigrationRate: both('outMigrationRate', 'outMigration'),
    } as unknown);
    const fromWard = INPUT_PARTS.filter((p) => !fromFile.includes(p));
    return { ok: true, own: { fileName: read.fileName, summary, baseYear, inputs: copy(inputs), fromFile, fromWard, partly } };
  } catch (error) {
    const message = (error as Error).message;
    // The file gave births per woman by age; the engine checks their shape (asfr ÷ TFR), age for age.
    const named = read.kind === 'population' && read.rates.asfr ? message.replace(/^fertilityShape\[/, 'asfr[') : message;
    return { ok: false, message: `${read.fileName}: ${named}` };
  }
}
