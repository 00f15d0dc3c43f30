import { formatDeadline, formatInstant } from '../../format';
import { t } from '../../i18n/i18n';
import type { ApplicationDetail } from './applicationTypes';
import { hopDetails } from './hopDetails';

/**
 * The application's path (流转记录), oldest first: every hop with who, where and when, its documents and its
 * place in the hash chain, whether the chain verifies, and each lower level's forwarding limit kept or missed.
 */
export function ApplicationPath({
  application,
  unitNames,
  materialNames,
}: {
  application: ApplicationDetail;
  unitNames: ReadonlyMap<string, string>;
  /** The item's materials by id, to name a returned one. */
  materialNames?: ReadonlyMap<string, string>;
}) {
  const { path, forwarding } = application;
  return (
    <section className="gf-timeline-box gf-fw-path" data-testid="application-path">
      <h3>{t('流转记录')}</h3>
      {application.pathVerified ? (
        <p className="gf-evidence gf-evidence-ok" data-verified="yes">
          {t('流转记录校验通过：{n} 条记录，哈希链完整', { n: path.length })}
        </p>
      ) : (
        <p className="gf-evidence gf-evidence-bad" role="alert" data-verified="no">
          {t('流转记录校验未通过：哈希链在第 {seq} 条记录处断开', { seq: application.pathBrokenAt ?? '?' })}
        </p>
      )}
      {forwarding.map((f) => (
        <p key={f.arrivedSeq} className={f.late ? 'gf-warning' : 'gf-muted gf-small'} data-testid="forwarding-limit">
          {t('{unit} 报送时限 {due}（{n} 个工作日）', {
            unit: unitNames.get(f.unitId) ?? f.unitId,
            due: formatDeadline(f.dueBy),
            n: f.limitDays,
          })}
          ：
          {f.forwardedAt === null
            ? f.late
              ? t('已超过报送时限，尚未报送')
              : t('待报送')
            : f.late
              ? t('逾期报送，用时 {days} 个工作日', { days: f.workingDays })
              : t('已按时报送，用时 {days} 个工作日', { days: f.workingDays })}
        </p>
      ))}
      <ol className="gf-timeline">
        {path.map((hop) => {
          const details = hopDetails(hop, materialNames);
          return (
            <li key={hop.seq} data-action={hop.action}>
              <span className="gf-time">{formatInstant(hop.at)}</span>
              <strong>{t(hop.actionText)}</strong>
              <span className="gf-muted"> {details.place}</span>
              {details.lines.map((line, i) => (
                <div key={i} className="gf-event-text">
                  {line}
                </div>
              ))}
              {details.links.length > 0 && (
                <div className="gf-doc-links gf-small">
                  {details.links.map((link) => (
                    <a key={link.href} href={link.href} {...(link.href.startsWith('#') ? {} : { target: '_blank' })}>
                      {link.label}
                    </a>
                  ))}
                </div>
              )}
              <code className="gf-hash" title={`${t('前一哈希')} ${hop.prevHash}`}>
                #{hop.seq} {hop.hash.slice(0, 16)}…
              </code>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
