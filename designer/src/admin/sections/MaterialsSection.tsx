import type { Material } from '@govflow/catalog/browser';
import { Fragment, useState } from 'react';
import { NumberInput, withOptional } from '../fields';
import { problemsAt } from '../problems';
import { MaterialDetails, MaterialProblems, type Optional } from './MaterialDetails';
import type { SectionProps } from './sectionProps';
import { t } from '../../i18n/i18n';

const FORMS = [
  { value: 'paper', label: t('纸质') },
  { value: 'electronic', label: t('电子') },
  { value: 'either', label: t('纸质或电子') },
] as const;
const SOURCES = ['申请人自备', '政府部门核发'] as const;

/** The materials table (申请材料): required or conditional, counts, paper or electronic, source, details. */
export function MaterialsSection({ item, change, problems }: SectionProps) {
  const [open, setOpen] = useState<number | null>(null);
  const at = (index: number, field?: string) => problemsAt(problems, `/materials/${index}${field ? `/${field}` : ''}`);
  const set = (index: number, update: (m: Material) => Material) =>
    change((i) => ({ ...i, materials: i.materials.map((m, n) => (n === index ? update(m) : m)) }));
  const text = (index: number, key: Optional) => (value: string) => set(index, (m) => withOptional(m, key, value));
  const move = (index: number, by: number) =>
    change((i) => {
      const list = [...i.materials];
      const [moved] = list.splice(index, 1);
      if (moved) list.splice(Math.max(0, Math.min(list.length, index + by)), 0, moved);
      return { ...i, materials: list };
    });
  const add = () =>
    change((i) => {
      let n = i.materials.length + 1;
      while (i.materials.some((m) => m.id === `material-${n}`)) n++;
      const material: Material = {
        id: `material-${n}`,
        name: '',
        required: true,
        originals: 1,
        copies: 0,
        form: 'paper',
        source: '申请人自备',
      };
      return { ...i, materials: [...i.materials, material] };
    });
  return (
    <div className="gf-section">
      <table className="gf-materials-table">
        <thead>
          <tr>
            <th style={{ width: 34 }}>#</th>
            <th style={{ width: 130 }}>{t('编号')}</th>
            <th>{t('材料名称')}</th>
            <th style={{ width: 56 }}>{t('必要')}</th>
            <th style={{ width: 170 }}>{t('必要条件（FEEL）')}</th>
            <th style={{ width: 56 }}>{t('原件')}</th>
            <th style={{ width: 56 }}>{t('复印件')}</th>
            <th style={{ width: 110 }}>{t('形式')}</th>
            <th style={{ width: 132 }}>{t('来源')}</th>
            <th style={{ width: 132 }} />
          </tr>
        </thead>
        <tbody>
          {item.materials.map((m, index) => {
            const rowProblems = at(index);
            return (
              <Fragment key={index}>
                <tr className={rowProblems.length ? 'gf-row-invalid' : ''} data-material={m.id}>
                  <td>{index + 1}</td>
                  <td>
                    <input
                      name={`material-${index}-id`}
                      value={m.id}
                      onChange={(e) => set(index, (x) => ({ ...x, id: e.target.value.trim() }))}
                    />
                  </td>
                  <td>
                    <input
                      name={`material-${index}-name`}
                      value={m.name}
                      onChange={(e) => set(index, (x) => ({ ...x, name: e.target.value }))}
                    />
                  </td>
                  <td className="gf-center">
                    <input
                      type="checkbox"
                      name={`material-${index}-required`}
                      checked={m.required}
                      onChange={(e) => set(index, (x) => ({ ...x, required: e.target.checked }))}
                    />
                  </td>
                  <td>
                    <input
                      name={`material-${index}-requiredWhen`}
                      value={m.requiredWhen ?? ''}
                      placeholder={m.required ? t('留空表示总是必要') : '—'}
                      onChange={(e) => text(index, 'requiredWhen')(e.target.value)}
                    />
                  </td>
                  <td>
                    <NumberInput
                      name={`material-${index}-originals`}
                      value={m.originals}
                      onChange={(originals) => set(index, (x) => ({ ...x, originals }))}
                    />
                  </td>
                  <td>
                    <NumberInput
                      name={`material-${index}-copies`}
                      value={m.copies}
                      onChange={(copies) => set(index, (x) => ({ ...x, copies }))}
                    />
                  </td>
                  <td>
                    <select
                      name={`material-${index}-form`}
                      value={m.form}
                      onChange={(e) => set(index, (x) => ({ ...x, form: e.target.value as Material['form'] }))}
                    >
                      {FORMS.map((f) => (
                        <option key={f.value} value={f.value}>
                          {f.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      name={`material-${index}-source`}
                      value={m.source}
                      onChange={(e) => set(index, (x) => ({ ...x, source: e.target.value as Material['source'] }))}
                    >
                      {SOURCES.map((s) => (
                        <option key={s} value={s}>
                          {t(s)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="gf-row-actions">
                    <button
                      type="button"
                      className="gf-ghost"
                      title={t('上移')}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="gf-ghost"
                      title={t('下移')}
                      disabled={index === item.materials.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" className="gf-ghost" onClick={() => setOpen(open === index ? null : index)}>
                      {open === index ? t('收起') : t('详情')}
                    </button>
                    <button
                      type="button"
                      className="gf-ghost gf-danger"
                      onClick={() => change((i) => ({ ...i, materials: i.materials.filter((_, n) => n !== index) }))}
                    >
                      {t('删除')}
                    </button>
                  </td>
                </tr>
                {rowProblems.length > 0 && <MaterialProblems problems={rowProblems} />}
                {open === index && (
                  <MaterialDetails index={index} material={m} onText={(key, value) => text(index, key)(value)} />
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {item.materials.length === 0 && <p className="gf-muted">{t('还没有材料。')}</p>}
      <button type="button" className="gf-ghost gf-add" onClick={add}>
        + {t('添加材料')}
      </button>
      <p className="gf-muted">
        {t('必要条件用 FEEL 表达式写在申请表的数据上，例如 applicantType = "企业"，满足时该材料才必须提交。')}
      </p>
    </div>
  );
}
