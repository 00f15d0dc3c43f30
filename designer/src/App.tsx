import './App.css';
import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { api, hasToken, setToken } from './api';
import { LightsBar } from './components/LightsBar';
import { LoginPage } from './pages/LoginPage';
import { PERSONA_PAGES } from './pages/personaPages';
import { t } from './i18n/i18n';
import { LocaleSwitch } from './i18n/LocaleSwitch';
import type { User } from './types';

/** What every page of the shell gets: the user, the route's parameters after the page path, and navigation. */
export interface PageProps {
  readonly user: User;
  /** `#/items/JJ-RS-001/process` on the `items` page gives `['JJ-RS-001', 'process']`. */
  readonly params: readonly string[];
  /** Goes to another route, e.g. `navigate('items/JJ-RS-001')`. */
  navigate(path: string): void;
}

/** A page of the app: its route, its place in the navigation and who may open it. */
interface ShellPage {
  readonly path: string;
  readonly title: string;
  readonly section: string;
  readonly roles: readonly string[];
  readonly component: ComponentType<PageProps>;
}

/** A lazily loaded named export: the page's code (and libraries like bpmn-js) load when it is first opened. */
function lazyPage<P extends object>(load: () => Promise<Record<string, unknown>>, name: string): ComponentType<P> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

const WORKERS = ['clerk', 'agent', 'lead', 'administrator'];
/** Where a role lands after signing in when it is not the first page it may see (a village agent registers and forwards). */
const HOME_PAGE: Readonly<Record<string, string>> = { agent: 'forwarding' };
const ADMINS = ['administrator'];

const IntakePage = lazyPage<{ onAccepted(): void }>(() => import('./pages/IntakePage'), 'IntakePage');
const WorkPage = lazyPage<{ refresh: number }>(() => import('./pages/WorkPage'), 'WorkPage');

/** The window's desk: intake beside the worklist (the clerk's default page). */
function ClerkDesk() {
  const [refresh, setRefresh] = useState(0);
  return (
    <div className="gf-desk">
      <IntakePage onAccepted={() => setRefresh((n) => n + 1)} />
      <WorkPage refresh={refresh} />
    </div>
  );
}

/** The pages in navigation order, grouped by section; adding a page is one line here. */
const PAGES: readonly ShellPage[] = [
  { path: 'desk', title: '收件办件', section: '窗口业务', roles: WORKERS, component: ClerkDesk },
  {
    path: 'items',
    title: '事项目录',
    section: '事项管理',
    roles: ADMINS,
    component: lazyPage(() => import('./admin/ItemsPage'), 'ItemsPage'),
  },
  {
    path: 'import',
    title: 'Excel 导入',
    section: '事项管理',
    roles: ADMINS,
    component: lazyPage(() => import('./admin/ImportPage'), 'ImportPage'),
  },
  ...PERSONA_PAGES,
];

const ROLE_NAMES: Record<string, string> = {
  administrator: '中心管理员',
  lead: '首席代表',
  clerk: '窗口人员',
  agent: '代办员',
  supervisor: '监察人员',
  applicant: '申请人',
};

/** The app shell: sign-in, then a header, the role's navigation on the left, the page, and the lights bar. */
export function App() {
  const [user, setUser] = useState<User | null>(null);
  const [checking, setChecking] = useState(hasToken());
  const route = useHashRoute();
  useEffect(() => {
    if (!hasToken()) return;
    api<User>('/api/auth/me')
      .then(setUser, () => setToken(null))
      .finally(() => setChecking(false));
  }, []);
  if (checking) return <p className="gf-loading">{t('正在加载…')}</p>;
  if (!user) return <LoginPage onLogin={setUser} />;
  const logout = () => {
    void api('/api/auth/logout', { method: 'POST' }).finally(() => {
      setToken(null);
      setUser(null);
    });
  };
  const pages = PAGES.filter((p) => p.roles.includes(user.role));
  const page = pages.find((p) => p.path === route[0]) ?? pages.find((p) => p.path === HOME_PAGE[user.role]) ?? pages[0];
  const navigate = (path: string) => {
    window.location.hash = `#/${path}`;
  };
  const sections = [...new Set(pages.map((p) => p.section))];
  const Page = page?.component;
  return (
    <div className="gf-shell">
      <header className="gf-shell-header">
        <strong>{t('govflow 政务服务审批平台')}</strong>
        <span className="gf-shell-user">
          {user.displayName}
          <small>{t(ROLE_NAMES[user.role] ?? user.role)}</small>
          <LocaleSwitch />
          <button type="button" onClick={logout}>
            {t('退出')}
          </button>
        </span>
      </header>
      <div className="gf-shell-body">
        <nav className="gf-nav" aria-label={t('功能导航')}>
          {sections.map((section) => (
            <div key={section} className="gf-nav-section">
              <div className="gf-nav-title">{t(section)}</div>
              {pages
                .filter((p) => p.section === section)
                .map((p) => (
                  <a
                    key={p.path}
                    href={`#/${p.path}`}
                    className={p === page ? 'gf-nav-link gf-nav-active' : 'gf-nav-link'}
                  >
                    {t(p.title)}
                  </a>
                ))}
            </div>
          ))}
        </nav>
        <main className="gf-content">
          <PageBoundary key={page?.path}>
            <Suspense fallback={<p className="gf-loading">{t('正在加载…')}</p>}>
              {Page ? (
                <Page
                  user={user}
                  params={page === pages.find((p) => p.path === route[0]) ? route.slice(1) : []}
                  navigate={navigate}
                />
              ) : (
                <p className="gf-loading">{t('您的账号暂无可用的功能页面。')}</p>
              )}
            </Suspense>
          </PageBoundary>
        </main>
      </div>
      <LightsBar />
    </div>
  );
}

/** The route from the hash: `#/items/JJ-RS-001` → `['items', 'JJ-RS-001']`, kept up to date. */
function useHashRoute(): string[] {
  const read = () => window.location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePart);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A page that fails to load or render says so instead of blanking the app. */
class PageBoundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown): { error: string } {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error) {
      return (
        <p className="gf-error" role="alert">
          {t('页面出错了：{reason}。请刷新页面重试。', { reason: this.state.error })}
        </p>
      );
    }
    return this.props.children;
  }
}
