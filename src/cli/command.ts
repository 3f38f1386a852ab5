import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A sitrep subcommand. Exit codes: 0 success, 1 usage error, 2 some inputs failed. */
export interface Command {
  name: string;
  /** full usage text for `sitrep <name> --help` */
  usage: string;
  run(argv: string[]): Promise<number>;
}

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>['values'];

/**
 * A command that declares its options once: `run` gets them parsed (a bad one is a usage error,
 * ERR_PARSE_ARGS_*) and the operands after them (input files, names), which it checks itself.
 */
export function command<const O extends Options>(spec: {
  name: string;
  usage: string;
  options: O;
  run(values: Values<O>, operands: string[]): Promise<number>;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    async run(argv) {
      const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: spec.options });
      return spec.run(values, positionals);
    },
  };
}

/** For a command (or subcommand) of options only: an operand is a usage error, `why` saying what to do instead. */
export function noOperands(operands: string[], why?: string): void {
  if (operands.length) throw new UsageError(`unexpected argument '${operands[0]}'${why ? ` (${why})` : ''}`);
}
