import { packageVersion as version } from '../version.js';
import { UsageError } from './command.js';
import { commands } from './commands/index.js';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  return [
    'sitrep — turns news reports about armed conflict into a verified event picture',
    '',
    'Usage: sitrep <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: sitrep <command> --help)',
    '  -V, --version  show the version',
  ].join('\n');
}

// A reader that stops early (`sitrep export | head`) closes the pipe: that ends the output, not
// the program with a stack trace.
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe(process.stdout);
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name ? 0 : 1;
  }
  if (name === '-V' || name === '--version') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`sitrep: unknown command '${name}'\n\n${help()}\n`);
    return 1;
  }
  const command = await entry.load();
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`sitrep ${name}: ${(err as Error).message}\n\n${command.usage}\n`);
      return 1;
    }
    throw err;
  }
}
