import { formatInstant } from '../format';

/** Where the draft stands: published, or a draft saved when and from which version, and unsaved edits. */
export function StatusChip(props: {
  source: 'draft' | 'published';
  revision: number;
  baseVersion: number | null;
  savedAt: string | null;
  dirty: boolean;
}) {
  const base = props.baseVersion === null ? '新事项' : `基于第 ${props.baseVersion} 版`;
  const saved =
    props.source === 'published' || props.revision === 0
      ? `已发布第 ${props.baseVersion ?? '?'} 版`
      : `草稿（${base}，保存于 ${props.savedAt ? formatInstant(props.savedAt) : '—'}）`;
  return (
    <span className="gf-status" data-testid="draft-status">
      {saved}
      {props.dirty && <span className="gf-dirty">· 有未保存的修改</span>}
    </span>
  );
}
