import { LightDot } from '../../components/LightDot';
import { formatDeadline, formatInstant, STATUS_LABELS } from '../../format';
import { t } from '../../i18n/i18n';
import type { CaseDetail, CaseItem, CaseLightsView } from './caseTypes';
import { STOP_KINDS } from './CaseCommands';

/** The case's key facts: item, applicant, status and light, deadlines, days used, stops, result. */
export function CaseFacts({ detail, item, lights }: { detail: CaseDetail; item?: CaseItem; lights?: CaseLightsView }) {
  const clock = detail.state.clock;
  const stops = clock.stops;
  return (
    <dl className="gf-facts" data-testid="case-facts">
      <div>
        <dt>{t('事项')}</dt>
        <dd>
          {item ? `${item.name}（${item.department}）` : detail.itemCode}{' '}
          <small className="gf-muted" data-testid="case-item-version">
            {t('第 {n} 版', { n: detail.itemVersion })}
          </small>
        </dd>
      </div>
      <div>
        <dt>{t('申请人')}</dt>
        <dd>{detail.applicantName}</dd>
      </div>
      <div>
        <dt>{t('状态')}</dt>
        <dd>
          {t(STATUS_LABELS[detail.status] ?? detail.status)}
          {detail.clock === 'stopped' ? ` · ${t('暂停计时中')}` : ''}
          {lights && (
            <span className="gf-case-light" data-testid="case-light">
              <LightDot light={lights.light} />
              {detail.status === 'running' && ` ${t('剩余 {n} 个工作日', { n: lights.daysLeft })}`}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('受理时间')}</dt>
        <dd>{formatInstant(detail.acceptedAt)}</dd>
      </div>
      <div>
        <dt>{t('承诺期限')}</dt>
        <dd>
          {formatDeadline(detail.promisedDueAt)}（{t('{n} 个工作日', { n: clock.promisedDays })}）
        </dd>
      </div>
      <div>
        <dt>{t('法定期限')}</dt>
        <dd>
          {formatDeadline(clock.legalDueAt)}（{t('{n} 个工作日', { n: clock.statutoryDays })}）
        </dd>
      </div>
      <div>
        <dt>{t('已用')}</dt>
        <dd>
          {t('{n} 个工作日', { n: detail.usedDays })}
          {clock.stoppedDays > 0 ? `，${t('暂停 {n} 个工作日', { n: clock.stoppedDays })}` : ''}
          {clock.extension ? `，${t('延期 {n} 个工作日', { n: clock.extension.days })}` : ''}
        </dd>
      </div>
      {stops.length > 0 && (
        <div>
          <dt>{t('暂停记录')}</dt>
          <dd>
            {stops
              .map(
                (s) =>
                  `${t(STOP_KINDS[s.kind] ?? s.kind)} ${formatInstant(s.from)}${s.to ? ` → ${formatInstant(s.to)}` : ''}`,
              )
              .join('；')}
          </dd>
        </div>
      )}
      {detail.conclusion && (
        <div>
          <dt>{t('办结')}</dt>
          <dd>
            {detail.conclusion.resultLabel ?? detail.conclusion.result}
            {detail.conclusion.certificateNumber ? ` · ${t('证照编号')} ${detail.conclusion.certificateNumber}` : ''}
          </dd>
        </div>
      )}
      {detail.delivery && (
        <div>
          <dt>{t('送达')}</dt>
          <dd>
            {detail.delivery.method} · {detail.delivery.recipient} · {formatInstant(detail.delivery.deliveredAt)}
          </dd>
        </div>
      )}
    </dl>
  );
}
