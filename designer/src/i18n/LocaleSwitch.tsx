import { locale, setLocale } from './i18n';

/** The 中文 / English switch in a header. */
export function LocaleSwitch({ className = 'gf-locale' }: { className?: string }) {
  const next = locale() === 'en' ? 'zh-CN' : 'en';
  return (
    <button type="button" className={className} data-testid="locale-switch" onClick={() => setLocale(next)}>
      {next === 'en' ? 'English' : '中文'}
    </button>
  );
}
