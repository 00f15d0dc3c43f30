import { useState, type FormEvent } from 'react';
import { api, setToken } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import type { User } from '../types';
import { t } from '../i18n/i18n';
import { LocaleSwitch } from '../i18n/LocaleSwitch';

/** Sign-in with a center account. */
export function LoginPage({ onLogin }: { onLogin: (user: User) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await api<{ token: string; user: User }>('/api/auth/login', {
        method: 'POST',
        body: { username, password },
      });
      setToken(result.token);
      onLogin(result.user);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="gf-login" onSubmit={submit}>
      <h1>{t('govflow 政务服务审批平台')}</h1>
      <label>
        {t('用户名')}
        <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" />
      </label>
      <label>
        {t('密码')}
        <input
          name="password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
        />
      </label>
      <button type="submit">{t('登录')}</button>
      <ErrorNote error={error} />
      <p className="gf-login-foot">
        <a href="/portal.html">{t('公众服务门户（办事指南、进度查询）')}</a>
        <LocaleSwitch className="gf-secondary" />
      </p>
    </form>
  );
}
