// Property tests of the text decoding and the file sniffer (issue 12): any text saved as UTF-8 (with or
// without a byte-order mark) decodes back to itself; arbitrary bytes either decode or name the first bad
// byte, its offset and its line; the sniffer answers any bytes and tells signatures apart.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';
import { sniff } from './sniff.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('decodes any UTF-8 text back to itself; with a BOM, says so and drops it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }).filter((s) => !s.startsWith('\uFEFF')),
        fc.boolean(),
        (text, bom) => {
          const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]) : utf8(text);
          expect(decodeText(bytes)).toEqual({ ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers arbitrary bytes: text, or the first byte that breaks UTF-8 with its offset and line', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const decoded = decodeText(bytes);
        if (decoded.ok) {
          expect(typeof decoded.text).toBe('string');
          return;
        }
        expect(decoded.offset).toBeGreaterThanOrEqual(0);
        expect(decoded.offset).toBeLessThanOrEqual(bytes.length);
        expect(decoded.byte).toBe(bytes[decoded.offset] ?? 0);
        expect(decoded.line).toBe(1 + bytes.subarray(0, decoded.offset).filter((b) => b === 0x0a).length);
      }),
      { numRuns: 400 },
    );
  });
});

describe('sniff', () => {
  it('answers any bytes under any name, and a signature decides whatever follows it', () => {
    const signatures = [
      { bytes: [0x50, 0x41, 0x52, 0x31], kind: 'parquet' },
      { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image' },
      { bytes: [0xff, 0xd8, 0xff], kind: 'image' },
      { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'binary' },
      { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'old-excel' },
    ] as const;
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...signatures),
        (rest, name, signature) => {
          expect(['parquet', 'xlsx', 'zip', 'old-excel', 'image', 'binary', 'text']).toContain(sniff(rest, name).kind);
          expect(sniff(new Uint8Array([...signature.bytes, ...rest]), name).kind).toBe(signature.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
