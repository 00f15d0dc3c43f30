import { useEffect, useState, type ReactNode } from 'react';
import type { ItemProblem } from './adminTypes';
import { t } from '../i18n/i18n';

/** A labelled control with its hint and the problems found at it, in red, right below. */
export function Field(props: {
  label: string;
  problems?: readonly ItemProblem[];
  hint?: string;
  required?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  const problems = props.problems ?? [];
  return (
    <label className={`gf-field${props.wide ? ' gf-field-wide' : ''}${problems.length ? ' gf-field-invalid' : ''}`}>
      <span className="gf-field-label">
        {props.label}
        {props.required && <span className="gf-field-star">*</span>}
      </span>
      {props.children}
      {props.hint && problems.length === 0 && <small className="gf-field-hint">{props.hint}</small>}
      {problems.map((p, i) => (
        <small
          key={`${p.code}-${i}`}
          className={p.severity === 'error' ? 'gf-field-error' : 'gf-field-warning'}
          role="alert"
        >
          {p.message}
        </small>
      ))}
    </label>
  );
}

/** A text input that reports every change. */
export function TextInput(props: { name: string; value: string; onChange(value: string): void; placeholder?: string }) {
  return (
    <input
      name={props.name}
      value={props.value}
      placeholder={props.placeholder}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}

/**
 * A number input that lets the administrator type freely ("0." on the way to "0.5"); it reports NaN
 * while the text is not a number, which validation then names.
 */
export function NumberInput(props: {
  name: string;
  value: number | undefined;
  onChange(value: number): void;
  step?: number;
}) {
  const [text, setText] = useState(numberText(props.value));
  useEffect(() => {
    if (Number(text) !== props.value && !(text.trim() === '' && props.value === undefined))
      setText(numberText(props.value));
    // Only an outside change of the value rewrites the text.
  }, [props.value]);
  return (
    <input
      name={props.name}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        props.onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
      }}
    />
  );
}

function numberText(value: number | undefined): string {
  return value === undefined || Number.isNaN(value) ? '' : String(value);
}

/** A choice from a fixed list. */
export function Select<T extends string | number>(props: {
  name: string;
  value: T | undefined;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  blank?: string;
}) {
  return (
    <select
      name={props.name}
      value={props.value === undefined ? '' : String(props.value)}
      onChange={(e) => {
        const found = props.options.find((o) => String(o.value) === e.target.value);
        if (found) props.onChange(found.value);
      }}
    >
      {props.blank !== undefined && <option value="">{props.blank}</option>}
      {props.options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A list of texts (受理条件 …): one input per line, add and remove. */
export function TextListEditor(props: {
  name: string;
  items: readonly string[];
  onChange(items: string[]): void;
  addLabel: string;
  placeholder?: string;
}) {
  const set = (index: number, value: string) =>
    props.onChange(props.items.map((item, i) => (i === index ? value : item)));
  return (
    <div className="gf-list-editor">
      {props.items.map((item, index) => (
        <div className="gf-list-row" key={index}>
          <span className="gf-list-index">{index + 1}.</span>
          <input
            name={`${props.name}-${index}`}
            value={item}
            placeholder={props.placeholder}
            onChange={(e) => set(index, e.target.value)}
          />
          <button
            type="button"
            className="gf-ghost"
            onClick={() => props.onChange(props.items.filter((_, i) => i !== index))}
          >
            {t('删除')}
          </button>
        </div>
      ))}
      <button type="button" className="gf-ghost gf-add" onClick={() => props.onChange([...props.items, ''])}>
        + {props.addLabel}
      </button>
    </div>
  );
}

/** An object with `key` set to the text, or without it when the text is blank (optional fields must not be empty). */
export function withOptional<T extends object, K extends string>(target: T, key: K, text: string): T {
  const copy = { ...target } as Record<string, unknown>;
  if (text === '') delete copy[key];
  else copy[key] = text;
  return copy as T;
}
