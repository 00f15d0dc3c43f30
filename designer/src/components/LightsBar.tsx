import { useEffect, useState } from 'react';
import { api, currentToken } from '../api';
import { t as tr } from '../i18n/i18n';

interface Board {
  totals: Record<'green' | 'yellow' | 'red' | 'overdue' | 'stopped' | 'done', number>;
}

/**
 * The three lights at the bottom of every window's screen (seed 000): counts of open cases that are
 * green, yellow and red (overdue counted with red), refreshed live whenever a light changes.
 */
export function LightsBar() {
  const [board, setBoard] = useState<Board | null>(null);
  const [live, setLive] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void api<Board>('/api/supervision/board').then(
        (b) => {
          if (!alive) return;
          setBoard(b);
          setFailure(null);
        },
        (error: unknown) => alive && setFailure(error instanceof Error ? error.message : String(error)),
      );
    refresh();
    const token = currentToken();
    const source = new EventSource(
      `/api/supervision/stream${token ? `?access_token=${encodeURIComponent(token)}` : ''}`,
    );
    source.addEventListener('open', () => setLive(true));
    source.addEventListener('error', () => setLive(false));
    source.addEventListener('light', refresh);
    return () => {
      alive = false;
      source.close();
    };
  }, []);
  const t = board?.totals;
  return (
    <footer className="gf-lights" data-testid="lights-bar" aria-live="polite">
      <span className="gf-light gf-light-green" data-light="green">
        {tr('绿灯')} <strong>{t ? t.green : '—'}</strong>
      </span>
      <span className="gf-light gf-light-yellow" data-light="yellow">
        {tr('黄灯')} <strong>{t ? t.yellow : '—'}</strong>
      </span>
      <span className="gf-light gf-light-red" data-light="red">
        {tr('红灯')} <strong>{t ? t.red + t.overdue : '—'}</strong>
        {t && t.overdue > 0 ? <small>{tr('（其中超期 {n}）', { n: t.overdue })}</small> : null}
      </span>
      {t && t.stopped > 0 ? <span className="gf-light-note">{tr('暂停计时 {n}', { n: t.stopped })}</span> : null}
      <span className="gf-light-note">{live ? tr('实时') : tr('连接中…')}</span>
      {failure && (
        <span className="gf-light-note gf-light-failure" role="alert">
          {tr('灯数无法刷新：{reason}', { reason: failure })}
        </span>
      )}
    </footer>
  );
}
