import { useState, type FormEvent } from 'react';
import { ErrorNote } from '../components/ErrorNote';
import { itemApi } from './itemApi';
import { newItemDraft } from './newItem';
import { t } from '../i18n/i18n';

const CODE = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** Starts a new item: its code, name and department; the draft is saved at once and opened. */
export function NewItemForm(props: { taken(code: string): boolean; onCreated(code: string): void; onCancel(): void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [department, setDepartment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const problem = !CODE.test(code)
    ? t('实施编码须以字母或数字开头，只含字母、数字、点、横线和下划线')
    : props.taken(code)
      ? t('这个实施编码已经存在')
      : !name.trim() || !department.trim()
        ? t('请填写事项名称和主管部门')
        : null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    setBusy(true);
    try {
      await itemApi.save(code, newItemDraft({ code, name: name.trim(), department: department.trim() }), 0);
      props.onCreated(code);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <form className="gf-new-item" onSubmit={submit}>
      <label className="gf-field">
        <span className="gf-field-label">{t('实施编码')}</span>
        <input
          name="newCode"
          value={code}
          placeholder={t('如 JJ-RS-101')}
          onChange={(e) => setCode(e.target.value.trim())}
        />
      </label>
      <label className="gf-field gf-field-wide">
        <span className="gf-field-label">{t('事项名称')}</span>
        <input name="newName" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="gf-field">
        <span className="gf-field-label">{t('主管部门')}</span>
        <input
          name="newDepartment"
          value={department}
          placeholder={t('如 区人力资源和社会保障局')}
          onChange={(e) => setDepartment(e.target.value)}
        />
      </label>
      <div className="gf-new-item-actions">
        <button type="submit" disabled={busy || problem !== null}>
          {t('创建草稿')}
        </button>
        <button type="button" className="gf-secondary" onClick={props.onCancel}>
          {t('取消')}
        </button>
      </div>
      {code && problem && <small className="gf-field-hint">{problem}</small>}
      <ErrorNote error={error} />
    </form>
  );
}
