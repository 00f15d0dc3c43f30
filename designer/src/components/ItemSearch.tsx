import { t } from '../i18n/i18n';

/** Whether an item matches a search: by name (any part) or by code (any part, case-insensitive). */
export function matchesItem(item: { code: string; name: string; department?: string }, search: string): boolean {
  const query = search.trim().toLowerCase();
  if (!query) return true;
  return (
    item.name.toLowerCase().includes(query) ||
    item.code.toLowerCase().includes(query) ||
    (item.department ?? '').toLowerCase().includes(query)
  );
}

/** The search box over an item list (事项名称或编码). */
export function ItemSearch({
  value,
  onChange,
  count,
}: {
  value: string;
  onChange(next: string): void;
  count?: number;
}) {
  return (
    <label className="gf-search">
      <input
        type="search"
        name="item-search"
        placeholder={t('按事项名称或编码搜索')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {value && count !== undefined && <small>{t('匹配 {n} 项', { n: count })}</small>}
    </label>
  );
}
