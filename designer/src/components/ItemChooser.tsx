import { useState } from 'react';
import { t } from '../i18n/i18n';
import type { ItemSummary } from '../types';
import { ItemSearch, matchesItem } from './ItemSearch';

/**
 * Choosing the item to handle (办理事项), at intake and at a village room's registration: the search box by
 * name or code narrows the list below it (the chosen item stays listed whatever the search).
 */
export function ItemChooser({
  items,
  value,
  onChoose,
  className,
}: {
  items: readonly ItemSummary[];
  value: string;
  onChoose(code: string): void;
  /** The wrapper's class, for a page's own layout. */
  className?: string;
}) {
  const [search, setSearch] = useState('');
  const shown = items.filter((i) => matchesItem(i, search) || i.code === value);
  return (
    <div className={className ?? 'gf-item-chooser'}>
      <ItemSearch value={search} onChange={setSearch} count={shown.length} />
      <label className="gf-item-select">
        {t('办理事项')}
        <select name="item" value={value} onChange={(e) => onChoose(e.target.value)}>
          <option value="">{search ? t('请从 {n} 个匹配事项中选择…', { n: shown.length }) : t('请选择事项…')}</option>
          {shown.map((i) => (
            <option key={i.code} value={i.code}>
              {t('{name}（{department}，承诺 {n} 个工作日）', {
                name: i.name,
                department: i.department,
                n: i.promisedDays,
              })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
