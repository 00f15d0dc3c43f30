import { createContext, useContext, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { t } from '../i18n/i18n';
import { ApiFailure } from '../api';
import { fieldErrors } from './fieldErrors';

/** The failed request's per-field messages, and the fields of the form that show theirs. */
interface FormErrors {
  readonly byPath: ReadonlyMap<string, string>;
  readonly shown: Set<string>;
}

const Errors = createContext<FormErrors>({ byPath: new Map(), shown: new Set() });

/**
 * A small form for one command: its fields, a submit button that waits for the answer, and the
 * server's error shown where it belongs — each field's message under that field, the rest under the form.
 */
export function ActionForm({
  name,
  submit,
  onSubmit,
  children,
  danger = false,
}: {
  /** `data-action` of the form, for tests and styling. */
  name: string;
  submit: string;
  onSubmit(): Promise<unknown>;
  children?: ReactNode;
  danger?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const shown = useRef(new Set<string>());
  shown.current.clear();
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Errors.Provider value={{ byPath: fieldErrors(error), shown: shown.current }}>
      <form className="gf-action-form" data-action={name} onSubmit={(e) => void send(e)}>
        {children}
        {error ? <FormError message={messageOf(error)} /> : null}
        <div className="gf-form-buttons">
          <button type="submit" disabled={busy} className={danger ? 'gf-danger' : undefined}>
            {busy ? t('提交中…') : submit}
          </button>
        </div>
      </form>
    </Errors.Provider>
  );
}

/**
 * The error under the form, rendered after the fields so it knows what they showed: the server's message
 * (unless a field already says exactly that, as when one field is wrong) and the messages no field showed.
 */
function FormError({ message }: { message: string }) {
  const { byPath, shown } = useContext(Errors);
  const rest = [...byPath].filter(([path]) => !shown.has(path));
  const saidByField = [...byPath].some(([path, text]) => shown.has(path) && text === message);
  return (
    <div className="gf-error" role="alert">
      <strong>{saidByField ? t('请按标出的项目修改后再提交。') : message}</strong>
      {rest.length > 0 ? (
        <ul>
          {rest.map(([path, text]) => (
            <li key={path}>{text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A labelled field inside an action form; with `name`, the server's message about `/name` shows under it. */
export function Field({
  label,
  children,
  hint,
  name,
}: {
  label: string;
  children: ReactNode;
  hint?: string;
  name?: string;
}) {
  const { byPath, shown } = useContext(Errors);
  const message = name === undefined ? undefined : byPath.get(`/${name}`);
  if (name !== undefined) shown.add(`/${name}`);
  return (
    <label className={message ? 'gf-field gf-field-bad' : 'gf-field'}>
      <span>{label}</span>
      {children}
      {message ? (
        <small className="gf-field-error">{message}</small>
      ) : (
        hint && <small className="gf-muted">{hint}</small>
      )}
    </label>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof ApiFailure || error instanceof Error) return error.message;
  return String(error);
}
