import { useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { AccountForm } from './AccountForm';
import { BLANK, ROLES, type Account } from './accountTypes';
import type { Organisation } from './orgTypes';

/** Accounts administration: the list, and a form to create or change one (where it works, its posts, its password). */
export function UsersPage() {
  const [round, setRound] = useState(0);
  const users = useLoad(() => api<Account[]>('/api/users'), `users#${round}`);
  const org = useLoad(() => api<Organisation>('/api/organisation'), 'org');
  const [editing, setEditing] = useState<Account | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const names = (id: string | null, list: readonly { id: string; name: string }[] | undefined) =>
    id === null ? '—' : (list?.find((x) => x.id === id)?.name ?? id);
  return (
    <div className="gf-users-grid">
      <section data-testid="users">
        <div className="gf-page-head">
          <h2>{t('用户管理')}</h2>
          <button type="button" onClick={() => setEditing({ ...BLANK })}>
            + {t('新增用户')}
          </button>
        </div>
        {message && (
          <p className="gf-success" role="status">
            {message}
          </p>
        )}
        <ErrorNote error={users.error ?? org.error} />
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('用户名')}</th>
              <th>{t('姓名')}</th>
              <th>{t('角色')}</th>
              <th>{t('单位')}</th>
              <th>{t('部门 / 窗口')}</th>
              <th>{t('岗位')}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((u) => (
              <tr
                key={u.id}
                className={editing?.id === u.id ? 'gf-row-selected' : undefined}
                onClick={() => setEditing({ ...u })}
              >
                <td>
                  <button type="button" className="gf-link-button">
                    {u.username}
                  </button>
                </td>
                <td>{u.displayName}</td>
                <td>{t(ROLES[u.role] ?? u.role)}</td>
                <td>{names(u.unitId, org.data?.units)}</td>
                <td>
                  {u.windowId ? names(u.windowId, org.data?.windows) : names(u.departmentId, org.data?.departments)}
                </td>
                <td className="gf-small">{u.groups.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {editing && (
        <AccountForm
          key={editing.id || 'new'}
          account={editing}
          org={org.data}
          onCancel={() => setEditing(null)}
          onSaved={(saved, created) => {
            setMessage(
              created
                ? t('已创建用户 {name}', { name: saved.username })
                : t('已保存用户 {name}', { name: saved.username }),
            );
            setEditing(null);
            setRound((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
