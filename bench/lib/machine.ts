import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a run was measured on. */
export interface MachineInfo {
  readonly nproc: number;
  readonly node: string;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly bpmnEngineVersion: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line !== undefined) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux: fall back to what node reports
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function packageVersion(name: string): string {
  try {
    const json = JSON.parse(
      readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8'),
    ) as {
      version?: unknown;
    };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Reads nproc, node's version, the CPU model (from /proc/cpuinfo) and total memory. */
export function machineInfo(): MachineInfo {
  return {
    nproc: os.availableParallelism(),
    node: process.version,
    cpuModel: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    bpmnEngineVersion: packageVersion('bpmn-engine'),
  };
}
