import './admin.css';
import { useState } from 'react';
import type { PageProps } from '../App';
import { ErrorNote } from '../components/ErrorNote';
import { ApiFailure } from '../api';
import type { ImportProblem, ImportReport } from './adminTypes';
import { itemApi } from './itemApi';
import { t } from '../i18n/i18n';

/**
 * Excel import (事项导入): check a workbook and see every row error with its sheet, row and column,
 * then publish all its items at once — or none of them when anything is wrong.
 */
export function ImportPage({ navigate }: PageProps) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'check' | 'publish' | null>(null);
  const run = async (publish: boolean) => {
    if (!file) return;
    setBusy(publish ? 'publish' : 'check');
    setError(null);
    try {
      setReport(await itemApi.importXlsx(file, publish));
    } catch (e) {
      const details = e instanceof ApiFailure ? e.details : {};
      if (Array.isArray(details['errors'])) {
        setReport({
          ok: false,
          published: false,
          errors: details['errors'] as ImportProblem[],
          warnings: (details['warnings'] as ImportProblem[]) ?? [],
          items: [],
        });
      }
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="gf-import">
      <div className="gf-page-head">
        <div>
          <h2>{t('Excel 导入事项')}</h2>
          <p className="gf-muted">
            {t(
              '工作簿包含「事项」「材料」「流程」「表单」四张表（可从命令行 govflow catalog export 导出样例）。有任何错误时不会导入任何事项。',
            )}
          </p>
        </div>
      </div>
      <section className="gf-import-pick">
        <label className="gf-file-button">
          {t('选择 Excel 文件')}
          <input
            type="file"
            name="workbook"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
        </label>
        <span className={file ? 'gf-file-name' : 'gf-muted'}>{file ? file.name : t('未选择文件')}</span>
        <button
          type="button"
          className="gf-secondary"
          disabled={!file || busy !== null}
          onClick={() => void run(false)}
        >
          {busy === 'check' ? t('正在检查…') : t('检查')}
        </button>
        <button
          type="button"
          disabled={!file || busy !== null || (report !== null && !report.ok)}
          onClick={() => void run(true)}
        >
          {busy === 'publish' ? t('正在导入…') : t('全部导入并发布')}
        </button>
      </section>
      <ErrorNote error={error instanceof ApiFailure && report ? null : error} />
      {report && <ImportResult report={report} onOpen={(code) => navigate(`items/${encodeURIComponent(code)}`)} />}
    </div>
  );
}

function ImportResult({ report, onOpen }: { report: ImportReport; onOpen(code: string): void }) {
  return (
    <div data-testid="import-report">
      {report.ok ? (
        <p className="gf-success" role="status">
          {report.published
            ? t('已导入并发布：{changed} 个事项有新版本，{same} 个内容未变。', {
                changed: report.items.filter((i) => !i.unchanged).length,
                same: report.items.filter((i) => i.unchanged).length,
              })
            : t('检查通过：{n} 个事项，可以导入。', { n: report.items.length })}
        </p>
      ) : (
        <p className="gf-error" role="alert">
          {t('检查未通过：{n} 个错误，未导入任何事项。请修改工作簿后重新检查。', { n: report.errors.length })}
        </p>
      )}
      {report.errors.length > 0 && <ProblemTable kind="错误" title={t('错误')} problems={report.errors} />}
      {report.warnings.length > 0 && <ProblemTable kind="提示" title={t('提示')} problems={report.warnings} />}
      {report.items.length > 0 && (
        <table className="gf-table">
          <thead>
            <tr>
              <th>{t('实施编码')}</th>
              <th>{t('事项名称')}</th>
              <th>{t('结果')}</th>
            </tr>
          </thead>
          <tbody>
            {report.items.map((i) => (
              <tr key={i.code}>
                <td>
                  <button type="button" className="gf-link" onClick={() => onOpen(i.code)}>
                    {i.code}
                  </button>
                </td>
                <td>{i.name}</td>
                <td>
                  {i.version === null
                    ? t('待导入')
                    : i.unchanged
                      ? t('未变（第 {n} 版）', { n: i.version })
                      : t('第 {n} 版', { n: i.version })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** `kind` names the table for tests (`import-错误`) whatever the language; `title` is what is shown. */
function ProblemTable({ kind, title, problems }: { kind: string; title: string; problems: readonly ImportProblem[] }) {
  return (
    <table className="gf-table gf-import-problems" data-testid={`import-${kind}`}>
      <caption>
        {title}（{problems.length}）
      </caption>
      <thead>
        <tr>
          <th>{t('工作表')}</th>
          <th>{t('行')}</th>
          <th>{t('列')}</th>
          <th>{t('事项')}</th>
          <th>{t('问题')}</th>
          <th>{t('代码')}</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.sheet ?? '—'}</td>
            <td>{p.row ?? '—'}</td>
            <td>{p.field ?? '—'}</td>
            <td>{p.itemCode ?? '—'}</td>
            <td>{p.message}</td>
            <td>
              <code>{p.code}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
