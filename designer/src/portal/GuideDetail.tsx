import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { useLoad } from '../hooks/useLoad';
import { t } from '../i18n/i18n';
import type { ServiceGuide } from './guideTypes';

/** One item's service guide: the six disclosures (六公开) and where, when and how to apply. */
export function GuideDetail({ code }: { code: string }) {
  const guide = useLoad(() => api<ServiceGuide>(`/api/public/items/${encodeURIComponent(code)}/guide`), code);
  const g = guide.data;
  if (!g)
    return (
      <section>
        {guide.error ? <ErrorNote error={guide.error} /> : <p className="gf-loading">{t('正在加载…')}</p>}
      </section>
    );
  return (
    <article className="gf-guide" data-testid="guide-detail" data-code={g.code}>
      <a href="#/guide">← {t('返回事项列表')}</a>
      <div className="gf-page-head">
        <h2>{g.name}</h2>
        <a href={`/api/public/items/${encodeURIComponent(g.code)}/guide.html`} target="_blank" rel="noreferrer">
          {t('打印办事指南')}
        </a>
        {g.service.onlineDepth >= 2 && (
          <a className="gf-button-link" href={`#/apply/${encodeURIComponent(g.code)}`} data-testid="apply-online">
            {t('网上申请')}
          </a>
        )}
      </div>
      <p className="gf-muted">
        {g.code} · {g.type} · {g.department}（{t('实施机关')}：{g.agency}） · {g.levelText} · {g.caseKind}
      </p>
      <div className="gf-guide-grid">
        <Block title={t('一、设定依据')}>
          <ul>
            {g.basis.map((b, i) => (
              <li key={i}>{b.text}</li>
            ))}
          </ul>
        </Block>
        <Block title={t('二、受理条件')}>
          <ol>
            {g.conditions.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ol>
        </Block>
        <Block title={t('三、办理流程')}>
          <ol className="gf-guide-steps">
            {g.process.steps.map((s) => (
              <li key={s.order}>
                <strong>{s.name}</strong> <span className="gf-muted">{s.limitText}</span>
                {s.parallel ? <span className="gf-muted">（{t('并联')}）</span> : null}
              </li>
            ))}
          </ol>
          <p className="gf-muted">{g.process.totalText}</p>
        </Block>
        <Block title={t('四、办理时限')}>
          <p>
            {t('法定时限')}：{g.limits.statutoryText}
            <br />
            {t('承诺时限')}：<strong>{g.limits.promisedText}</strong>
          </p>
          {g.overtimeDefault && <p className="gf-muted">{g.overtimeDefault.text}</p>}
        </Block>
        <Block title={t('五、收费标准')}>
          <p>{g.fee.text}</p>
          {g.fee.standard && <p className="gf-muted">{g.fee.standard}</p>}
          {g.fee.basis && <p className="gf-muted">{g.fee.basis}</p>}
        </Block>
        <Block title={t('服务信息')}>
          <p className="gf-small">
            {t('服务对象')}：{g.service.objectsText}
            <br />
            {t('办理地点')}：{g.service.place}
            <br />
            {t('办理时间')}：{g.service.hours}
            <br />
            {t('咨询电话')}：{g.service.phone} · {t('投诉电话')}：{g.service.complaintPhone}
            <br />
            {g.service.onlineDepthText} · {g.service.visitsText} · {t('办理结果')}：{g.service.result.name}
          </p>
        </Block>
      </div>
      <Block title={t('六、申请材料')}>
        <table className="gf-table" data-testid="guide-materials">
          <thead>
            <tr>
              <th>{t('序号')}</th>
              <th>{t('材料名称')}</th>
              <th>{t('必要性')}</th>
              <th>{t('原件 / 复印件')}</th>
              <th>{t('形式')}</th>
              <th>{t('来源')}</th>
              <th>{t('受理标准与说明')}</th>
            </tr>
          </thead>
          <tbody>
            {g.materials.map((m) => (
              <tr key={m.order}>
                <td>{m.order}</td>
                <td>{m.name}</td>
                <td>{m.requiredText}</td>
                <td>
                  {m.originals} / {m.copies}
                </td>
                <td>{m.formText}</td>
                <td>{m.source}</td>
                <td className="gf-small">{[m.standard, m.note].filter(Boolean).join('；') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Block>
    </article>
  );
}

function Block({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="gf-guide-block">
      <h3>{title}</h3>
      {children}
    </section>
  );
}
