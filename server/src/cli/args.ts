/** What the command line asks for. */
export type CliRequest =
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string }
  | {
      readonly kind: 'catalog';
      readonly action: CatalogAction;
      readonly file: string;
      readonly demo: boolean;
      readonly dataDir?: string;
      /** Largest accepted input in bytes. */
      readonly maxBytes?: number;
      readonly by: string;
    };

/** The catalog sub-commands. */
export const CATALOG_ACTIONS = ['validate', 'import', 'export'] as const;
/** A catalog sub-command. */
export type CatalogAction = (typeof CATALOG_ACTIONS)[number];

const VALUE_OPTIONS = new Set(['--data-dir', '--max-size', '--by']);

/**
 * Parses `govflow catalog validate|import|export <file> [options]`. Options: `--demo` (export the
 * demo catalog), `--data-dir <dir>`, `--max-size <MB>`, `--by <who>`, `-h` / `--help`.
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const [name, inline] = splitOption(arg);
      if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') return usage(`选项 ${name} 需要一个值`);
        values.set(name, value);
      } else if (name === '--demo' && inline === undefined) flags.add(name);
      else return usage(`未知选项 ${arg}`);
    } else if (arg.startsWith('-') && arg !== '-') return usage(`未知选项 ${arg}`);
    else positional.push(arg);
  }
  const [group, action, file, ...rest] = positional;
  if (group === undefined) return usage('缺少命令');
  if (group !== 'catalog') return usage(`未知命令「${group}」，目前只有 catalog`);
  if (action === undefined) return usage('缺少子命令：validate、import 或 export');
  if (!(CATALOG_ACTIONS as readonly string[]).includes(action))
    return usage(`未知子命令「${action}」，可用：validate、import、export`);
  if (file === undefined) return usage(`catalog ${action} 需要一个文件（.json 或 .xlsx）`);
  if (rest.length > 0) return usage(`多余的参数：${rest.join(' ')}`);
  if (flags.has('--demo') && action !== 'export') return usage('--demo 只能用于 catalog export');
  let maxBytes: number | undefined;
  const maxSize = values.get('--max-size');
  if (maxSize !== undefined) {
    const mb = Number(maxSize);
    if (!Number.isFinite(mb) || mb <= 0) return usage(`--max-size 应为正数（单位 MB），不能是「${maxSize}」`);
    maxBytes = Math.floor(mb * 1024 * 1024);
  }
  const dataDir = values.get('--data-dir');
  return {
    kind: 'catalog',
    action: action as CatalogAction,
    file,
    demo: flags.has('--demo'),
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(maxBytes === undefined ? {} : { maxBytes }),
    by: values.get('--by') ?? 'catalog-cli',
  };
}

function splitOption(arg: string): [string, string | undefined] {
  const at = arg.indexOf('=');
  return at < 0 ? [arg, undefined] : [arg.slice(0, at), arg.slice(at + 1)];
}

function usage(message: string): CliRequest {
  return { kind: 'usage-error', message };
}
