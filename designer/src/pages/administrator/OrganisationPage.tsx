import { useEffect, useState } from 'react';
import { api } from '../../api';
import { ErrorNote } from '../../components/ErrorNote';
import { fieldErrors } from '../../components/fieldErrors';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/i18n';
import { DepartmentRows, UnitRows, WindowRows } from './OrgRows';
import type { Organisation } from './orgTypes';

type Tab = 'units' | 'departments' | 'windows';

/**
 * The organisation tree editor (单位 / 部门 / 窗口): edit in place, save the whole tree; the server's
 * validation problems (duplicate ids, unknown parents, wrong level order, a unit still used by an
 * account…) show on the rows they belong to, and nothing is saved until the tree is sound.
 */
export function OrganisationPage() {
  const loaded = useLoad(() => api<Organisation>('/api/organisation'), 'org');
  const [org, setOrg] = useState<Organisation | null>(null);
  const [tab, setTab] = useState<Tab>('units');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.data) setOrg(structuredClone(loaded.data));
  }, [loaded.data]);
  if (!org)
    return (
      <section>
        {loaded.error ? <ErrorNote error={loaded.error} /> : <p className="gf-loading">{t('正在加载…')}</p>}
      </section>
    );
  const errors = fieldErrors(error);
  const change = (next: Organisation) => {
    setOrg(next);
    setSaved(null);
  };
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      setOrg(await api<Organisation>('/api/organisation', { method: 'PUT', body: org }));
      setSaved(t('组织机构已保存'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const count = (prefix: string) => [...errors.keys()].filter((p) => p.startsWith(`/${prefix}`)).length;
  const tabs: [Tab, string][] = [
    ['units', t('单位（{n}）', { n: org.units.length })],
    ['departments', t('部门（{n}）', { n: org.departments.length })],
    ['windows', t('窗口（{n}）', { n: org.windows.length })],
  ];
  return (
    <section className="gf-org" data-testid="organisation-editor">
      <div className="gf-page-head">
        <h2>{t('组织机构')}</h2>
        <button type="button" onClick={() => void save()} disabled={busy} data-testid="save-organisation">
          {busy ? t('保存中…') : t('保存组织机构')}
        </button>
      </div>
      <div className="gf-tabs">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            className={tab === id ? 'gf-tab gf-tab-active' : 'gf-tab'}
            onClick={() => setTab(id)}
          >
            {label}
            {count(id) > 0 && <span className="gf-tab-problems">{count(id)}</span>}
          </button>
        ))}
      </div>
      {saved && (
        <p className="gf-success" role="status">
          {saved}
        </p>
      )}
      <ErrorNote error={error} listed={false} />
      {[...errors]
        .filter(([path]) => /^\/(units|departments|windows)?$/.test(path))
        .map(([path, message]) => (
          <p key={path} className="gf-error">
            {message}
          </p>
        ))}
      {tab === 'units' && <UnitRows org={org} errors={errors} onChange={change} />}
      {tab === 'departments' && <DepartmentRows org={org} errors={errors} onChange={change} />}
      {tab === 'windows' && <WindowRows org={org} errors={errors} onChange={change} />}
    </section>
  );
}
