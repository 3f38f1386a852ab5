/** A sitrep subcommand. Exit codes: 0 success, 1 usage error, 2 some inputs failed. */
export interface Command {
  name: string;
  /** full usage text for `sitrep <name> --help` */
  usage: string;
  run(argv: string[]): Promise<number>;
}

export class UsageError extends Error {}
