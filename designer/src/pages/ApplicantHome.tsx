import { t } from '../i18n/i18n';
import { RecentCases } from './clerk/RecentCases';

/** A signed-in applicant's start page: their own cases, and the public portal for everything else. */
export function ApplicantHome() {
  return (
    <div className="gf-applicant-home">
      <section>
        <h2>{t('网上办事')}</h2>
        <p>{t('办事指南、网上申请、办件进度查询、好差评和投诉请到公众服务门户。')}</p>
        <a className="gf-button-link" href="/portal.html">
          {t('进入公众服务门户')}
        </a>
      </section>
      <RecentCases />
    </div>
  );
}
