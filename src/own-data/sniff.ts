// What a file is, from its first bytes (and its name where the bytes cannot tell): a renamed image or
// an old .xls is named as such instead of being read as garbled text.
export type Sniffed =
  | { readonly kind: 'parquet' }
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'zip' }
  | { readonly kind: 'old-excel' }
  | { readonly kind: 'image'; readonly type: string }
  | { readonly kind: 'binary'; readonly type: string }
  | { readonly kind: 'text' };

const starts = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

export function sniff(bytes: Uint8Array, name: string): Sniffed {
  if (starts(bytes, ascii('PAR1'))) return { kind: 'parquet' };
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return /\.xlsx$/i.test(name) || containsAscii(bytes, '[Content_Types].xml') ? { kind: 'xlsx' } : { kind: 'zip' };
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'old-excel' };
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return { kind: 'image', type: 'PNG' };
  if (starts(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', type: 'JPEG' };
  if (starts(bytes, ascii('GIF8'))) return { kind: 'image', type: 'GIF' };
  if (starts(bytes, ascii('RIFF')) && starts(bytes, ascii('WEBP'), 8)) return { kind: 'image', type: 'WebP' };
  if (starts(bytes, ascii('%PDF'))) return { kind: 'binary', type: 'PDF' };
  if (starts(bytes, [0x1f, 0x8b])) return { kind: 'binary', type: 'gzip' };
  // UTF-16 text has NUL bytes too: a BOM says it is text.
  if (starts(bytes, [0xff, 0xfe]) || starts(bytes, [0xfe, 0xff])) return { kind: 'text' };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { kind: 'binary', type: 'unknown' };
  return { kind: 'text' };
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = ascii(text);
  const end = Math.min(bytes.length, 1 << 16) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
