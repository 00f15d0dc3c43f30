#!/usr/bin/env node
// The `govflow` command (npx govflow catalog validate|import|export <file>): runs the compiled CLI.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('govflow 命令行工具尚未构建：请先在仓库根目录运行 npm run build\n');
  process.exit(2);
}
await import(entry.href);
