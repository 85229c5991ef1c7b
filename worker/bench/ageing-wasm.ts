// A prototype, for the benchmark only: the engine's ageing step (cohort.ts's ageOneYear) as a wasm
// kernel with f64x2 SIMD, to measure what the "under 10 µs" target would gain from code other than
// plain TypeScript. The engine does not use it (issue 2 asks for a pure TypeScript engine).
//
// The module is assembled here byte by byte (no wasm toolchain among our dependencies); it imports
// its memory, so population and growth rates live in one Float64Array over that memory.

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
};
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];

// Opcodes used below.
const LOCAL_GET = 0x20, LOCAL_SET = 0x21, LOCAL_TEE = 0x22, I32_CONST = 0x41, I32_ADD = 0x6a, I32_LT_U = 0x49;
const F64_LOAD = 0x2b, F64_STORE = 0x39, F64_MUL = 0xa2, F64_ADD = 0xa0, LOOP = 0x03, BR_IF = 0x0d, END = 0x0b;
const V128_LOAD = [0xfd, 0x00], V128_STORE = [0xfd, 0x0b], F64X2_MUL = [0xfd, 0xf2, 0x01];
const ALIGN_8 = 3; // memarg alignment hint: 2^3 bytes

// Locals: 0 = byte offset of this year's row, 1 = byte offset of its growth row, 2 = j (bytes), 3 = next row.
const P = 0, G = 1, J = 2, Q = 3;
const get = (i: number) => [LOCAL_GET, i];
const f64At = (base: number, cell: number) => [...get(base), F64_LOAD, ALIGN_8, ...uleb(cell * 8)];

/** next[cell] (+)= now[from] × growth[from], as ageOneYear's three last lines. */
const scalar = (cell: number, from: number, add: boolean) => [
  ...get(Q),
  ...(add ? f64At(Q, cell) : []),
  ...f64At(P, from), ...f64At(G, from), F64_MUL,
  ...(add ? [F64_ADD] : []),
  F64_STORE, ALIGN_8, ...uleb(cell * 8),
];

const body = [
  1, 2, 0x7f, // two i32 locals: j, q
  ...get(P), I32_CONST, ...sleb(203 * 8), I32_ADD, LOCAL_SET, Q, // q = next year, one age up
  LOOP, 0x40, // four pairs of cells a turn: 200 cells in 25 turns
  ...[0, 1, 2, 3].flatMap((k) => [
    ...get(Q), ...get(J), I32_ADD,
    ...get(P), ...get(J), I32_ADD, ...V128_LOAD, ALIGN_8, ...uleb(16 * k),
    ...get(G), ...get(J), I32_ADD, ...V128_LOAD, ALIGN_8, ...uleb(16 * k),
    ...F64X2_MUL,
    ...V128_STORE, ALIGN_8, ...uleb(16 * k),
  ]),
  ...get(J), I32_CONST, ...sleb(64), I32_ADD, LOCAL_TEE, J,
  I32_CONST, ...sleb(200 * 8), I32_LT_U, BR_IF, 0,
  END,
  ...scalar(200, 200, false), // female 99 → 100+
  ...scalar(99, 100, true), // male 100+ stays
  ...scalar(200, 201, true), // female 100+ stays
  END,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 2, 0x7f, 0x7f, 0]), // type: (i32, i32) → ()
  ...section(2, [1, 1, 0x65, 1, 0x6d, 0x02, 0x00, ...uleb(1)]), // import e.m: memory, min 1 page
  ...section(3, [1, 0]), // one function of type 0
  ...section(7, [1, 3, 0x61, 0x67, 0x65, 0x00, 0]), // export "age"
  ...section(10, [1, ...uleb(body.length), ...body]),
]);

export interface WasmAgeing {
  /** Population (rows of 202 cells from index 0) and then growth, over the kernel's memory. */
  readonly cells: Float64Array;
  /** Index in `cells` where the growth rates start. */
  readonly growthAt: number;
  /** ageOneYear(cells, cells, now, growthAt + row), in wasm. */
  age(now: number, row: number): void;
}

/** A kernel whose memory holds `rows` rows of population and `growthCells` growth rates. */
export function wasmAgeing(rows: number, growthCells: number): WasmAgeing {
  const growthAt = rows * 202 + 2; // the last row's store runs one cell past it
  const bytes = (growthAt + growthCells) * 8;
  const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE), { e: { m: memory } });
  const age = instance.exports.age as (p: number, g: number) => void;
  return {
    cells: new Float64Array(memory.buffer, 0, growthAt + growthCells),
    growthAt,
    age: (now, row) => age(now * 8, (growthAt + row) * 8),
  };
}
