import { demoCatalog, describeImportError, publishItem, type ImportError, type PublishedItem } from '@govflow/catalog';
import { SqliteStore } from '../store/sqlite/sqliteStore.js';
import type { CatalogAction } from './args.js';
import { catalogFormatOf, readCatalogFile, writeCatalogFile, type CatalogFormat } from './catalogFiles.js';

/** Where the CLI writes and what it reads from its environment; tests pass their own. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time (ISO 8601), recorded as the publication time of imported items. */
  now(): string;
}

/** A catalog command's arguments. */
export interface CatalogCommand {
  readonly action: CatalogAction;
  readonly file: string;
  readonly demo: boolean;
  readonly dataDir?: string;
  readonly maxBytes?: number;
  readonly by: string;
}

/** Exit codes: 0 ok, 1 invalid input (or a file that cannot be read or written), 2 usage. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Runs `catalog validate|import|export` and returns the exit code. */
export async function runCatalogCommand(command: CatalogCommand, io: CliIo): Promise<number> {
  const format = catalogFormatOf(command.file);
  if (!format) {
    io.err(`不支持的文件类型「${command.file}」：请使用 .json 或 .xlsx`);
    return EXIT.usage;
  }
  try {
    if (command.action === 'export') return await exportCatalog(command, format, io);
    return await validateOrImport(command, format, io);
  } catch (error) {
    io.err(`失败：${describeFailure(error, command.file)}`);
    return EXIT.invalid;
  }
}

async function validateOrImport(command: CatalogCommand, format: CatalogFormat, io: CliIo): Promise<number> {
  const result = await readCatalogFile(command.file, format, command.maxBytes);
  printProblems('错误', result.ok ? [] : result.errors, io);
  printProblems('警告', result.warnings, io);
  if (!result.ok) {
    io.out(
      `校验未通过：${result.errors.length} 个错误，${result.warnings.length} 个警告。${command.action === 'import' ? '未导入任何事项。' : ''}`,
    );
    return EXIT.invalid;
  }
  io.out(`校验通过：${result.items.length} 个事项，${result.warnings.length} 个警告。`);
  if (command.action === 'validate') return EXIT.ok;

  const store = openStore(command, io);
  try {
    const at = io.now();
    const toWrite: PublishedItem[] = [];
    let unchanged = 0;
    for (const item of result.items) {
      const versions = await store.listItemVersions(item.code);
      const previous = versions[versions.length - 1];
      const published = await publishItem(item, { by: command.by, at, ...(previous ? { previous } : {}) });
      if (published.unchanged) unchanged++;
      else toWrite.push(published.published);
    }
    try {
      await store.savePublishedItems(toWrite);
    } catch (error) {
      io.err(`写入数据库失败，未导入任何事项：${describeFailure(error, command.file)}`);
      return EXIT.invalid;
    }
    const written = toWrite.length;
    const versions = toWrite.map((p) => `${p.item.code} 第 ${p.item.version} 版`);
    io.out(`已导入：新发布 ${written} 个事项版本，${unchanged} 个事项内容未变化。`);
    if (versions.length > 0 && versions.length <= 20) io.out(`新版本：${versions.join('，')}`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function exportCatalog(command: CatalogCommand, format: CatalogFormat, io: CliIo): Promise<number> {
  let items;
  if (command.demo) items = demoCatalog();
  else {
    const store = openStore(command, io);
    try {
      items = await store.listItems();
    } finally {
      await store.close();
    }
  }
  if (items.length === 0) io.err('提示：数据库中没有事项，导出的目录为空（可用 --demo 导出演示事项目录）');
  const bytes = await writeCatalogFile(command.file, format, items);
  io.out(`已导出 ${items.length} 个事项到 ${command.file}（${(bytes / 1024).toFixed(1)} KB）。`);
  return EXIT.ok;
}

function openStore(command: CatalogCommand, io: CliIo): SqliteStore {
  const dataDir = command.dataDir ?? io.env['GOVFLOW_DATA_DIR'] ?? 'data';
  return new SqliteStore({ file: `${dataDir}/govflow.db` });
}

function printProblems(kind: string, problems: readonly ImportError[], io: CliIo): void {
  for (const problem of problems) io.out(`${kind}：${describeImportError(problem)}`);
}

function describeFailure(error: unknown, file: string): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return `找不到文件或目录「${file}」`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读写「${file}」`;
  if (code === 'EISDIR') return `「${file}」是一个目录`;
  return error instanceof Error ? error.message : String(error);
}
