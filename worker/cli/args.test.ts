import { describe, expect, it } from 'vitest';
import { UsageError, parseFlags } from './args.ts';

const specs = { scenario: {}, format: { values: ['json', 'csv'] }, help: { boolean: true } };

describe('parseFlags', () => {
  it('reads --name value and --name=value', () => {
    expect(parseFlags(['--scenario', 'a.json', '--format=csv', '--help'], specs)).toEqual({
      scenario: 'a.json',
      format: 'csv',
      help: 'true',
    });
    expect(parseFlags([], specs)).toEqual({});
  });

  it.each([
    [['--sceanrio', 'a'], 'unknown flag --sceanrio (known: --scenario, --format, --help)'],
    [['a.json'], 'unexpected argument "a.json" (flags: --scenario, --format, --help)'],
    [['--scenario'], '--scenario needs a value'],
    [['--scenario', '--format', 'csv'], '--scenario needs a value'],
    [['--format', 'xml'], '--format xml is not one of json, csv'],
    [['--scenario', 'a', '--scenario', 'b'], '--scenario is given twice'],
    [['--help=yes'], '--help takes no value'],
  ])('rejects %j', (argv, message) => {
    expect(() => parseFlags(argv, specs)).toThrow(new UsageError(message));
  });
});
