import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../../i18n/i18n';
import { parseGroups, type Organisation } from './orgTypes';

/** A table of editable rows with its add button. */
export function RowsTable({
  head,
  children,
  onAdd,
  addLabel,
}: {
  head: string[];
  children: ReactNode;
  onAdd(): void;
  addLabel: string;
}) {
  return (
    <div className="gf-rows">
      <table className="gf-table gf-edit-table">
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      <button type="button" className="gf-secondary" onClick={onAdd}>
        + {addLabel}
      </button>
    </div>
  );
}

/** One editable row, and under it the server's problems with that row. */
export function Row({
  problems,
  cells,
  children,
  kind,
  index,
}: {
  problems: string[];
  cells: number;
  children: ReactNode;
  kind: string;
  index: number;
}) {
  return (
    <>
      <tr className={problems.length > 0 ? 'gf-row-bad' : undefined} data-row={`${kind}-${index}`}>
        {children}
      </tr>
      {problems.length > 0 && (
        <tr className="gf-row-problems" data-problems-for={`${kind}-${index}`}>
          <td colSpan={cells} role="alert">
            {problems.join('；')}
          </td>
        </tr>
      )}
    </>
  );
}

/** A unit picker (an unknown id stays visible so its problem can be fixed). */
export function UnitSelect({
  org,
  value,
  onChange,
}: {
  org: Organisation;
  value: string;
  onChange(next: string): void;
}) {
  return (
    <select aria-label={t('所在单位')} value={value} onChange={(e) => onChange(e.target.value)}>
      {!org.units.some((u) => u.id === value) && <option value={value}>{value || t('请选择…')}</option>}
      {org.units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name || u.id}
        </option>
      ))}
    </select>
  );
}

/** Candidate groups as comma-separated text. */
export function GroupsInput({ value, onChange }: { value: readonly string[]; onChange(next: string[]): void }) {
  const joined = value.join(', ');
  const [text, setText] = useState(joined);
  useEffect(() => {
    // Another row took this place (a row was removed): show its groups, not the typed text.
    setText((typed) => (parseGroups(typed).join(', ') === joined ? typed : joined));
  }, [joined]);
  return (
    <input
      aria-label={t('岗位（逗号分隔）')}
      className="gf-groups-input"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseGroups(e.target.value));
      }}
    />
  );
}

/** Removes a row. */
export function RemoveButton({ onClick }: { onClick(): void }) {
  return (
    <button type="button" className="gf-link-button" onClick={onClick} title={t('删除')}>
      {t('删除')}
    </button>
  );
}
