/** Items and requests for the item-administration suites: a new item built the way the designer builds one. */
import { buildProcessXml, demoCatalog, type ApprovalItem } from '@govflow/catalog';

/** The demo item of seed 000 (再就业证补办), as published at start. */
export function reissueItem(): ApprovalItem {
  const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
  if (!item) throw new Error('demo item JJ-RS-001 is missing');
  return item;
}

/** A new three-step item (受理 → 审查 → 决定), valid as given; override any field to break it. */
export function newItem(overrides: Partial<Record<keyof ApprovalItem, unknown>> = {}): Record<string, unknown> {
  const base = reissueItem();
  const code = typeof overrides.code === 'string' ? overrides.code : 'JJ-TEST-001';
  const processXml = buildProcessXml({
    id: 'Process_test',
    name: '测试事项',
    itemCode: code,
    promisedDays: 10,
    statutoryDays: 20,
    blocks: [
      { id: 'accept', name: '受理', days: 1, groups: 'street-window', kind: '受理', materials: ['id-card'] },
      { id: 'review', name: '审查', days: 5, groups: 'district-labour', kind: '审查' },
      { id: 'decide', name: '决定', days: 2, groups: 'district-labour-lead', kind: '决定', signOff: true },
    ],
  });
  return {
    ...base,
    code,
    basicCode: '000000-TEST',
    version: 1,
    name: '测试事项',
    promisedDays: 10,
    statutoryDays: 20,
    thresholds: { yellowDaysLeft: 3, redDaysLeft: 1 },
    materials: base.materials.filter((m) => m.id === 'id-card'),
    processXml,
    ...overrides,
  };
}
