import { useState, type ReactNode } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { fieldErrors } from '../../components/fieldErrors';
import { t } from '../../i18n/i18n';
import { ROLES, type Account } from './accountTypes';
import { parseGroups, type Organisation } from './orgTypes';

/** The form creating or changing one account; each server message shows under its field. */
export function AccountForm({
  account,
  org,
  onCancel,
  onSaved,
}: {
  account: Account;
  org: Organisation | undefined;
  onCancel(): void;
  onSaved(saved: Account, created: boolean): void;
}) {
  const [a, setA] = useState(account);
  const [groupsText, setGroupsText] = useState(account.groups.join(', '));
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrors(error);
  const creating = account.id === '';
  const save = async () => {
    setBusy(true);
    setError(null);
    const { id: _id, ...rest } = a;
    const body = { ...rest, groups: parseGroups(groupsText), ...(password ? { password } : {}) };
    try {
      const saved = creating
        ? await api<Account>('/api/users', { method: 'POST', body })
        : await api<Account>(`/api/users/${encodeURIComponent(account.id)}`, { method: 'PUT', body });
      onSaved(saved, creating);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const field = (path: string, label: string, control: ReactNode) => (
    <label className={errors.has(path) ? 'gf-field gf-field-bad' : 'gf-field'}>
      <span>{label}</span>
      {control}
      {errors.has(path) && <small className="gf-field-error">{errors.get(path)}</small>}
    </label>
  );
  const inUnit = <T extends { unitId: string }>(list: readonly T[] | undefined) =>
    (list ?? []).filter((x) => !a.unitId || x.unitId === a.unitId);
  return (
    <section className="gf-account-form" data-testid="account-form">
      <h3>{creating ? t('新增用户') : t('编辑用户 {name}', { name: account.username })}</h3>
      {field(
        '/username',
        t('用户名'),
        <input name="username" value={a.username} onChange={(e) => setA({ ...a, username: e.target.value })} />,
      )}
      {field(
        '/displayName',
        t('姓名'),
        <input
          name="displayName"
          value={a.displayName}
          onChange={(e) => setA({ ...a, displayName: e.target.value })}
        />,
      )}
      {field(
        '/role',
        t('角色'),
        <select name="role" value={a.role} onChange={(e) => setA({ ...a, role: e.target.value })}>
          {Object.entries(ROLES).map(([role, name]) => (
            <option key={role} value={role}>
              {t(name)}
            </option>
          ))}
        </select>,
      )}
      {field(
        '/unitId',
        t('单位'),
        <select
          name="unitId"
          value={a.unitId ?? ''}
          onChange={(e) => setA({ ...a, unitId: e.target.value || null, departmentId: null, windowId: null })}
        >
          <option value="">—</option>
          {(org?.units ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        '/departmentId',
        t('部门'),
        <select
          name="departmentId"
          value={a.departmentId ?? ''}
          onChange={(e) => setA({ ...a, departmentId: e.target.value || null })}
        >
          <option value="">—</option>
          {inUnit(org?.departments).map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        '/windowId',
        t('窗口'),
        <select
          name="windowId"
          value={a.windowId ?? ''}
          onChange={(e) => setA({ ...a, windowId: e.target.value || null })}
        >
          <option value="">—</option>
          {inUnit(org?.windows).map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        '/groups',
        t('岗位（逗号分隔）'),
        <input name="groups" value={groupsText} onChange={(e) => setGroupsText(e.target.value)} />,
      )}
      {field(
        '/password',
        creating ? t('初始密码（至少 8 位）') : t('重置密码（留空不改）'),
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />,
      )}
      <ErrorNote error={error} listed={false} />
      <div className="gf-form-buttons">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {busy ? t('保存中…') : t('保存')}
        </button>
        <button type="button" className="gf-secondary" onClick={onCancel}>
          {t('取消')}
        </button>
      </div>
    </section>
  );
}
