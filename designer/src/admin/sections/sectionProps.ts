import type { DraftItem, ItemProblem } from '../adminTypes';

/** What every section of the item editor gets: the item, a way to change it, and the problems found. */
export interface SectionProps {
  readonly item: DraftItem;
  change(update: (item: DraftItem) => DraftItem): void;
  readonly problems: readonly ItemProblem[];
}
