import { expect } from 'chai';
import { parseCliArgs } from '../../server/src/cli/args.js';
import type { CliIo } from '../../server/src/cli/catalogCommands.js';
import { runCli } from '../../server/src/cli/runCli.js';

function captureIo(): CliIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return {
    lines,
    out: (line) => lines.out.push(line),
    err: (line) => lines.err.push(line),
    env: {},
    now: () => '2026-11-21T08:00:00.000Z',
  };
}

describe('server / CLI arguments', () => {
  it('given catalog import with options, then the request carries them (MB turned into bytes)', () => {
    expect(
      parseCliArgs(['catalog', 'import', 'a.xlsx', '--max-size=5', '--data-dir', '/tmp/d', '--by', '张三']),
    ).to.deep.equal({
      kind: 'catalog',
      action: 'import',
      file: 'a.xlsx',
      demo: false,
      dataDir: '/tmp/d',
      maxBytes: 5 * 1024 * 1024,
      by: '张三',
    });
    expect(parseCliArgs(['catalog', 'export', '--demo', 'out.json'])).to.include({
      action: 'export',
      demo: true,
      by: 'catalog-cli',
    });
    expect(parseCliArgs(['catalog', 'validate', '--', '--odd-name.json'])).to.include({ file: '--odd-name.json' });
    expect(parseCliArgs(['catalog', '-h'])).to.deep.equal({ kind: 'help' });
  });

  it('given wrong usage, then each case names its reason', () => {
    const reasons: [string[], string][] = [
      [[], '缺少命令'],
      [['server'], '未知命令「server」，目前只有 catalog'],
      [['catalog'], '缺少子命令：validate、import 或 export'],
      [['catalog', 'publish', 'a.json'], '未知子命令「publish」，可用：validate、import、export'],
      [['catalog', 'validate'], 'catalog validate 需要一个文件（.json 或 .xlsx）'],
      [['catalog', 'validate', 'a.json', 'b.json'], '多余的参数：b.json'],
      [['catalog', 'import', '--demo', 'a.json'], '--demo 只能用于 catalog export'],
      [['catalog', 'import', 'a.json', '--max-size', 'abc'], '--max-size 应为正数（单位 MB），不能是「abc」'],
      [['catalog', 'import', 'a.json', '--data-dir'], '选项 --data-dir 需要一个值'],
      [['catalog', 'import', 'a.json', '--force'], '未知选项 --force'],
      [['catalog', 'import', 'a.json', '-f'], '未知选项 -f'],
    ];
    for (const [args, message] of reasons) {
      expect(parseCliArgs(args), args.join(' ')).to.deep.equal({ kind: 'usage-error', message });
    }
  });

  it('given a usage error, when run, then exit code 2 and the help on stderr; given --help, exit code 0 on stdout', async () => {
    const wrong = captureIo();
    expect(await runCli(['catalog', 'frobnicate', 'x.json'], wrong)).to.equal(2);
    expect(wrong.lines.err.join('\n')).to.contain('用法错误：未知子命令「frobnicate」');
    expect(wrong.lines.err.join('\n')).to.contain('退出码：0 成功；1 文件内容有误或无法读写；2 用法错误。');
    const help = captureIo();
    expect(await runCli(['--help'], help)).to.equal(0);
    expect(help.lines.out.join('\n')).to.contain('govflow catalog import <文件>');
  });
});
