import { useState } from 'react';
import type { PageProps } from '../../App';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import type { ItemSummary } from '../../types';
import { ApplicationList } from './ApplicationList';
import type { ApplicationSummary, RegisteredApplication } from './applicationTypes';
import { ApplicationView } from './ApplicationView';
import { CorrectionForm } from './CorrectionForm';
import { ForwardForm } from './ForwardForm';
import { RegisterApplication } from './RegisterApplication';
import './forwarding.css';

const ROUTE = 'forwarding';

/**
 * 收件报送 of a village agent (代办员) or a town window: register what the applicant brought (form, materials,
 * scans), forward it to the level that handles the item, follow its path and status in one's own list, and
 * correct it when the deciding window returns it with a one-time notice.
 */
export function VillageAgentPage({ user, params, navigate }: PageProps) {
  const [tab, setTab] = useState<'register' | 'mine'>('register');
  const [registered, setRegistered] = useState<RegisteredApplication | null>(null);
  const items = useLoad(() => api<ItemSummary[]>('/api/items'), 'items');
  const mine = useLoad(() => api<ApplicationSummary[]>('/api/applications'), `mine#${params[0] ?? ''}`);
  const itemNames = new Map((items.data ?? []).map((i) => [i.code, i.name]));
  const id = params[0];
  if (id) {
    const missing = registered?.id === id ? registered.completeness.missing : [];
    return (
      <ApplicationView
        key={id}
        id={id}
        back={ROUTE}
        backLabel={t('收件报送')}
        banner={
          registered?.id === id && (
            <p className={missing.length ? 'gf-warning' : 'gf-success'} role="status" data-testid="registered-notice">
              {t('已登记，申请编号 {number}。', { number: registered.number })}
              {missing.length
                ? t('材料尚缺：{names}，报送后由办理窗口一次性告知。', { names: missing.map((m) => m.name).join('、') })
                : t('材料齐全，请报送上级办理。')}
            </p>
          )
        }
        actions={({ application, item, org, done }) => (
          <>
            {application.status === 'pending' && application.unitId === user.unitId && (
              <section data-testid="forward-box">
                <h3>{t('报送上级')}</h3>
                {/* The form picks its unit once, by the item's level: it waits for the item as well as the tree */}
                {org && item ? (
                  <ForwardForm
                    application={application}
                    org={org}
                    {...(item.level ? { itemLevel: item.level } : {})}
                    onForwarded={done}
                  />
                ) : (
                  <p className="gf-loading">{t('正在加载…')}</p>
                )}
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
    <section className="gf-fw-page" data-testid="village-agent">
      <div className="gf-page-head">
        <h2>{t('收件报送')}</h2>
        <div className="gf-tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'register'}
            className={tab === 'register' ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setTab('register')}
          >
            {t('收件登记')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={tab === 'mine'}
            className={tab === 'mine' ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setTab('mine')}
          >
            {t('我的申请')}
            {mine.current && <span className="gf-count">{mine.current.length}</span>}
          </button>
        </div>
      </div>
      <ErrorNote error={items.error} />
      {tab === 'register' ? (
        <RegisterApplication
          items={items.data ?? []}
          onRegistered={(application) => {
            setRegistered(application);
            setTab('mine');
            navigate(`${ROUTE}/${encodeURIComponent(application.id)}`);
          }}
        />
      ) : (
        <>
          <ErrorNote error={mine.error} />
          <ApplicationList
            applications={mine.error ? (mine.current ?? []) : mine.current}
            itemNames={itemNames}
            route={ROUTE}
            empty={t('还没有登记过申请')}
          />
        </>
      )}
    </section>
  );
}
