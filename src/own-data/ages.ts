// Age labels as registries and spreadsheets write them:
//   0  0歳  0才  (single years)    0～4  0～4歳  0-4  0 - 4 years  (groups)    100歳以上  100以上  100+  (open)
//   総数  合計  計  total  (the total row)    不詳  不詳者  unknown  (age not known)    (再掲)…  (a repeated subtotal)
// Width and kind of digits, tildes and dashes are folded first (NFKC), so full-width ０～４歳 reads the same.
export type AgeLabel =
  | { readonly kind: 'single'; readonly age: number }
  | { readonly kind: 'group'; readonly from: number; readonly to: number }
  | { readonly kind: 'open'; readonly from: number }
  | { readonly kind: 'total' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'subtotal' };

const DASH = '[~〜～\\-‐‑–—―−ー]';
const UNIT = '(?:歳|才|years?|yrs?)?';
const SINGLE = new RegExp(`^(\\d{1,3})${UNIT}$`, 'i');
const GROUP = new RegExp(`^(\\d{1,3})${UNIT}${DASH}(\\d{1,3})${UNIT}$`, 'i');
const OPEN = new RegExp(`^(\\d{1,3})${UNIT}(?:以上|\\+|over|andover|ormore|andolder)$`, 'i');

/** null: not an age label at all. */
export function parseAgeLabel(raw: string | number): AgeLabel | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw >= 0 && raw < 1000 ? { kind: 'single', age: raw } : null;
  const text = raw
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, (c) => (c === '(' || c === '（' ? '(' : ')'));
  if (text === '') return null;
  if (/再掲/.test(text)) return { kind: 'subtotal' };
  if (/^(総数|合計|計|総計|total|all|allages|sum)$/i.test(text)) return { kind: 'total' };
  if (/^(年齢)?(不詳|不詳者|不明|unknown|notstated)$/i.test(text)) return { kind: 'unknown' };
  let m = SINGLE.exec(text);
  if (m) return { kind: 'single', age: Number(m[1]) };
  m = GROUP.exec(text);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    return to >= from ? { kind: 'group', from, to } : null;
  }
  m = OPEN.exec(text);
  if (m) return { kind: 'open', from: Number(m[1]) };
  return null;
}
