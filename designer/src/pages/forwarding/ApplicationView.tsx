import { useState, type ReactNode } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import type { Organisation } from '../administrator/orgTypes';
import { ApplicationFacts, FormDataList } from './ApplicationFacts';
import { ApplicationMaterials } from './ApplicationMaterials';
import { ApplicationPath } from './ApplicationPath';
import { applicationUrl } from './applicationRequests';
import type { ApplicationDetail } from './applicationTypes';
import './forwarding.css';

/** The item as the catalog serves it, with its level (行使层级) for the forward picker. */
export type ItemWithLevel = ItemDetail & { readonly level?: string };

/** What the page's actions get: the application, its item and the organisation (once loaded), and a reload. */
export interface ApplicationContext {
  readonly application: ApplicationDetail;
  readonly item: ItemWithLevel | undefined;
  readonly org: Organisation | undefined;
  /** Reads the application again after a command changed it. */
  done(): void;
}

/**
 * One application: its status and facts, the form as filled in, the materials with their files, the page's
 * actions for it, and beside them its hash-chained path.
 */
export function ApplicationView({
  id,
  back,
  backLabel,
  banner,
  actions,
}: {
  id: string;
  /** The route of the list it was opened from. */
  back: string;
  backLabel: string;
  banner?: ReactNode;
  actions(context: ApplicationContext): ReactNode;
}) {
  const [round, setRound] = useState(0);
  const detail = useLoad(() => api<ApplicationDetail>(applicationUrl(id)), `${id}#${round}`);
  const a = detail.data;
  const itemCode = a?.itemCode ?? '';
  const item = useLoad(
    () => (itemCode ? api<ItemWithLevel>(`/api/items/${encodeURIComponent(itemCode)}`) : Promise.resolve(undefined)),
    itemCode,
  );
  const org = useLoad(() => api<Organisation>('/api/organisation'), 'org');
  const unitNames = new Map((org.data?.units ?? []).map((u) => [u.id, u.name]));
  const materialNames = new Map((item.data?.materials ?? []).map((m) => [m.id, m.name]));
  return (
    <div className="gf-fw-view" data-testid="application-view">
      <a href={`#/${back}`}>← {backLabel}</a>
      {!a ? (
        detail.error ? (
          <ErrorNote error={detail.error} />
        ) : (
          <p className="gf-loading">{t('正在加载…')}</p>
        )
      ) : (
        <>
          <div className="gf-case-title">
            <h2>{t('申请 {number}', { number: a.number })}</h2>
            <span className={`gf-fw-status gf-fw-status-${a.status}`} data-testid="application-status">
              {t(a.statusText)}
            </span>
            <span className="gf-muted">{item.data?.name ?? a.itemCode}</span>
          </div>
          {banner}
          <ErrorNote error={detail.error ?? item.error ?? org.error} />
          <div className="gf-fw-grid">
            <div className="gf-fw-main">
              <section>
                <ApplicationFacts application={a} {...(item.data ? { item: item.data } : {})} />
                <h3>{t('申请表')}</h3>
                <FormDataList formData={a.formData} {...(item.data ? { item: item.data } : {})} />
                <h3>{t('申请材料')}</h3>
                <ApplicationMaterials application={a} {...(item.data ? { item: item.data } : {})} />
              </section>
              {/* After a command the forms wait for the application read again: none offers what was just done */}
              {detail.current
                ? actions({ application: a, item: item.data, org: org.data, done: () => setRound((n) => n + 1) })
                : !detail.error && <p className="gf-loading">{t('正在加载…')}</p>}
            </div>
            <ApplicationPath application={a} unitNames={unitNames} materialNames={materialNames} />
          </div>
        </>
      )}
    </div>
  );
}
