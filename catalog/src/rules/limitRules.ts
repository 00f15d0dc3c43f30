import type { ProcessModel } from '@govflow/engine';
import type { ApprovalItem } from '../item.js';
import type { CatalogSettings } from '../settings.js';
import { itemError, itemWarning, type ItemProblem } from './problem.js';

/** 承诺时限 ≤ 法定时限. */
export function checkPromisedWithinStatutory(item: ApprovalItem): ItemProblem[] {
  if (item.promisedDays <= item.statutoryDays) return [];
  return [
    itemError(
      'PROMISED_EXCEEDS_STATUTORY',
      '/promisedDays',
      `承诺时限 ${item.promisedDays} 天超过法定时限 ${item.statutoryDays} 天`,
      { promisedDays: item.promisedDays, statutoryDays: item.statutoryDays },
    ),
  ];
}

/** The process's critical path must fit inside the promised limit. */
export function checkCriticalPath(item: ApprovalItem, model: ProcessModel): ItemProblem[] {
  const total = model.criticalPath.totalDays;
  if (total <= item.promisedDays) return [];
  return [
    itemError(
      'CRITICAL_PATH_EXCEEDS_PROMISED',
      '/processXml',
      `流程关键路径需要 ${total} 个工作日，超过承诺时限 ${item.promisedDays} 天，请压缩环节时限`,
      { criticalPathDays: total, promisedDays: item.promisedDays, path: model.criticalPath.path },
    ),
  ];
}

/** At most N steps (a center setting; Xi'an uses 8): a warning. */
export function checkStepCount(model: ProcessModel, settings: CatalogSettings): ItemProblem[] {
  const count = model.userSteps.length;
  if (count <= settings.maxSteps) return [];
  return [
    itemWarning('TOO_MANY_STEPS', '/processXml', `流程有 ${count} 个环节，超过本中心建议的 ${settings.maxSteps} 个`, {
      steps: count,
      maxSteps: settings.maxSteps,
    }),
  ];
}

/** A joint item (联办件) respects the statutory 45-day cap for joint handling (+15 only by extension). */
export function checkJointCap(item: ApprovalItem, settings: CatalogSettings): ItemProblem[] {
  if (item.caseKind !== '联办件' || item.statutoryDays <= settings.jointCapDays) return [];
  return [
    itemError(
      'JOINT_LIMIT_EXCEEDS_CAP',
      '/statutoryDays',
      `联办件的办理时限不得超过 ${settings.jointCapDays} 个工作日（经批准可延长 ${settings.jointExtensionDays} 个工作日，另行办理延期）`,
      { statutoryDays: item.statutoryDays, capDays: settings.jointCapDays },
    ),
  ];
}

/** Red must come after yellow: red days-left ≤ yellow days-left. */
export function checkThresholds(item: ApprovalItem): ItemProblem[] {
  const t = item.thresholds;
  if (!t || t.redDaysLeft <= t.yellowDaysLeft) return [];
  return [itemError('THRESHOLDS_ORDER', '/thresholds/redDaysLeft', '红灯剩余天数不能大于黄灯剩余天数', { ...t })];
}
