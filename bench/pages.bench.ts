/**
 * Diagnostic of issue 5's completion cost: which B-trees a step's completion writes, in pages per completion.
 * Starts the platform on a temp SQLite file (as the HTTP benchmark does), accepts `--cases N` cases (default
 * 3,000), then completes the 受理 step of 100 of them one at a time, and after each reads the frames its commit
 * appended to the WAL, naming each page's table or index through SQLite's `dbstat` (the outbox dispatcher stopped,
 * so that no other commit comes between). One commit per completion:
 * under load the group commit shares the right-most pages (new rows) among the commands of a group.
 *
 * Run: `bench/run.sh pages [--cases N]`. Prints pages per completion in all and per B-tree.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ACCEPT_STEP_BODY, prepareOpenTasks, startBenchServer } from './lib/benchServer.js';
import { fmt, progress } from './lib/stats.js';

const CASES = Number(argument('--cases') ?? 3_000);
const COMPLETIONS = 100;
const WAL_HEADER = 32;
const FRAME_HEADER = 24;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

/** The page numbers of the last commit in the WAL (the frames after the commit frame before it). */
function lastCommitPages(walFile: string): number[] {
  const wal = readFileSync(walFile);
  const pageSize = wal.readUInt32BE(8);
  const [salt1, salt2] = [wal.readUInt32BE(16), wal.readUInt32BE(20)];
  const frames: { page: number; commit: boolean }[] = [];
  for (let at = WAL_HEADER; at + FRAME_HEADER + pageSize <= wal.length; at += FRAME_HEADER + pageSize) {
    // Frames of an earlier generation of the WAL (before it restarted) carry other salts.
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break;
    frames.push({ page: wal.readUInt32BE(at), commit: wal.readUInt32BE(at + 4) !== 0 });
  }
  let start = frames.length - 1;
  while (start > 0 && !frames[start - 1]?.commit) start -= 1;
  return frames.slice(start).map((frame) => frame.page);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'govflow-pages-bench-'));
  const file = join(dir, 'govflow.db');
  const server = await startBenchServer(file);
  const reader = new Database(file, { readonly: true });
  try {
    const clerk = await server.user(await server.signIn('clerk'));
    progress(`accepting ${fmt(CASES)} cases`);
    const tasks = await prepareOpenTasks(server, clerk, CASES);
    // The intakes' notifications delivered and signals read, and no dispatcher commit between ours.
    await server.platform.notifications.deliverDue();
    await server.platform.services.signals.settled();
    await server.platform.notifications.stop();
    const owners = reader.prepare('SELECT name, pageno FROM dbstat');
    const pagesPerTree = new Map<string, number>();
    let pages = 0;
    for (const task of tasks.slice(0, COMPLETIONS)) {
      await server.platform.services.cases.completeTask(clerk, task, ACCEPT_STEP_BODY);
      const ownerOf = new Map(
        (owners.all() as { name: string; pageno: number }[]).map((row) => [row.pageno, row.name]),
      );
      for (const page of lastCommitPages(`${file}-wal`)) {
        const tree = ownerOf.get(page) ?? '(a new page)';
        pagesPerTree.set(tree, (pagesPerTree.get(tree) ?? 0) + 1);
        pages += 1;
      }
    }
    const rows = [...pagesPerTree].sort((a, b) => b[1] - a[1]);
    process.stdout.write(
      `Pages written per completion (${COMPLETIONS} completions, one commit each, ${fmt(CASES)} cases): ` +
        `**${(pages / COMPLETIONS).toFixed(2)}**\n\n| B-tree | pages per completion |\n|---|---:|\n` +
        rows.map(([tree, count]) => `| \`${tree}\` | ${(count / COMPLETIONS).toFixed(2)} |`).join('\n') +
        '\n',
    );
  } finally {
    reader.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
