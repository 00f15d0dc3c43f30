import { t } from '../../i18n/i18n';
import { LEVELS, levelName, lightName } from '../../lights';
import type { WorklistFilter } from './worklistTypes';

const FILTER_LIGHTS = ['green', 'yellow', 'red', 'overdue', 'stopped'];

/** The filters above the worklist: light, due before a date, item, level. */
export function WorklistFilters({
  filter,
  items,
  onChange,
}: {
  filter: WorklistFilter;
  items: readonly { code: string; name: string }[];
  onChange(next: WorklistFilter): void;
}) {
  const set = (name: keyof WorklistFilter, value: string) => onChange({ ...filter, [name]: value });
  return (
    <div className="gf-filters" data-testid="worklist-filters">
      <select aria-label={t('灯色')} name="light" value={filter.light} onChange={(e) => set('light', e.target.value)}>
        <option value="">{t('全部灯色')}</option>
        {FILTER_LIGHTS.map((light) => (
          <option key={light} value={light}>
            {lightName(light)}
          </option>
        ))}
      </select>
      <label className="gf-inline">
        {t('期限至')}
        <input
          type="date"
          name="dueBefore"
          value={filter.dueBefore}
          onChange={(e) => set('dueBefore', e.target.value)}
        />
      </label>
      <select
        aria-label={t('事项')}
        name="itemCode"
        value={filter.itemCode}
        onChange={(e) => set('itemCode', e.target.value)}
      >
        <option value="">{t('全部事项')}</option>
        {items.map((item) => (
          <option key={item.code} value={item.code}>
            {item.name}
          </option>
        ))}
      </select>
      <select aria-label={t('层级')} name="level" value={filter.level} onChange={(e) => set('level', e.target.value)}>
        <option value="">{t('全部层级')}</option>
        {LEVELS.map((level) => (
          <option key={level} value={level}>
            {levelName(level)}
          </option>
        ))}
      </select>
    </div>
  );
}
