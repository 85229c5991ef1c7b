// A rejection in words, per language: "<file>: <where> — <problem>". Plain text: the file's own text
// in it (headers, values) is only ever shown as text.
import { formatBytes } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import type { Rejection } from './rejection.ts';

export function describeRejection(r: Rejection, lang: Lang): string {
  const t = messages(lang).ownData;
  const p = t.problems;
  const v = r.value ?? '';
  const d = r.detail ?? '';
  let problem: string;
  switch (r.reason) {
    case 'too-large':
      problem = p['too-large'](formatBytes(Number(v), lang), formatBytes(Number(d), lang));
      break;
    case 'image':
    case 'binary':
      problem = p[r.reason](v);
      break;
    case 'encoding':
      problem = p.encoding(v);
      break;
    case 'corrupt-parquet':
    case 'corrupt-xlsx':
    case 'invalid-inputs':
    case 'unreadable':
      problem = p[r.reason](d);
      break;
    case 'no-header':
      problem = p['no-header'](v, d);
      break;
    case 'ambiguous-column':
      problem = p['ambiguous-column'](r.column ?? '');
      break;
    case 'not-a-number':
    case 'negative':
    case 'unknown-age':
      problem = p[r.reason](v);
      break;
    case 'duplicate-age':
      problem = p['duplicate-age'](v, String(r.otherRow ?? ''));
      break;
    case 'missing-ages':
      problem = p['missing-ages'](r.age ?? '');
      break;
    case 'total-mismatch':
      problem = p['total-mismatch'](v, d);
      break;
    case 'rate-out-of-range':
      problem = p['rate-out-of-range'](v, d);
      break;
    default:
      problem = p[r.reason]();
  }
  // Where: the row, the column and the age, except where the problem already names them.
  const where =
    r.reason === 'missing-ages' || r.reason === 'ambiguous-column'
      ? t.where(r.row)
      : r.reason === 'no-header'
        ? t.where(r.row)
        : t.where(r.row, r.column, r.age);
  return where ? `${r.fileName}: ${where} — ${problem}` : `${r.fileName}: ${problem}`;
}
