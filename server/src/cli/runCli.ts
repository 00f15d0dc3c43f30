import { parseCliArgs } from './args.js';
import { EXIT, runCatalogCommand, type CliIo } from './catalogCommands.js';
import { HELP_TEXT } from './help.js';

/** Runs the govflow CLI with the arguments after the program name; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const request = parseCliArgs(argv);
  switch (request.kind) {
    case 'help':
      io.out(HELP_TEXT);
      return EXIT.ok;
    case 'usage-error':
      io.err(`用法错误：${request.message}\n`);
      io.err(HELP_TEXT);
      return EXIT.usage;
    case 'catalog':
      return runCatalogCommand(request, io);
  }
}
