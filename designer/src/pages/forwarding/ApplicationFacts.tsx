import { formatInstant } from '../../format';
import { t } from '../../i18n/i18n';
import type { ItemDetail } from '../../types';
import type { ApplicationDetail } from './applicationTypes';

/** The application's facts: item, applicant, where it is now, when it arrived, and the case it became. */
export function ApplicationFacts({ application: a, item }: { application: ApplicationDetail; item?: ItemDetail }) {
  return (
    <dl className="gf-facts" data-testid="application-facts">
      <div>
        <dt>{t('办理事项')}</dt>
        <dd>
          {item?.name ?? a.itemCode} <small className="gf-muted">{a.itemCode}</small>
        </dd>
      </div>
      <div>
        <dt>{t('申请人')}</dt>
        <dd>{a.applicantName}</dd>
      </div>
      <div>
        <dt>{t('收件时间')}</dt>
        <dd>{formatInstant(a.receivedAt)}</dd>
      </div>
      <div>
        <dt>{t('当前所在')}</dt>
        <dd data-testid="application-place">
          {a.unitName}
          {a.windowName && <small className="gf-muted"> {a.windowName}</small>}
        </dd>
      </div>
      <div>
        <dt>{t('渠道')}</dt>
        <dd>{a.channel === 'online' ? t('网上申请') : t('窗口收件')}</dd>
      </div>
      <div>
        <dt>{t('受理编号')}</dt>
        <dd>
          {a.caseId && a.receiptNumber ? (
            <a href={`#/cases/${encodeURIComponent(a.caseId)}`}>{a.receiptNumber}</a>
          ) : (
            '—'
          )}
        </dd>
      </div>
    </dl>
  );
}

/** The form as filled in, field by field, with the titles of the item's form. */
export function FormDataList({ formData, item }: { formData: Readonly<Record<string, unknown>>; item?: ItemDetail }) {
  const properties = (item?.form.schema['properties'] ?? {}) as Record<string, { title?: unknown }>;
  const entries = Object.entries(formData).filter(([, value]) => value !== undefined && value !== '');
  return (
    <dl className="gf-facts gf-fw-form-data" data-testid="application-form-data">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{typeof properties[key]?.title === 'string' ? properties[key].title : key}</dt>
          <dd>{shown(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function shown(value: unknown): string {
  if (typeof value === 'boolean') return value ? t('是') : t('否');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name; // an uploaded file's reference
  }
  return JSON.stringify(value);
}
