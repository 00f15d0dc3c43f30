import { requiredMaterials, type ApprovalItem } from '@govflow/catalog/browser';
import { GovForm, type ReceivedMaterials } from '@govflow/forms/react';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { BpmnDiagram } from '../components/BpmnDiagram';
import { ErrorNote } from '../components/ErrorNote';
import { ItemChooser } from '../components/ItemChooser';
import { t } from '../i18n/i18n';
import type { CaseSummary, ItemDetail, ItemSummary } from '../types';
import { IntakeDecisionActions } from './applications/IntakeDecisionActions';

/**
 * Window intake (收件受理): choose an item, see its process, fill its generated form and tick the
 * materials received; acceptance stays blocked while a required material is missing.
 */
export function IntakePage({ onAccepted }: { onAccepted: (created: CaseSummary) => void }) {
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [item, setItem] = useState<ItemDetail | null>(null);
  const [received, setReceived] = useState<ReceivedMaterials>({});
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<unknown>(null);
  const [accepted, setAccepted] = useState<(CaseSummary & { verificationCode?: string }) | null>(null);

  useEffect(() => {
    api<ItemSummary[]>('/api/items').then(setItems, setError);
  }, []);

  const choose = async (code: string) => {
    setError(null);
    setAccepted(null);
    setReceived({});
    setFormData({});
    setItem(
      code
        ? await api<ItemDetail>(`/api/items/${encodeURIComponent(code)}`).catch((e: unknown) => (setError(e), null))
        : null,
    );
  };

  const submit = async (data: Record<string, unknown>, materials: ReceivedMaterials) => {
    if (!item) return;
    setError(null);
    try {
      const created = await api<CaseSummary & { verificationCode?: string }>('/api/cases', {
        method: 'POST',
        body: {
          itemCode: item.code,
          formData: data,
          materials: Object.entries(materials).map(([id, m]) => ({ id, originals: m.originals, copies: m.copies })),
          applicantName: String(data['applicantName'] ?? data['companyName'] ?? '申请人'),
        },
      });
      setAccepted(created);
      setFormData({});
      setReceived({});
      onAccepted(created);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="gf-intake">
      <h2>{t('收件受理')}</h2>
      <ItemChooser items={items} value={item?.code ?? ''} onChoose={(code) => void choose(code)} />
      {accepted && (
        <p className="gf-success" role="status">
          {t('已受理，受理编号')} <strong>{accepted.receiptNumber}</strong>，{t('承诺办结期限')}{' '}
          {accepted.promisedDueAt.slice(0, 10)}
          {accepted.verificationCode && (
            <>
              ，{t('查询码')} <strong data-testid="verification-code">{accepted.verificationCode}</strong>
            </>
          )}
          <a
            href={`/api/cases/${encodeURIComponent(accepted.id)}/documents/acceptance-notice${accepted.verificationCode ? `?code=${encodeURIComponent(accepted.verificationCode)}` : ''}`}
            target="_blank"
            rel="noreferrer"
          >
            {t('打印受理通知书')}
          </a>
          <a href={`#/cases/${encodeURIComponent(accepted.id)}`}>{t('查看案件')}</a>
        </p>
      )}
      <ErrorNote error={error} />
      {item && (
        <div className="gf-intake-body">
          <h3>{t('办理流程（关键路径 {n} 个工作日）', { n: item.criticalPath.totalDays })}</h3>
          <BpmnDiagram xml={item.processXml} />
          <GovForm<Record<string, unknown>>
            schema={item.form.schema}
            {...(item.form.uiSchema ? { uiSchema: item.form.uiSchema } : {})}
            formData={formData}
            onChange={(data) => setFormData(data)}
            materials={item.materials}
            requiredFor={(data) => new Set(requiredMaterials(item as unknown as ApprovalItem, data).map((m) => m.id))}
            received={received}
            onReceivedChange={setReceived}
            submitText="受理"
            onSubmit={({ formData: data, materials }) => void submit(data, materials)}
          />
          {requiredMaterials(item as unknown as ApprovalItem, formData).some((m) => !received[m.id]) && (
            <IntakeDecisionActions input={{ itemCode: item.code, formData, received }} />
          )}
        </div>
      )}
    </section>
  );
}
