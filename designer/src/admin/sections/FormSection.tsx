import { requiredMaterials } from '@govflow/catalog/browser';
import { GovForm } from '@govflow/forms/react';
import { useState } from 'react';
import { problemsAt } from '../problems';
import { PreviewBoundary } from './PreviewBoundary';
import type { SectionProps } from './sectionProps';
import { t } from '../../i18n/i18n';

type Part = 'schema' | 'uiSchema';

/**
 * The application form (申请表单): its JSON Schema and uiSchema as text, and beside them a live
 * preview exactly as the window clerk will see it (the same GovForm, with the materials checklist).
 */
export function FormSection({ item, change, problems }: SectionProps) {
  const [texts, setTexts] = useState<Record<Part, string>>(() => ({
    schema: JSON.stringify(item.form.schema, null, 2),
    uiSchema: item.form.uiSchema ? JSON.stringify(item.form.uiSchema, null, 2) : '',
  }));
  const [parseErrors, setParseErrors] = useState<Record<Part, string | null>>({ schema: null, uiSchema: null });
  const [previewData, setPreviewData] = useState<Record<string, unknown>>({});
  const edit = (part: Part, text: string) => {
    setTexts((old) => ({ ...old, [part]: text }));
    if (part === 'uiSchema' && text.trim() === '') {
      setParseErrors((e) => ({ ...e, uiSchema: null }));
      change((i) => ({ ...i, form: { schema: i.form.schema } }));
      return;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(t('应为一个 JSON 对象'));
      setParseErrors((e) => ({ ...e, [part]: null }));
      change((i) => ({ ...i, form: { ...i.form, [part]: parsed as Record<string, unknown> } }));
    } catch (error) {
      setParseErrors((e) => ({
        ...e,
        [part]: t('JSON 格式有误：{reason}', { reason: error instanceof Error ? error.message : String(error) }),
      }));
    }
  };
  const serverProblems = problemsAt(problems, '/form');
  const previewKey = `${JSON.stringify(item.form.schema)}|${JSON.stringify(item.form.uiSchema ?? {})}`;
  return (
    <div className="gf-form-editor">
      <div className="gf-form-sources">
        {(['schema', 'uiSchema'] as const).map((part) => (
          <label className="gf-field gf-code-field" key={part}>
            <span className="gf-field-label">
              {part === 'schema' ? t('JSON Schema（字段与校验）') : t('uiSchema（显示方式，可留空）')}
            </span>
            <textarea
              name={`form-${part}`}
              spellCheck={false}
              value={texts[part]}
              onChange={(e) => edit(part, e.target.value)}
            />
            {parseErrors[part] && (
              <small className="gf-field-error" role="alert">
                {parseErrors[part]}
              </small>
            )}
            {problemsAt(serverProblems, `/form/${part}`).map((p, n) => (
              <small key={n} className="gf-field-error">
                {p.message}
              </small>
            ))}
          </label>
        ))}
      </div>
      <div className="gf-form-preview" data-testid="form-preview">
        <div className="gf-preview-title">{t('窗口人员看到的表单（预览，可试填）')}</div>
        <PreviewBoundary key={previewKey}>
          <GovForm<Record<string, unknown>>
            schema={item.form.schema}
            {...(item.form.uiSchema ? { uiSchema: item.form.uiSchema } : {})}
            formData={previewData}
            onChange={setPreviewData}
            materials={item.materials}
            requiredFor={(data) => new Set(safeRequired(item, data))}
            submitText={t('受理')}
          />
        </PreviewBoundary>
      </div>
    </div>
  );
}

function safeRequired(item: SectionProps['item'], data: Record<string, unknown>): string[] {
  try {
    return requiredMaterials(item, data).map((m) => m.id);
  } catch {
    return item.materials.filter((m) => m.required && m.requiredWhen === undefined).map((m) => m.id);
  }
}
