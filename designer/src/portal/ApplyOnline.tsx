import { GovForm, type ReceivedMaterials } from '@govflow/forms/react';
import { useState } from 'react';
import { api, ApiFailure } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { useLoad } from '../hooks/useLoad';
import { t } from '../i18n/i18n';
import type { ItemDetail } from '../types';
import { uploadFile } from './portalApi';
import { PortalLogin, useApplicant } from './PortalLogin';

/** What `POST /api/applications/online` answers (the application as its reader shows it). */
interface SubmittedApplication {
  number: string;
  statusText: string;
  unitName?: string;
  windowName?: string;
}

/**
 * Online application (网上申请): signed in as an applicant, fill the item's form, tick and upload the
 * materials (submission waits while a required one is missing), and send it to the receiving window.
 */
export function ApplyOnline({ code }: { code: string }) {
  const applicant = useApplicant();
  const item = useLoad(() => api<ItemDetail>(`/api/items/${encodeURIComponent(code)}`), code);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [received, setReceived] = useState<ReceivedMaterials>({});
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<SubmittedApplication | null>(null);
  // Where several units handle the item, the server names them (400 UNIT_REQUIRED) and the applicant picks one.
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  const [unitId, setUnitId] = useState('');
  const submit = async (data: Record<string, unknown>, materials: ReceivedMaterials) => {
    setError(null);
    try {
      const created = await api<SubmittedApplication>('/api/applications/online', {
        method: 'POST',
        body: {
          itemCode: code,
          ...(unitId ? { unitId } : {}),
          formData: data,
          materials: Object.entries(materials).map(([id, m]) => ({
            id,
            originals: m.originals,
            copies: m.copies,
            ...(m.file?.sha256 ? { form: 'electronic', files: [m.file.sha256] } : {}),
          })),
        },
      });
      setDone(created);
    } catch (failure) {
      const options = failure instanceof ApiFailure ? failure.details['options'] : undefined;
      if (Array.isArray(options)) setUnits(options as { id: string; name: string }[]);
      setError(failure);
    }
  };
  const i = item.data;
  return (
    <section className="gf-apply" data-testid="apply">
      <a href={`#/guide/${encodeURIComponent(code)}`}>← {t('返回办事指南')}</a>
      <h2>
        {t('网上申请')}
        {i ? `：${i.name}` : ''}
      </h2>
      <ErrorNote error={item.error} />
      {applicant.checking ? (
        <p className="gf-loading">{t('正在加载…')}</p>
      ) : !applicant.user ? (
        <PortalLogin onLogin={applicant.signedIn} />
      ) : done ? (
        <p className="gf-success" role="status" data-testid="application-submitted">
          {t('申请已提交，申请编号 {number}，当前状态：{status}。窗口受理后会告知受理编号和查询码。', {
            number: done.number,
            status: done.statusText,
          })}
        </p>
      ) : (
        i && (
          <>
            <p className="gf-muted">
              {t('申请人')}：{applicant.user.displayName}
              <button type="button" className="gf-link-button" onClick={applicant.signOut}>
                {t('退出登录')}
              </button>
            </p>
            {units.length > 0 && (
              <label className="gf-field gf-unit-pick">
                <span>{t('办理单位')}</span>
                <select name="unitId" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                  <option value="">{t('请选择…')}</option>
                  {units.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <ErrorNote error={error} />
            <GovForm<Record<string, unknown>>
              schema={i.form.schema}
              {...(i.form.uiSchema ? { uiSchema: i.form.uiSchema } : {})}
              formData={formData}
              onChange={setFormData}
              materials={i.materials}
              received={received}
              onReceivedChange={setReceived}
              upload={uploadFile}
              submitText={t('提交申请')}
              onSubmit={({ formData: data, materials }) => void submit(data, materials)}
            />
          </>
        )
      )}
    </section>
  );
}
