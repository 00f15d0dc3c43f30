import { useState } from 'react';
import type { PageProps } from '../../App';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { useVisibleInterval } from '../../hooks/useVisibleInterval';
import { t } from '../../i18n/i18n';
import type { ItemSummary } from '../../types';
import { AcceptedNotice } from './AcceptForm';
import { mayActOn } from './applicationActors';
import { ApplicationList } from './ApplicationList';
import type { AcceptedApplication, ApplicationSummary } from './applicationTypes';
import { ApplicationView } from './ApplicationView';
import { CorrectionForm } from './CorrectionForm';
import { PreReviewActions } from './PreReviewActions';
import './forwarding.css';

const ROUTE = 'prereview';
/** The server pushes nothing about applications: the open queue asks again this often while it is seen. */
const REFRESH_MS = 30_000;

/**
 * 预审 at a window: the queue of applications forwarded to this window's unit or filed online with it; one
 * opens with its form, materials and path, to be accepted (it becomes a case), returned for correction,
 * refused with reasons, or forwarded to the level that handles it — only by whoever acts where it is now.
 * Returned ones are found under 全部申请. The list reloads every 30 s while the page is visible.
 */
export function PreReviewPage({ user, params }: PageProps) {
  const [scope, setScope] = useState<'queue' | 'all'>('queue');
  const [accepted, setAccepted] = useState<AcceptedApplication | null>(null);
  const id = params[0];
  const items = useLoad(() => api<ItemSummary[]>('/api/items'), 'items');
  const list = useLoad(
    () => api<ApplicationSummary[]>(scope === 'queue' ? '/api/applications/queue' : '/api/applications'),
    `${scope}#${id ?? ''}`,
  );
  useVisibleInterval(list.reload, REFRESH_MS, !id);
  const itemNames = new Map((items.data ?? []).map((i) => [i.code, i.name]));
  if (id) {
    return (
      <ApplicationView
        key={id}
        id={id}
        back={ROUTE}
        backLabel={t('预审队列')}
        banner={accepted?.application.id === id && <AcceptedNotice accepted={accepted} />}
        actions={({ application, item, org, done }) => (
          <>
            {application.status === 'pending' && org && mayActOn(user, org, application) && (
              <PreReviewActions
                application={application}
                {...(item ? { item } : {})}
                org={org}
                onAccepted={(reply) => {
                  setAccepted(reply);
                  done();
                }}
                onChanged={done}
              />
            )}
            {application.status === 'pending' && org && !mayActOn(user, org, application) && (
              <section data-testid="held-elsewhere">
                <p className="gf-muted">
                  {t('该申请现由 {place} 办理，本窗口可继续查看其流转记录。', {
                    place: [application.unitName, application.windowName].filter(Boolean).join(' '),
                  })}
                </p>
              </section>
            )}
            {application.status === 'returned' && item && (
              <section>
                <CorrectionForm application={application} item={item} onCorrected={done} />
              </section>
            )}
          </>
        )}
      />
    );
  }
  return (
    <section className="gf-fw-page" data-testid="prereview-queue">
      <div className="gf-page-head">
        <h2>
          {t('预审队列')}
          {scope === 'queue' && list.current && <span className="gf-count">{list.current.length}</span>}
        </h2>
        <select aria-label={t('范围')} value={scope} onChange={(e) => setScope(e.target.value as 'queue' | 'all')}>
          <option value="queue">{t('待预审（报送到本窗口或网上申请）')}</option>
          <option value="all">{t('全部申请（含已退回、已受理）')}</option>
        </select>
        <button type="button" className="gf-secondary" onClick={list.reload}>
          {t('刷新')}
        </button>
        <small className="gf-muted">{t('每 30 秒自动刷新')}</small>
      </div>
      <ErrorNote error={list.error ?? items.error} />
      <ApplicationList
        applications={list.error ? (list.current ?? []) : list.current}
        itemNames={itemNames}
        route={ROUTE}
        empty={scope === 'queue' ? t('没有待预审的申请') : t('没有申请')}
      />
    </section>
  );
}
