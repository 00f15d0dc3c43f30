import type { CatalogService } from '../../services/catalogService.js';

/** How one published version compressed the process against the one before (压缩报告). */
export interface VersionCompression {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly publishedAt: string;
  readonly stepsBefore: number;
  readonly stepsAfter: number;
  readonly criticalDaysBefore: number;
  readonly criticalDaysAfter: number;
  /** Working days the critical path got shorter (negative: longer). */
  readonly daysSaved: number;
  /** Working days the promised limit got shorter. */
  readonly promisedDaysSaved: number;
}

/**
 * The compression of every published version against the one before, oldest first, then (with three or more
 * versions) the first against the latest: Xi'an's "15 steps to 8" as the catalog's own diffs show it.
 */
export async function compressionOf(catalog: CatalogService, itemCode: string): Promise<VersionCompression[]> {
  const versions = await catalog.versions(itemCode);
  const pairs: [number, number, string][] = [];
  for (let i = 1; i < versions.length; i += 1) {
    const before = versions[i - 1];
    const after = versions[i];
    if (before && after) pairs.push([before.item.version, after.item.version, after.publishedAt]);
  }
  const first = versions[0];
  const last = versions.at(-1);
  if (versions.length > 2 && first && last) pairs.push([first.item.version, last.item.version, last.publishedAt]);
  return Promise.all(
    pairs.map(async ([from, to, publishedAt]) => {
      const diff = await catalog.diff(itemCode, from, to);
      return {
        fromVersion: from,
        toVersion: to,
        publishedAt,
        stepsBefore: diff.process.stepsBefore,
        stepsAfter: diff.process.stepsAfter,
        criticalDaysBefore: diff.process.criticalDaysBefore,
        criticalDaysAfter: diff.process.criticalDaysAfter,
        daysSaved: diff.process.daysSaved,
        promisedDaysSaved: diff.promisedDaysSaved,
      };
    }),
  );
}
