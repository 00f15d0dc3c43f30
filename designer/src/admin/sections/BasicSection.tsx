import { HANDLING_KINDS, ITEM_LEVELS, ITEM_TYPES, LEVEL_NAMES, type LegalBasis } from '@govflow/catalog/browser';
import { Field, Select, TextInput, TextListEditor, withOptional } from '../fields';
import { problemsAt } from '../problems';
import type { SectionProps } from './sectionProps';
import { t } from '../../i18n/i18n';

/** Identity, legal basis and acceptance conditions (事项基本信息、设定依据、受理条件). */
export function BasicSection({
  item,
  change,
  problems,
  departments,
}: SectionProps & { departments: readonly string[] }) {
  const at = (pointer: string) => problemsAt(problems, pointer);
  const text = (key: 'basicCode' | 'name' | 'department' | 'agency') => (value: string) =>
    change((i) => ({ ...i, [key]: value }));
  const setBasis = (index: number, patch: Partial<LegalBasis>) =>
    change((i) => ({
      ...i,
      basis: i.basis.map((b, n) => {
        if (n !== index) return b;
        const law = patch.law ?? b.law;
        return withOptional({ law }, 'articles', patch.articles ?? b.articles ?? '');
      }),
    }));
  return (
    <div className="gf-section">
      <h3>{t('事项信息')}</h3>
      <div className="gf-grid">
        <Field label={t('事项名称')} required problems={at('/name')} wide>
          <TextInput name="name" value={item.name} onChange={text('name')} />
        </Field>
        <Field label={t('实施编码')} hint={t('创建后不可修改')} problems={at('/code')}>
          <input name="code" value={item.code} readOnly />
        </Field>
        <Field label={t('基本编码')} required problems={at('/basicCode')}>
          <TextInput name="basicCode" value={item.basicCode} onChange={text('basicCode')} />
        </Field>
        <Field label={t('事项类型')} required problems={at('/type')}>
          <Select
            name="type"
            value={item.type}
            options={ITEM_TYPES.map((type) => ({ value: type, label: t(type) }))}
            onChange={(type) => change((i) => ({ ...i, type }))}
          />
        </Field>
        <Field label={t('办理项')} problems={at('/handling')}>
          <Select
            name="handling"
            value={item.handling}
            blank={t('（无）')}
            options={HANDLING_KINDS.map((h) => ({ value: h, label: t(h) }))}
            onChange={(handling) => change((i) => ({ ...i, handling }))}
          />
        </Field>
        <Field label={t('主项编码')} hint={t('子项填写所属主项的实施编码')} problems={at('/parentCode')}>
          <TextInput
            name="parentCode"
            value={item.parentCode ?? ''}
            onChange={(v) => change((i) => withOptional(i, 'parentCode', v.trim()))}
          />
        </Field>
        <Field label={t('主管部门')} required problems={at('/department')}>
          <input
            name="department"
            list="gf-departments"
            value={item.department}
            onChange={(e) => text('department')(e.target.value)}
          />
          <datalist id="gf-departments">
            {departments.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
        </Field>
        <Field label={t('实施机关')} required problems={at('/agency')}>
          <TextInput name="agency" value={item.agency} onChange={text('agency')} />
        </Field>
        <Field label={t('行使层级')} required problems={at('/level')}>
          <Select
            name="level"
            value={item.level}
            options={ITEM_LEVELS.map((l) => ({ value: l, label: t(LEVEL_NAMES[l]) }))}
            onChange={(level) => change((i) => ({ ...i, level }))}
          />
        </Field>
      </div>
      <h3>{t('设定依据')}</h3>
      <div className="gf-basis">
        {item.basis.map((b, index) => (
          <div className="gf-basis-row" key={index}>
            <Field label={t('法律法规 {n}', { n: index + 1 })} required problems={at(`/basis/${index}/law`)}>
              <input
                name={`basis-${index}-law`}
                value={b.law}
                placeholder={t('如《中华人民共和国就业促进法》')}
                onChange={(e) => setBasis(index, { law: e.target.value })}
              />
            </Field>
            <Field label={t('条款')} problems={at(`/basis/${index}/articles`)}>
              <input
                name={`basis-${index}-articles`}
                value={b.articles ?? ''}
                placeholder={t('如 第二十条')}
                onChange={(e) => setBasis(index, { articles: e.target.value })}
              />
            </Field>
            <button
              type="button"
              className="gf-ghost"
              onClick={() => change((i) => ({ ...i, basis: i.basis.filter((_, n) => n !== index) }))}
            >
              {t('删除')}
            </button>
          </div>
        ))}
        {at('/basis')
          .filter((p) => p.path === '/basis')
          .map((p) => (
            <small key={p.code} className="gf-field-error">
              {p.message}
            </small>
          ))}
        <button
          type="button"
          className="gf-ghost gf-add"
          onClick={() => change((i) => ({ ...i, basis: [...i.basis, { law: '' }] }))}
        >
          + {t('添加设定依据')}
        </button>
      </div>
      <h3>{t('受理条件')}</h3>
      <TextListEditor
        name="condition"
        items={item.conditions}
        addLabel={t('添加受理条件')}
        placeholder={t('如 申请人为本区户籍的失业人员')}
        onChange={(conditions) => change((i) => ({ ...i, conditions }))}
      />
      {at('/conditions').map((p, n) => (
        <small key={n} className="gf-field-error">
          {p.message}
        </small>
      ))}
    </div>
  );
}
