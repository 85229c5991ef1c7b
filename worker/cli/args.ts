// Command-line flags: `--name value` or `--name=value`; a problem is a UsageError (exit code 2).

/** A problem with the command line or the files it names: one line on stderr, exit code 2. */
export class UsageError extends Error {}

export interface FlagSpec {
  /** Allowed values, if the flag takes one of a few. */
  values?: readonly string[];
  /** A flag without a value (e.g. --help). */
  boolean?: boolean;
}

/** Parses argv against the known flags. Repeated flags, unknown flags and missing values are errors. */
export function parseFlags<K extends string>(argv: readonly string[], specs: Record<K, FlagSpec>): Partial<Record<K, string>> {
  const known = Object.keys(specs) as K[];
  const out: Partial<Record<K, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`unexpected argument "${arg}" (flags: ${known.map((k) => `--${k}`).join(', ')})`);
    const name = match[1] as K;
    const spec = specs[name];
    if (!known.includes(name)) throw new UsageError(`unknown flag --${name} (known: ${known.map((k) => `--${k}`).join(', ')})`);
    if (out[name] !== undefined) throw new UsageError(`--${name} is given twice`);
    if (spec.boolean) {
      if (match[2] !== undefined) throw new UsageError(`--${name} takes no value`);
      out[name] = 'true';
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    if (spec.values && !spec.values.includes(value)) {
      throw new UsageError(`--${name} ${value} is not one of ${spec.values.join(', ')}`);
    }
    out[name] = value;
  }
  return out;
}
