import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiFailure } from '../api';
import type { DraftItem, ItemProblem, ItemVerdict } from './adminTypes';
import { itemApi } from './itemApi';
import { withProcessLimits } from './processLimitsXml';
import { t } from '../i18n/i18n';

/** The editor's draft: what is on screen, what is saved, and the last verdict. */
export interface DraftState {
  readonly item: DraftItem | null;
  readonly revision: number;
  readonly baseVersion: number | null;
  readonly source: 'draft' | 'published';
  readonly savedBy: string | null;
  readonly savedAt: string | null;
  readonly dirty: boolean;
  readonly verdict: ItemVerdict | null;
  readonly busy: 'load' | 'save' | 'validate' | 'publish' | null;
  readonly notice: { readonly tone: 'success' | 'info'; readonly text: string } | null;
  readonly error: unknown;
  /** Changes on every (re)load: the process designer is remounted with the loaded XML. */
  readonly loadKey: number;
}

const INITIAL: DraftState = {
  item: null,
  revision: 0,
  baseVersion: null,
  source: 'draft',
  savedBy: null,
  savedAt: null,
  dirty: false,
  verdict: null,
  busy: 'load',
  notice: null,
  error: null,
  loadKey: 0,
};

/**
 * Opens an item's draft (or its latest version) and keeps it: change it, save it over its revision,
 * validate it with the catalog's rules, publish it. Errors stay in `error` with the server's Chinese message.
 */
export function useItemDraft(code: string) {
  const [state, setState] = useState<DraftState>(INITIAL);
  const current = useRef(state);
  current.current = state;

  const load = useCallback(
    async (notice: DraftState['notice'] = null) => {
      setState((s) => ({ ...s, busy: 'load', error: null }));
      try {
        const opened = await itemApi.open(code);
        setState((s) => ({
          ...INITIAL,
          item: opened.item,
          revision: opened.revision,
          baseVersion: opened.baseVersion,
          source: opened.source,
          savedBy: opened.savedBy,
          savedAt: opened.savedAt,
          busy: null,
          notice,
          loadKey: s.loadKey + 1,
        }));
      } catch (error) {
        setState((s) => ({ ...s, busy: null, error }));
      }
    },
    [code],
  );
  useEffect(() => void load(), [load]);

  const change = useCallback((update: (item: DraftItem) => DraftItem) => {
    setState((s) => (s.item ? { ...s, item: update(s.item), dirty: true, notice: null } : s));
  }, []);

  /** The item as it goes to the server: its limits written on its process too (and kept so on screen). */
  const outgoing = useCallback((): DraftItem | null => {
    const item = current.current.item;
    if (!item) return null;
    const synced = withProcessLimits(item);
    if (synced !== item) {
      current.current = { ...current.current, item: synced };
      setState((s) => (s.item === item ? { ...s, item: synced } : s));
    }
    return synced;
  }, []);

  const validate = useCallback(async (): Promise<ItemVerdict | null> => {
    const item = outgoing();
    if (!item) return null;
    setState((s) => ({ ...s, busy: 'validate', error: null }));
    try {
      const verdict = await itemApi.validate(item);
      setState((s) => ({
        ...s,
        busy: null,
        verdict,
        notice: verdict.valid ? { tone: 'success', text: verdictText(verdict) } : null,
      }));
      return verdict;
    } catch (error) {
      setState((s) => ({ ...s, busy: null, error }));
      return null;
    }
  }, [outgoing]);

  const save = useCallback(async () => {
    const item = outgoing();
    const { revision } = current.current;
    if (!item) return;
    setState((s) => ({ ...s, busy: 'save', error: null }));
    try {
      const saved = await itemApi.save(code, item, revision);
      setState((s) => ({
        ...s,
        busy: null,
        revision: saved.revision,
        source: 'draft',
        savedBy: saved.savedBy,
        savedAt: saved.savedAt,
        dirty: s.item !== item,
        notice: { tone: 'success', text: t('草稿已保存（第 {n} 次保存）', { n: saved.revision }) },
      }));
      await validate();
    } catch (error) {
      setState((s) => ({ ...s, busy: null, error }));
    }
  }, [code, validate, outgoing]);

  const publish = useCallback(async () => {
    const item = outgoing();
    const { revision } = current.current;
    if (!item) return;
    setState((s) => ({ ...s, busy: 'publish', error: null }));
    try {
      const publication = await itemApi.publish(item, revision);
      const text = publication.unchanged
        ? t('内容与第 {n} 版相同，未发布新版本', { n: publication.version })
        : t('已发布第 {n} 版，新受理的案件将按此版本办理', { n: publication.version });
      await load({ tone: 'success', text });
    } catch (error) {
      const problems =
        error instanceof ApiFailure ? (error.details['problems'] as ItemProblem[] | undefined) : undefined;
      const warnings =
        error instanceof ApiFailure ? (error.details['warnings'] as ItemProblem[] | undefined) : undefined;
      setState((s) => ({
        ...s,
        busy: null,
        error,
        verdict: problems
          ? {
              valid: false,
              errors: problems,
              warnings: warnings ?? [],
              criticalPath: s.verdict?.criticalPath ?? null,
              steps: [],
            }
          : s.verdict,
      }));
    }
  }, [load, outgoing]);

  return { state, change, save, validate, publish, reload: load };
}

function verdictText(verdict: ItemVerdict): string {
  const path = verdict.criticalPath ? t('，关键路径 {n} 个工作日', { n: verdict.criticalPath.totalDays }) : '';
  const warnings = verdict.warnings.length ? t('，另有 {n} 条提示', { n: verdict.warnings.length }) : '';
  return t('校验通过{path}{warnings}，可以发布', { path, warnings });
}
