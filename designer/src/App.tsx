import { useEffect, useState } from 'react';
import { api, hasToken, setToken } from './api';
import { LightsBar } from './components/LightsBar';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { WorkPage } from './pages/WorkPage';
import type { User } from './types';

/** The app shell: sign-in, then intake and the worklist side by side. */
export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(hasToken());
  const [refresh, setRefresh] = useState(0);
  useEffect(() => {
    if (!hasToken()) return;
    api<User>('/api/auth/me')
      .then(setUser, () => setToken(null))
      .finally(() => setChecking(false));
  }, []);
  if (checking) return <p className="gf-loading">正在加载…</p>;
  if (!user) return <LoginPage onLogin={setUser} />;
  const logout = () => {
    void api('/api/auth/logout', { method: 'POST' }).finally(() => {
      setToken(null);
      setUser(null);
    });
  };
  return (
    <div className="gf-app">
      <header>
        <strong>govflow 政务服务审批平台</strong>
        <span>
          {user.displayName}
          <button onClick={logout}>退出</button>
        </span>
      </header>
      <main>
        <IntakePage onAccepted={() => setRefresh((n) => n + 1)} />
        <WorkPage refresh={refresh} />
      </main>
      <LightsBar />
    </div>
  );
}
