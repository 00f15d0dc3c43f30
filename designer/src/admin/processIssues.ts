import type { LintIssue } from '../modeler/lint/processLinter';
import type { ItemProblem } from './adminTypes';

/** Codes whose problems the designer's live lint already shows (the engine's own rules). */
const ENGINE_CODES = new Set(['PROCESS_INVALID', 'PROCESS_WARNING']);

/** The last verdict's catalog problems about the process (unknown step materials, the critical path) for the canvas. */
export function processIssuesOf(problems: readonly ItemProblem[]): LintIssue[] {
  return problems
    .filter((p) => (p.path === '/processXml' || p.path.startsWith('/processXml#')) && !ENGINE_CODES.has(p.code))
    .map((p) => ({
      id: p.path.split('#')[1] ?? '',
      message: p.message,
      rule: p.code,
      severity: p.severity === 'error' ? 'error' : 'warning',
      source: 'server',
    }));
}
