import type { Canvas, ElementRegistry, Overlays } from '../services';
import type { LintIssue } from './processLinter';
import { t } from '../../i18n/i18n';

const TYPE = 'gf-lint';

/**
 * Shows lint issues on the canvas: a red or amber outline on each element with problems and a badge
 * with their count whose tooltip lists them. Returns the ids it marked (to clear next time).
 */
export function showIssues(
  canvas: Canvas,
  overlays: Overlays,
  registry: ElementRegistry,
  issues: readonly LintIssue[],
  marked: readonly string[],
): string[] {
  overlays.remove({ type: TYPE });
  for (const id of marked) {
    if (!registry.get(id)) continue;
    canvas.removeMarker(id, 'gf-lint-error');
    canvas.removeMarker(id, 'gf-lint-warning');
  }
  const byElement = new Map<string, LintIssue[]>();
  for (const issue of issues) {
    const element = registry.get(issue.id);
    if (!element || element.type === 'bpmn:Process' || element.type === 'label') continue;
    byElement.set(issue.id, [...(byElement.get(issue.id) ?? []), issue]);
  }
  for (const [id, list] of byElement) {
    const error = list.some((i) => i.severity === 'error');
    canvas.addMarker(id, error ? 'gf-lint-error' : 'gf-lint-warning');
    const badge = document.createElement('div');
    badge.className = `gf-lint-badge ${error ? 'gf-lint-badge-error' : 'gf-lint-badge-warning'}`;
    badge.textContent = String(list.length);
    badge.title = list
      .map((i) =>
        t('{level}：{message}', { level: i.severity === 'error' ? t('错误') : t('提示'), message: i.message }),
      )
      .join('\n');
    badge.dataset['elementId'] = id;
    overlays.add(id, TYPE, { position: { top: -9, right: 9 }, html: badge });
  }
  return [...byElement.keys()];
}
