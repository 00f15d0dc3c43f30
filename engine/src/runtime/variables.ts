import { EngineError } from '../errors.js';

const MAX_DEPTH = 16;
const MAX_JSON_CHARS = 256 * 1024;

/**
 * Checks that command variables are plain JSON data with safe keys, so nothing hostile
 * (prototype keys, operators, functions, cycles, huge blobs) reaches the state.
 */
export function assertPlainVariables(value: unknown, path = 'variables'): asserts value is Record<string, unknown> {
  if (!isPlainObject(value)) throw invalid(path, '应为对象');
  check(value, path, 0);
  if (JSON.stringify(value).length > MAX_JSON_CHARS) throw invalid(path, `过大（上限 ${MAX_JSON_CHARS} 字符）`);
}

function check(value: unknown, path: string, depth: number): void {
  if (depth > MAX_DEPTH) throw invalid(path, `嵌套过深（上限 ${MAX_DEPTH} 层）`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(path, '数值无效');
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => check(item, `${path}[${index}]`, depth + 1));
    return;
  }
  if (!isPlainObject(value)) throw invalid(path, '只能是 JSON 数据');
  for (const [key, child] of Object.entries(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype' || key.startsWith('$')) {
      throw invalid(`${path}.${key}`, '名称不允许使用');
    }
    check(child, `${path}.${key}`, depth + 1);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function invalid(path: string, why: string): EngineError {
  return new EngineError('COMMAND_INVALID', `${path} ${why}`, { path });
}
