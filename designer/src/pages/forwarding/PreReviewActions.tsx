import { useState } from 'react';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import type { Organisation } from '../administrator/orgTypes';
import { AcceptForm } from './AcceptForm';
import type { AcceptedApplication, ApplicationDetail } from './applicationTypes';
import { preReviewChoice } from './applicationActors';
import { ForwardForm } from './ForwardForm';
import { RefuseForm } from './RefuseForm';
import { ReturnForm } from './ReturnForm';

const TABS = [
  { key: 'accept', label: '受理', choice: 'decide' },
  { key: 'return', label: '退回补正', choice: 'decide' },
  { key: 'refuse', label: '不予受理', choice: 'decide' },
  { key: 'forward', label: '报送上级', choice: 'forward' },
] as const;

type TabKey = (typeof TABS)[number]['key'];

/**
 * The window's decisions on a pending application (预审), one at a time. The unit of the item's level decides
 * it: accept, return for correction with the one-time notice, or refuse with reasons; a unit below only
 * forwards it to the level that handles the item (the server refuses the rest, so they are not offered).
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
  const [chosen, setChosen] = useState<TabKey | null>(null);
  if (!item || !org) return <p className="gf-loading">{t('正在加载…')}</p>;
  const choice = preReviewChoice(org, application.unitId, item.level);
  const tabs = TABS.filter((entry) => choice === null || entry.choice === choice);
  const tab = tabs.find((entry) => entry.key === chosen)?.key ?? tabs[0]?.key;
  return (
    <section className="gf-fw-actions" data-testid="prereview-actions">
      <div className="gf-tabs" role="tablist">
        {tabs.map((entry) => (
          <button
            key={entry.key}
            type="button"
            role="tab"
            aria-selected={tab === entry.key}
            className={tab === entry.key ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setChosen(entry.key)}
          >
            {t(entry.label)}
          </button>
        ))}
      </div>
      {choice === 'forward' && (
        <p className="gf-muted gf-small">{t('本单位不是该事项的办理层级，请报送上级单位办理。')}</p>
      )}
      {tab === 'accept' && <AcceptForm application={application} onAccepted={onAccepted} />}
      {tab === 'return' && <ReturnForm application={application} item={item} onReturned={onChanged} />}
      {tab === 'refuse' && <RefuseForm application={application} onRefused={onChanged} />}
      {tab === 'forward' && (
        <ForwardForm
          application={application}
          org={org}
          {...(item.level ? { itemLevel: item.level } : {})}
          onForwarded={onChanged}
        />
      )}
    </section>
  );
}
