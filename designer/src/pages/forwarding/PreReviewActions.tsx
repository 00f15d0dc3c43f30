import { useState } from 'react';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import type { Organisation } from '../administrator/orgTypes';
import { AcceptForm } from './AcceptForm';
import type { AcceptedApplication, ApplicationDetail } from './applicationTypes';
import { ForwardForm } from './ForwardForm';
import { RefuseForm } from './RefuseForm';
import { ReturnForm } from './ReturnForm';

const TABS = [
  { key: 'accept', label: '受理' },
  { key: 'return', label: '退回补正' },
  { key: 'refuse', label: '不予受理' },
  { key: 'forward', label: '报送上级' },
] as const;

/**
 * The window's decisions on a pending application (预审), one at a time: accept, return for correction with
 * the one-time notice, refuse with reasons, or forward to the level that handles the item.
 */
export function PreReviewActions({
  application,
  item,
  org,
  onAccepted,
  onChanged,
}: {
  application: ApplicationDetail;
  item?: ItemDetail & { level?: string };
  org?: Organisation;
  onAccepted(accepted: AcceptedApplication): void;
  onChanged(application: ApplicationDetail): void;
}) {
  const [tab, setTab] = useState<(typeof TABS)[number]['key']>('accept');
  return (
    <section className="gf-fw-actions" data-testid="prereview-actions">
      <div className="gf-tabs" role="tablist">
        {TABS.map((entry) => (
          <button
            key={entry.key}
            type="button"
            role="tab"
            aria-selected={tab === entry.key}
            className={tab === entry.key ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setTab(entry.key)}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      {tab === 'accept' && <AcceptForm application={application} onAccepted={onAccepted} />}
      {tab === 'return' && <ReturnForm application={application} {...(item ? { item } : {})} onReturned={onChanged} />}
      {tab === 'refuse' && <RefuseForm application={application} onRefused={onChanged} />}
      {tab === 'forward' &&
        (org ? (
          <ForwardForm
            application={application}
            org={org}
            {...(item?.level ? { itemLevel: item.level } : {})}
            onForwarded={onChanged}
          />
        ) : (
          <p className="gf-loading">{t('正在加载…')}</p>
        ))}
    </section>
  );
}
