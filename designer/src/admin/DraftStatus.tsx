import { formatInstant } from '../format';
import { t } from '../i18n/i18n';

/** Where the draft stands: published, or a draft saved when and from which version, and unsaved edits. */
export function StatusChip(props: {
  source: 'draft' | 'published';
  revision: number;
  baseVersion: number | null;
  savedAt: string | null;
  dirty: boolean;
}) {
  const base = props.baseVersion === null ? t('新事项') : t('基于第 {n} 版', { n: props.baseVersion });
  const saved =
    props.source === 'published' || props.revision === 0
      ? t('已发布第 {n} 版', { n: props.baseVersion ?? '?' })
      : t('草稿（{base}，保存于 {at}）', { base, at: props.savedAt ? formatInstant(props.savedAt) : '—' });
  return (
    <span className="gf-status" data-testid="draft-status">
      {saved}
      {props.dirty && <span className="gf-dirty">· {t('有未保存的修改')}</span>}
    </span>
  );
}
