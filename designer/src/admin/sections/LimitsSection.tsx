import { CASE_KINDS, type Fee, type OvertimeDefault } from '@govflow/catalog/browser';
import { Field, NumberInput, Select } from '../fields';
import { problemsAt } from '../problems';
import type { SectionProps } from './sectionProps';
import { t } from '../../i18n/i18n';

/** Limits, case kind, light thresholds, overtime-default approval and fees (时限、亮灯、超时默许、收费). */
export function LimitsSection({ item, change, problems }: SectionProps) {
  const at = (pointer: string) => problemsAt(problems, pointer);
  const fee = item.fee;
  const overtime = item.overtimeDefault;
  const setFee = (next: Fee) => change((i) => ({ ...i, fee: next }));
  const setOvertime = (next: OvertimeDefault) => change((i) => ({ ...i, overtimeDefault: next }));
  return (
    <div className="gf-section">
      <h3>{t('办结时限')}</h3>
      <div className="gf-grid">
        <Field label={t('法定时限（天）')} required problems={at('/statutoryDays')} hint={t('法律规定的办结时限')}>
          <NumberInput
            name="statutoryDays"
            value={item.statutoryDays}
            onChange={(statutoryDays) => change((i) => ({ ...i, statutoryDays }))}
          />
        </Field>
        <Field
          label={t('承诺时限（天）')}
          required
          problems={at('/promisedDays')}
          hint={t('不得超过法定时限；流程的关键路径须在其内')}
        >
          <NumberInput
            name="promisedDays"
            value={item.promisedDays}
            onChange={(promisedDays) => change((i) => ({ ...i, promisedDays }))}
          />
        </Field>
        <Field label={t('计时单位')} required problems={at('/timeUnit')}>
          <Select
            name="timeUnit"
            value={item.timeUnit}
            options={[
              { value: 'working', label: t('工作日') },
              { value: 'calendar', label: t('自然日') },
            ]}
            onChange={(timeUnit) => change((i) => ({ ...i, timeUnit }))}
          />
        </Field>
        <Field label={t('办件类型')} required problems={at('/caseKind')}>
          <Select
            name="caseKind"
            value={item.caseKind}
            options={CASE_KINDS.map((k) => ({ value: k, label: t(k) }))}
            onChange={(caseKind) => change((i) => ({ ...i, caseKind }))}
          />
        </Field>
      </div>
      <h3>{t('亮灯阈值')}</h3>
      <label className="gf-check">
        <input
          type="checkbox"
          name="customThresholds"
          checked={item.thresholds !== undefined}
          onChange={(e) =>
            change((i) => {
              if (e.target.checked) return { ...i, thresholds: { yellowDaysLeft: 3, redDaysLeft: 1 } };
              const { thresholds: _dropped, ...rest } = i;
              return rest;
            })
          }
        />
        {t('本事项使用自己的阈值（否则用中心默认：剩余 10 个工作日黄灯、3 个工作日红灯）')}
      </label>
      {item.thresholds && (
        <div className="gf-grid">
          <Field label={t('剩余几天亮黄灯')} problems={at('/thresholds/yellowDaysLeft')}>
            <NumberInput
              name="yellowDaysLeft"
              value={item.thresholds.yellowDaysLeft}
              onChange={(yellowDaysLeft) =>
                change((i) => ({ ...i, thresholds: { redDaysLeft: i.thresholds?.redDaysLeft ?? 0, yellowDaysLeft } }))
              }
            />
          </Field>
          <Field label={t('剩余几天亮红灯')} problems={at('/thresholds/redDaysLeft')}>
            <NumberInput
              name="redDaysLeft"
              value={item.thresholds.redDaysLeft}
              onChange={(redDaysLeft) =>
                change((i) => ({
                  ...i,
                  thresholds: { yellowDaysLeft: i.thresholds?.yellowDaysLeft ?? 0, redDaysLeft },
                }))
              }
            />
          </Field>
        </div>
      )}
      <h3>{t('超时默许')}</h3>
      <label className="gf-check">
        <input
          type="checkbox"
          name="overtimeDefault"
          checked={overtime.enabled}
          onChange={(e) => setOvertime(e.target.checked ? { enabled: true, basis: '' } : { enabled: false })}
        />
        {t('承诺时限内未作决定视为同意（超时默许），证照即时发放，超时仍追责')}
      </label>
      {overtime.enabled && (
        <Field label={t('超时默许依据')} required problems={at('/overtimeDefault')} wide>
          <input
            name="overtimeBasis"
            value={overtime.basis}
            onChange={(e) => setOvertime({ enabled: true, basis: e.target.value })}
          />
        </Field>
      )}
      <h3>{t('收费')}</h3>
      <div className="gf-radio-row">
        <label className="gf-check">
          <input type="radio" name="charged" checked={!fee.charged} onChange={() => setFee({ charged: false })} />{' '}
          {t('不收费')}
        </label>
        <label className="gf-check">
          <input
            type="radio"
            name="charged"
            checked={fee.charged}
            onChange={() => setFee({ charged: true, standard: '', basis: '' })}
          />{' '}
          {t('收费')}
        </label>
      </div>
      {fee.charged && (
        <div className="gf-grid">
          <Field label={t('收费标准')} required problems={at('/fee/standard')} wide>
            <input
              name="feeStandard"
              value={fee.standard}
              onChange={(e) => setFee({ ...fee, standard: e.target.value })}
            />
          </Field>
          <Field label={t('收费依据')} required problems={at('/fee/basis')} wide>
            <input name="feeBasis" value={fee.basis} onChange={(e) => setFee({ ...fee, basis: e.target.value })} />
          </Field>
          <Field label={t('金额（元）')} problems={at('/fee/amountYuan')}>
            <NumberInput
              name="feeAmount"
              value={fee.amountYuan}
              onChange={(amountYuan) => {
                const { amountYuan: _old, ...rest } = fee;
                setFee(Number.isNaN(amountYuan) ? rest : { ...rest, amountYuan });
              }}
            />
          </Field>
        </div>
      )}
      {problemsAt(problems, '/fee')
        .filter((p) => p.path === '/fee')
        .map((p, n) => (
          <small key={n} className="gf-field-error">
            {p.message}
          </small>
        ))}
    </div>
  );
}
