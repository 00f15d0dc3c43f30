import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import validator from '@rjsf/validator-ajv8';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { BpmnDiagram } from '../components/BpmnDiagram';
import { ErrorNote } from '../components/ErrorNote';
import { MaterialsChecklist } from '../components/MaterialsChecklist';
import type { CaseSummary, ItemDetail, ItemSummary } from '../types';

/** Window intake (收件受理): choose an item, see its process, fill its form, tick the materials, accept. */
export function IntakePage({ onAccepted }: { onAccepted: (created: CaseSummary) => void }) {
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [item, setItem] = useState<ItemDetail | null>(null);
  const [received, setReceived] = useState<string[]>([]);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<unknown>(null);
  const [accepted, setAccepted] = useState<CaseSummary | null>(null);

  useEffect(() => {
    api<ItemSummary[]>('/api/items').then(setItems, setError);
  }, []);

  const choose = async (code: string) => {
    setError(null);
    setAccepted(null);
    setReceived([]);
    setFormData({});
    setItem(
      code
        ? await api<ItemDetail>(`/api/items/${encodeURIComponent(code)}`).catch((e: unknown) => (setError(e), null))
        : null,
    );
  };

  const submit = async (data: Record<string, unknown>) => {
    if (!item) return;
    setError(null);
    try {
      const created = await api<CaseSummary>('/api/cases', {
        method: 'POST',
        body: {
          itemCode: item.code,
          formData: data,
          materials: received,
          applicantName: String(data['applicantName'] ?? ''),
        },
      });
      setAccepted(created);
      setFormData({});
      setReceived([]);
      onAccepted(created);
    } catch (e) {
      setError(e);
    }
  };

  const missing = item?.materials.filter((m) => m.required && !received.includes(m.id)) ?? [];
  return (
    <section className="gf-intake">
      <h2>收件受理</h2>
      <label className="gf-item-select">
        办理事项
        <select name="item" value={item?.code ?? ''} onChange={(e) => void choose(e.target.value)}>
          <option value="">请选择事项…</option>
          {items.map((i) => (
            <option key={i.code} value={i.code}>
              {i.name}（{i.department}，承诺 {i.promisedDays} 个工作日）
            </option>
          ))}
        </select>
      </label>
      {accepted && (
        <p className="gf-success" role="status">
          已受理，受理编号 <strong>{accepted.receiptNumber}</strong>，承诺办结期限 {accepted.promisedDueAt.slice(0, 10)}
        </p>
      )}
      <ErrorNote error={error} />
      {item && (
        <div className="gf-intake-body">
          <div>
            <h3>办理流程（关键路径 {item.criticalPath.totalDays} 个工作日）</h3>
            <BpmnDiagram xml={item.processXml} />
          </div>
          <div>
            <MaterialsChecklist materials={item.materials} received={received} onChange={setReceived} />
            <Form
              schema={item.form.schema as RJSFSchema}
              uiSchema={{
                ...(item.form.uiSchema as UiSchema | undefined),
                'ui:submitButtonOptions': { submitText: '受理', props: { disabled: missing.length > 0 } },
              }}
              formData={formData}
              validator={validator}
              onChange={(e) => setFormData(e.formData as Record<string, unknown>)}
              onSubmit={(e) => void submit(e.formData as Record<string, unknown>)}
              showErrorList={false}
            />
            {missing.length > 0 && (
              <p className="gf-blocked" role="note">
                材料不齐全，不能受理。还缺：{missing.map((m) => m.name).join('、')}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
