import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { formatInstant } from '../format';
import type { ItemSummary } from '../types';
import type { DraftSummary } from './adminTypes';
import { itemApi } from './itemApi';
import { NewItemForm } from './NewItemForm';
import { t } from '../i18n/i18n';

interface Row {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly limits: string;
  readonly draft: DraftSummary | undefined;
  readonly published: boolean;
}

/** The catalog for administrators: every item and draft, searchable, and a new item started from here. */
export function ItemCatalogPage(props: { onOpen(code: string): void }) {
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    Promise.all([api<ItemSummary[]>('/api/items'), itemApi.drafts()]).then(([i, d]) => {
      setItems(i);
      setDrafts(d);
    }, setError);
  }, []);
  const rows = useMemo(() => {
    const byCode = new Map(drafts.map((d) => [d.code, d]));
    const list: Row[] = items.map((i) => ({
      code: i.code,
      name: i.name,
      department: i.department,
      limits: `${i.promisedDays} / ${i.statutoryDays}`,
      draft: byCode.get(i.code),
      published: true,
    }));
    for (const d of drafts) {
      if (!items.some((i) => i.code === d.code))
        list.unshift({ code: d.code, name: d.name, department: '', limits: '—', draft: d, published: false });
    }
    const text = query.trim();
    return text ? list.filter((r) => [r.code, r.name, r.department].some((f) => f.includes(text))) : list;
  }, [items, drafts, query]);

  return (
    <div className="gf-catalog">
      <div className="gf-page-head">
        <div>
          <h2>{t('事项目录')}</h2>
          <p className="gf-muted">
            {t('共 {items} 个已发布事项，{drafts} 份草稿。点击事项编辑要素、材料、表单和办理流程。', {
              items: items.length,
              drafts: drafts.length,
            })}
          </p>
        </div>
        <div className="gf-page-actions">
          <input
            className="gf-search"
            name="search"
            placeholder={t('按名称、编码或部门搜索')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="button" onClick={() => setCreating((c) => !c)}>
            {t('新建事项')}
          </button>
        </div>
      </div>
      {creating && (
        <NewItemForm
          taken={(code) => items.some((i) => i.code === code) || drafts.some((d) => d.code === code)}
          onCreated={props.onOpen}
          onCancel={() => setCreating(false)}
        />
      )}
      <ErrorNote error={error} />
      <CatalogTable rows={rows} onOpen={props.onOpen} />
    </div>
  );
}

function CatalogTable({ rows, onOpen }: { rows: readonly Row[]; onOpen(code: string): void }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 38,
    overscan: 12,
  });
  return (
    <div className="gf-vtable" data-testid="catalog">
      <div className="gf-vtable-head gf-vtable-row">
        <span>{t('实施编码')}</span>
        <span>{t('事项名称')}</span>
        <span>{t('主管部门')}</span>
        <span>{t('承诺 / 法定')}</span>
        <span>{t('状态')}</span>
      </div>
      <div className="gf-vtable-body" ref={scroller}>
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const row = rows[v.index] as Row;
            return (
              <button
                type="button"
                key={row.code}
                className="gf-vtable-row"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  transform: `translateY(${v.start}px)`,
                  height: v.size,
                }}
                onClick={() => onOpen(row.code)}
                data-code={row.code}
              >
                <code>{row.code}</code>
                <span className="gf-ellipsis">{row.name}</span>
                <span className="gf-ellipsis">{row.department}</span>
                <span>{row.limits}</span>
                <span>
                  {row.published && <span className="gf-pill gf-pill-ok">{t('已发布')}</span>}
                  {row.draft && (
                    <span
                      className="gf-pill gf-pill-draft"
                      title={t('由 {by} 保存于 {at}', { by: row.draft.savedBy, at: formatInstant(row.draft.savedAt) })}
                    >
                      {t('草稿')}
                    </span>
                  )}
                </span>
              </button>
            );
          })}
        </div>
        {rows.length === 0 && <p className="gf-muted gf-pad">{t('没有符合条件的事项。')}</p>}
      </div>
    </div>
  );
}
