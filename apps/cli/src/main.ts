import { ProfileError } from '@hotpath/profile';
import { analyze, InputError, parseAnalyzeArgs } from './analyze';
import { rulesCommand } from './rules';
import { USAGE, UsageError } from './usage';

/**
 * Runs the command line and returns the exit status (DESIGN.md, "Command
 * line"): 0 done, 2 bad usage or bad input, 3 --fail-on matched, 1 internal
 * error. Errors a user can fix print one line, never a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'analyze':
        return (await analyze(parseAnalyzeArgs(args))).exitCode;
      case 'rules':
        return rulesCommand(args);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}" (try: hotpath analyze <profile>)`);
    }
  } catch (err) {
    return report(err);
  }
}

function report(err: unknown): number {
  if (err instanceof UsageError || (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`hotpath: ${(err as Error).message}\n`);
    return 2;
  }
  if (err instanceof InputError && isUserFixable(err.cause)) {
    process.stderr.write(`hotpath: ${oneLine(err.message)}\n`);
    return 2;
  }
  process.stderr.write(`hotpath: internal error: ${oneLine((err as Error).message)}\n`);
  if (process.env.HOTPATH_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
  return 1;
}

const FILE_ERRORS = new Set(['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR', 'EPERM']);

function isUserFixable(err: Error): boolean {
  return err instanceof ProfileError || FILE_ERRORS.has((err as NodeJS.ErrnoException).code ?? '');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
