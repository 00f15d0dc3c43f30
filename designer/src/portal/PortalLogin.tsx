import { useEffect, useState, type FormEvent } from 'react';
import { api, hasToken, setToken } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { t } from '../i18n/i18n';
import type { User } from '../types';

/** The signed-in applicant, checked once; null while signed out. */
export function useApplicant(): { user: User | null; checking: boolean; signedIn(user: User): void; signOut(): void } {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(hasToken());
  useEffect(() => {
    if (!hasToken()) return;
    api<User>('/api/auth/me')
      .then(setUser, () => setToken(null))
      .finally(() => setChecking(false));
  }, []);
  return {
    user,
    checking,
    signedIn: setUser,
    signOut: () => {
      void api('/api/auth/logout', { method: 'POST' }).finally(() => {
        setToken(null);
        setUser(null);
      });
    },
  };
}

/** Sign-in for applicants (网上申请 needs an account); the staff app has its own. */
export function PortalLogin({ onLogin }: { onLogin(user: User): void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const result = await api<{ token: string; user: User }>('/api/auth/login', {
        method: 'POST',
        body: { username, password },
      });
      setToken(result.token);
      onLogin(result.user);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <form className="gf-portal-login" onSubmit={(e) => void submit(e)} data-testid="portal-login">
      <h3>{t('申请人登录')}</h3>
      <p className="gf-muted">{t('网上申请须以申请人账号登录；查询进度、评价和投诉无需登录。')}</p>
      <label className="gf-field">
        <span>{t('用户名')}</span>
        <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
      </label>
      <label className="gf-field">
        <span>{t('密码')}</span>
        <input
          name="password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
        />
      </label>
      <ErrorNote error={error} />
      <button type="submit">{t('登录')}</button>
    </form>
  );
}
