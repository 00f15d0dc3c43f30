import { t } from '../i18n/i18n';

/**
 * Says 正在加载… while any of a page's requests is unanswered, so what the page shows (and any error next to
 * it) is known to be complete once it has gone.
 */
export function LoadingNote({ loads }: { loads: readonly { readonly loading: boolean }[] }) {
  if (!loads.some((load) => load.loading)) return null;
  return (
    <p className="gf-loading" role="status">
      {t('正在加载…')}
    </p>
  );
}
