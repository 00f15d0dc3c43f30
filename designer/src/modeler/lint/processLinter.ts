import { GOVFLOW_BPMNLINT_CONFIG, govflowBpmnlintCache } from '@govflow/engine';
import Linter from 'bpmnlint/lib/linter';
import StaticResolver from 'bpmnlint/lib/resolver/static-resolver';
import type { ModdleElement } from '../services';
import { locale, t } from '../../i18n/i18n';

/** One problem found in the model, on an element (or on the whole process). */
export interface LintIssue {
  /** The element's id; the process id or '' for problems of the whole model. */
  readonly id: string;
  readonly message: string;
  /** The engine's stable rule id (e.g. `no-outgoing`), or the catalog's code for publication checks. */
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  /** Where it comes from: the live lint, or the last server validation. */
  readonly source: 'lint' | 'server';
}

/** The compiler's message in the chosen language (each report carries the English one too). */
function messageOf(zh: string, en: unknown): string {
  return locale() === 'en' && typeof en === 'string' && en ? en : zh;
}

const linter = new Linter({ resolver: new StaticResolver(govflowBpmnlintCache()), config: GOVFLOW_BPMNLINT_CONFIG });

/**
 * Lints the modeler's live definitions with bpmnlint and govflow's plugin — the compiler's own checks,
 * so what the designer shows is what the server will say.
 */
export async function lintDefinitions(definitions: ModdleElement): Promise<LintIssue[]> {
  const reports = await linter.lint(definitions, GOVFLOW_BPMNLINT_CONFIG);
  return Object.values(reports)
    .flat()
    .map((report) => ({
      id: report.id ?? '',
      message:
        report.category === 'rule-error'
          ? t('检查规则出错：{message}', { message: report.message })
          : messageOf(report.message, report['messageEn']),
      rule: typeof report['rule'] === 'string' ? report['rule'] : 'lint',
      severity: report.category === 'warn' || report.category === 'info' ? ('warning' as const) : ('error' as const),
      source: 'lint' as const,
    }));
}
