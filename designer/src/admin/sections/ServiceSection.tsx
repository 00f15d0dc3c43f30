import { SERVICE_OBJECTS, type ServiceFacts } from '@govflow/catalog/browser';
import { Field, NumberInput, Select, withOptional } from '../fields';
import { problemsAt } from '../problems';
import type { SectionProps } from './sectionProps';
import { t } from '../../i18n/i18n';

const DEPTHS = [
  { value: 0, label: t('0 级：不能网上办理') },
  { value: 1, label: t('1 级：网上咨询、表格下载') },
  { value: 2, label: t('2 级：网上预审') },
  { value: 3, label: t('3 级：网上受理，窗口领证') },
  { value: 4, label: t('4 级：全程网办') },
] as const;

/** Service facts (服务信息): who may apply, where and when, phones, online depth, visits, the result. */
export function ServiceSection({ item, change, problems }: SectionProps) {
  const at = (pointer: string) => problemsAt(problems, pointer);
  const service = item.service;
  const set = (patch: Partial<ServiceFacts>) => change((i) => ({ ...i, service: { ...i.service, ...patch } }));
  return (
    <div className="gf-section">
      <h3>{t('服务对象')}</h3>
      <div className="gf-radio-row">
        {SERVICE_OBJECTS.map((object) => (
          <label className="gf-check" key={object}>
            <input
              type="checkbox"
              name={`object-${object}`}
              checked={service.objects.includes(object)}
              onChange={(e) =>
                set({
                  objects: e.target.checked
                    ? [...service.objects, object]
                    : service.objects.filter((o) => o !== object),
                })
              }
            />
            {t(object)}
          </label>
        ))}
      </div>
      {at('/service/objects').map((p, n) => (
        <small key={n} className="gf-field-error">
          {p.message}
        </small>
      ))}
      <h3>{t('办理地点与联系方式')}</h3>
      <div className="gf-grid">
        <Field label={t('办理地点')} required problems={at('/service/place')} wide>
          <input name="place" value={service.place} onChange={(e) => set({ place: e.target.value })} />
        </Field>
        <Field label={t('办理时间')} required problems={at('/service/hours')}>
          <input name="hours" value={service.hours} onChange={(e) => set({ hours: e.target.value })} />
        </Field>
        <Field label={t('咨询电话')} required problems={at('/service/phone')}>
          <input name="phone" value={service.phone} onChange={(e) => set({ phone: e.target.value })} />
        </Field>
        <Field label={t('投诉电话')} required problems={at('/service/complaintPhone')}>
          <input
            name="complaintPhone"
            value={service.complaintPhone}
            onChange={(e) => set({ complaintPhone: e.target.value })}
          />
        </Field>
        <Field label={t('网办深度')} required problems={at('/service/onlineDepth')}>
          <Select
            name="onlineDepth"
            value={service.onlineDepth}
            options={DEPTHS}
            onChange={(onlineDepth) => set({ onlineDepth })}
          />
        </Field>
        <Field label={t('到现场次数')} required problems={at('/service/visits')} hint={t('0 表示不用到现场')}>
          <NumberInput name="visits" value={service.visits} onChange={(visits) => set({ visits })} />
        </Field>
      </div>
      <h3>{t('审批结果')}</h3>
      <div className="gf-grid">
        <Field label={t('结果名称')} required problems={at('/service/result/name')}>
          <input
            name="resultName"
            value={service.result.name}
            onChange={(e) => set({ result: { ...service.result, name: e.target.value } })}
          />
        </Field>
        <Field label={t('结果类型')} required problems={at('/service/result/type')}>
          <Select
            name="resultType"
            value={service.result.type}
            options={(['证照', '批文', '其他'] as const).map((type) => ({ value: type, label: t(type) }))}
            onChange={(type) => set({ result: { ...service.result, type } })}
          />
        </Field>
        <Field label={t('结果样本')} problems={at('/service/result/sample')}>
          <input
            name="resultSample"
            value={service.result.sample ?? ''}
            onChange={(e) => set({ result: withOptional(service.result, 'sample', e.target.value) })}
          />
        </Field>
      </div>
    </div>
  );
}
