/**
 * Spelling normalisation for names printed in the plan summary.
 *
 * The summary is a text extraction of a laid-out document: the same project is sometimes
 * printed with stray spaces (「(仮称) 荻外荘公園の整備」 in 施策11, 「(仮称)荻外荘公園の整備」 in
 * 施策28). These rules make one spelling per name. They only touch whitespace: characters,
 * widths and punctuation are kept as printed, so every normalised name can be found in the
 * document by ignoring whitespace.
 */

/** One normalisation rule: an id (recorded on every name it changes), a description, the edit. */
export interface NormalisationRule {
  id: string;
  description: string;
  apply: (name: string) => string;
}

/** Whitespace as it occurs in the extraction: ASCII, no-break (U+00A0) and ideographic (U+3000) spaces. */
const WS = '[\\s\\u00a0\\u3000]';

/** The rules, applied in this order. docs/plan-data.md lists them. */
export const NORMALISATION_RULES: readonly NormalisationRule[] = [
  {
    id: 'trim',
    description: 'remove whitespace at the start and end of the name',
    apply: (s) => s.replace(new RegExp(`^${WS}+|${WS}+$`, 'g'), ''),
  },
  {
    id: 'bracket-space',
    description:
      'remove whitespace after an opening bracket, before a closing bracket and after a closing bracket ' +
      '(「(仮称) 荻外荘公園の整備」→「(仮称)荻外荘公園の整備」); brackets: ( ) （ ） < > ＜ ＞ 「 」',
    apply: (s) =>
      s
        .replace(new RegExp(`([(（<＜「])${WS}+`, 'g'), '$1')
        .replace(new RegExp(`${WS}+([)）>＞」])`, 'g'), '$1')
        .replace(new RegExp(`([)）>＞」])${WS}+`, 'g'), '$1'),
  },
  {
    id: 'collapse-space',
    description: 'replace any remaining run of whitespace inside the name by one ASCII space',
    apply: (s) => s.replace(new RegExp(`${WS}+`, 'g'), ' '),
  },
];

export interface NormalisedName {
  /** The name as printed (unchanged). */
  printed: string;
  /** The one spelling used in the tables. */
  name: string;
  /** Ids of the rules that changed the name, in order. */
  rules: string[];
}

/** Normalise one printed name. Idempotent: normaliseName(n.name).name === n.name. */
export function normaliseName(printed: string): NormalisedName {
  let name = printed;
  const rules: string[] = [];
  for (const rule of NORMALISATION_RULES) {
    const next = rule.apply(name);
    if (next !== name) rules.push(rule.id);
    name = next;
  }
  if (name === '') throw new Error(`plan name is empty after normalisation (printed: ${JSON.stringify(printed)})`);
  return { printed, name, rules };
}

/** A name with all whitespace removed: how tests compare printed text with normalised names. */
export function compact(s: string): string {
  return s.replace(new RegExp(`${WS}+`, 'g'), '');
}
