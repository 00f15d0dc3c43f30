import { buildProcessXml, demoCatalog, type ApprovalItem } from '@govflow/catalog';

/** A mutable deep copy of seed 000's item (失业人员再就业证补办), the base the rule tests vary. */
export function baseItem(): ApprovalItem & Record<string, unknown> {
  const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
  if (!item) throw new Error('demo item JJ-RS-001 missing');
  return structuredClone(item) as ApprovalItem & Record<string, unknown>;
}

/** A process of sequential steps with the given day limits (and optional materials on the first). */
export function stepsProcess(days: readonly number[], firstMaterials: readonly string[] = []): string {
  return buildProcessXml({
    id: 'p',
    name: '测试流程',
    itemCode: 'JJ-RS-001',
    promisedDays: days.reduce((a, b) => a + b, 0),
    statutoryDays: 20,
    blocks: days.map((d, i) => ({
      id: `s${i + 1}`,
      name: `环节${i + 1}`,
      days: d,
      groups: 'window',
      ...(i === 0 && firstMaterials.length > 0 ? { materials: firstMaterials } : {}),
    })),
  });
}
