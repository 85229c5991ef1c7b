// Bytes → text: UTF-8 (with or without a byte-order mark), UTF-16 with a BOM, or Shift_JIS (CP932,
// what Excel in Japan saves as "CSV"). UTF-8 is tried first because valid UTF-8 is almost never valid
// Shift_JIS by accident with Japanese in it; only then Shift_JIS (TextDecoder('shift_jis') is the
// WHATWG decoder, which is CP932's mapping). Neither: the first byte that is not UTF-8 is named.
import type { TextEncoding } from './rejection.ts';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly offset: number; readonly line: number; readonly byte: number };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode('utf-8', bytes.subarray(3));
    if (text !== null) return { ok: true, text, encoding: 'utf-8-bom' };
  } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = tryDecode(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', bytes.subarray(2));
    if (text !== null) return { ok: true, text, encoding: 'utf-16' };
  } else {
    const utf8 = tryDecode('utf-8', bytes);
    if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
    const sjis = tryDecode('shift_jis', bytes);
    if (sjis !== null) return { ok: true, text: sjis, encoding: 'shift_jis' };
  }
  const offset = firstInvalidUtf8(bytes);
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return { ok: false, offset, line, byte: bytes[offset] ?? 0 };
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Offset of the first byte that breaks UTF-8 (bytes.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}
