/** Published-version fixtures: the demo item 失业人员再就业证补办 as a later version would change it. */
import { demoCatalog, type ApprovalItem } from '@govflow/catalog';

/** The renamed review step of `renamedReviewVersion`. */
export const RENAMED_REVIEW = '联合审查';

/**
 * JJ-RS-001 with its review step 审核 renamed 联合审查 and a day shorter (4 → 3): published over
 * version 1, it is version 2, and a case accepted before must still show 审核.
 */
export function renamedReviewVersion(): ApprovalItem {
  const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
  if (!item) throw new Error('demo item JJ-RS-001 is missing');
  const processXml = item.processXml.replace(
    'id="review" name="审核" gov:stepKind="审核" gov:timeLimit="4"',
    `id="review" name="${RENAMED_REVIEW}" gov:stepKind="审核" gov:timeLimit="3"`,
  );
  if (processXml === item.processXml) throw new Error('the demo process no longer has the 审核 step to rename');
  return { ...item, processXml };
}
