import { api } from '../../api';
import { ActionForm } from '../../components/ActionForm';
import { t } from '../../i18n/i18n';
import { applicationUrl } from './applicationRequests';
import type { AcceptedApplication, ApplicationDetail } from './applicationTypes';

/**
 * 受理: the application becomes a case at this window. The server refuses while a required material is
 * missing or the form is invalid, naming each under the button.
 */
export function AcceptForm({
  application,
  onAccepted,
}: {
  application: ApplicationDetail;
  onAccepted(accepted: AcceptedApplication): void;
}) {
  const accept = async () => {
    onAccepted(await api<AcceptedApplication>(applicationUrl(application.id, 'accept'), { method: 'POST', body: {} }));
  };
  return (
    <ActionForm name="accept" submit={t('受理')} onSubmit={accept}>
      <p className="gf-muted gf-small gf-fw-wide">{t('受理后即生成案件并开始计时；请先核对申请表和材料。')}</p>
    </ActionForm>
  );
}

/** The acceptance just made: receipt number, deadline, the progress-query code (shown this once), notice and case. */
export function AcceptedNotice({ accepted }: { accepted: AcceptedApplication }) {
  const { case: made, verificationCode } = accepted;
  return (
    <p className="gf-success" role="status" data-testid="accepted-notice">
      {t('已受理，受理编号')} <strong data-testid="receipt-number">{made.receiptNumber}</strong>，{t('承诺办结期限')}{' '}
      {made.promisedDueAt.slice(0, 10)}，{t('查询码')}{' '}
      <strong data-testid="verification-code">{verificationCode}</strong>
      <a
        href={`/api/cases/${encodeURIComponent(made.id)}/documents/acceptance-notice?code=${encodeURIComponent(verificationCode)}`}
        target="_blank"
        rel="noreferrer"
      >
        {t('打印受理通知书')}
      </a>
      <a href={`#/cases/${encodeURIComponent(made.id)}`} data-testid="open-case">
        {t('查看案件')}
      </a>
    </p>
  );
}
