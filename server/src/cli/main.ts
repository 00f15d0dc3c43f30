/**
 * The `govflow` command line: `govflow catalog validate|import|export <file>`.
 * Run from the compiled `dist/cli/main.js` (through `bin/govflow.js`) or, in development, with
 * `node --conditions=govflow-source --import tsx server/src/cli/main.ts …`.
 */
import type { CliIo } from './catalogCommands.js';
import { runCli } from './runCli.js';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  now: () => new Date().toISOString(),
};

process.exitCode = await runCli(process.argv.slice(2), io);
