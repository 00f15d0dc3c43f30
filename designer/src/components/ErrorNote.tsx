import { ApiFailure } from '../api';
import { t } from '../i18n/i18n';

/** Shows an API error in Chinese, with the items it names (missing materials, invalid fields). */
export function ErrorNote({ error, listed = true }: { error: unknown; listed?: boolean }) {
  if (!error) return null;
  const failure = error instanceof ApiFailure ? error : null;
  const message = failure?.message ?? (error instanceof Error ? error.message : String(error));
  const missing = (failure?.details['missing'] as { name: string }[] | undefined) ?? [];
  const fields = listed ? ((failure?.details['errors'] as { path: string; message: string }[] | undefined) ?? []) : [];
  const problems = listed
    ? ((failure?.details['problems'] as { path: string; message: string }[] | undefined) ?? [])
    : [];
  return (
    <div className="gf-error" role="alert">
      <strong>{message}</strong>
      {missing.length > 0 && (
        <ul>
          {missing.map((m) => (
            <li key={m.name}>{t('缺少：{name}', { name: m.name })}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>{p.message}</li>
          ))}
        </ul>
      )}
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f.path}>{t('{where}：{message}', { where: f.path || t('表单'), message: f.message })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
