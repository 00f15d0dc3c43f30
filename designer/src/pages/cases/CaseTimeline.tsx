import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { formatInstant } from '../../format';
import { t } from '../../i18n/i18n';
import type { CaseEventView, CaseEvidenceView } from './caseTypes';
import { eventLabel, eventSummary } from './eventLabels';

/** Events that only repeat what the timeline already says (shown when all events are asked for). */
const QUIET = new Set(['gateway.passed', 'scope.started', 'scope.completed', 'clock.finished']);

/**
 * The case's events, newest first, and the evidence check: whether the hash chain verifies and the
 * stored intake data still agrees with what was recorded (seed 000: "the computer keeps the evidence").
 */
export function CaseTimeline({
  events,
  evidence,
  evidenceError,
  people,
}: {
  events: readonly CaseEventView[];
  evidence: CaseEvidenceView | undefined;
  evidenceError: unknown;
  people: ReadonlyMap<string, string>;
}) {
  const [all, setAll] = useState(false);
  const shown = [...events].reverse().filter((e) => all || !QUIET.has(e.type));
  return (
    <section className="gf-timeline-box">
      <h3>
        {t('办理过程')}
        <label className="gf-inline gf-small">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {t('显示全部事件')}
        </label>
      </h3>
      <EvidenceBadge evidence={evidence} />
      <ErrorNote error={evidenceError} />
      <ol className="gf-timeline" data-testid="timeline">
        {shown.map((event) => (
          <li key={event.seq} data-type={event.type}>
            <span className="gf-time">{formatInstant(event.at)}</span>
            <strong>{eventLabel(event.type)}</strong>
            <span className="gf-muted">{event.by ? ` ${people.get(event.by) ?? event.by}` : ''}</span>
            <div className="gf-event-text">{eventSummary(event)}</div>
            {event.hash && (
              <code className="gf-hash" title={`${t('前一哈希')} ${event.prevHash ?? ''}`}>
                #{event.seq} {event.hash.slice(0, 16)}…
              </code>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function EvidenceBadge({ evidence }: { evidence: CaseEvidenceView | undefined }) {
  if (!evidence) return <p className="gf-muted">{t('正在校验证据链…')}</p>;
  if (evidence.verified) {
    return (
      <p className="gf-evidence gf-evidence-ok" data-testid="evidence" data-verified="yes">
        {t('证据链校验通过：{n} 条记录，{algorithm} 哈希链完整，收件材料与表单未被改动', {
          n: evidence.count,
          algorithm: evidence.algorithm.toUpperCase(),
        })}
      </p>
    );
  }
  const problems: string[] = [];
  if (!evidence.chainVerified)
    problems.push(t('哈希链在第 {seq} 条记录处断开', { seq: evidence.brokenAt?.seq ?? '?' }));
  if (evidence.record.materials === 'mismatch') problems.push(t('收件材料与记录不一致'));
  if (evidence.record.formData === 'mismatch') problems.push(t('申请表单与记录不一致'));
  return (
    <p className="gf-evidence gf-evidence-bad" role="alert" data-testid="evidence" data-verified="no">
      {t('证据链校验未通过')}：{problems.join('；')}
    </p>
  );
}
