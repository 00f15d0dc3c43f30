import { useEffect, useState } from 'react';
import { t } from '../i18n/i18n';
import { LocaleSwitch } from '../i18n/LocaleSwitch';
import { ApplyOnline } from './ApplyOnline';
import { ComplaintForm } from './ComplaintForm';
import { EvaluationForm } from './EvaluationForm';
import { GuideDetail } from './GuideDetail';
import { GuideSearch } from './GuideSearch';
import { ProgressQueryForm } from './ProgressQueryForm';

const TABS = [
  ['guide', '办事指南'],
  ['progress', '进度查询'],
  ['evaluate', '好差评'],
  ['complain', '投诉'],
] as const;

/**
 * The public portal (公众服务门户), its own page without sign-in for reading: service-guide search with
 * the six disclosures, online application (signed in as an applicant) with uploads, progress query by
 * receipt number and code, evaluation and complaint. It never loads the process diagram library.
 */
export function PortalApp() {
  const route = useHash();
  const [section, code] = route;
  const tab = section === 'apply' ? 'guide' : (section ?? 'guide');
  return (
    <div className="gf-portal">
      <header className="gf-portal-header">
        <div>
          <strong>{t('政务服务 公众服务门户')}</strong>
          <small>{t('成都市锦江区政务服务中心')}</small>
        </div>
        <nav aria-label={t('门户导航')}>
          {TABS.map(([id, label]) => (
            <a
              key={id}
              href={`#/${id}`}
              className={tab === id ? 'gf-portal-tab gf-portal-tab-active' : 'gf-portal-tab'}
            >
              {t(label)}
            </a>
          ))}
          <a className="gf-portal-tab" href="/">
            {t('工作人员登录')}
          </a>
          <LocaleSwitch />
        </nav>
      </header>
      <main className="gf-portal-main">
        {section === 'apply' && code ? (
          <ApplyOnline code={code} />
        ) : tab === 'guide' && code ? (
          <GuideDetail code={code} />
        ) : tab === 'progress' ? (
          <ProgressQueryForm />
        ) : tab === 'evaluate' ? (
          <EvaluationForm />
        ) : tab === 'complain' ? (
          <ComplaintForm />
        ) : (
          <GuideSearch />
        )}
      </main>
      <footer className="gf-portal-footer">{t('政务服务热线 12345 · 本门户不收集与办事无关的个人信息')}</footer>
    </div>
  );
}

/** `#/guide/JJ-RS-001` → `['guide', 'JJ-RS-001']`, kept up to date. */
function useHash(): string[] {
  const read = () =>
    window.location.hash
      .replace(/^#\/?/, '')
      .split('/')
      .filter(Boolean)
      .map((part) => {
        try {
          return decodeURIComponent(part);
        } catch {
          return part;
        }
      });
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => {
      setRoute(read());
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
