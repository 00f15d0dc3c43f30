import { useState, type FormEvent } from 'react';
import { api } from '../api';
import { ErrorNote } from '../components/ErrorNote';
import { fieldErrors } from '../components/fieldErrors';
import { t } from '../i18n/i18n';

/** What a filed complaint answers with (its number to follow it up). */
interface FiledComplaint {
  number?: string;
  id: string;
}

/** A complaint (投诉) from the public: contact details, subject, what happened, whom and which case it is about. */
export function ComplaintForm() {
  const [f, setF] = useState({ name: '', phone: '', subject: '', content: '', about: '', receiptNumber: '' });
  const [error, setError] = useState<unknown>(null);
  const [filed, setFiled] = useState<FiledComplaint | null>(null);
  const errors = fieldErrors(error);
  const set = (name: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [name]: e.target.value });
  const field = (name: keyof typeof f, path: string, label: string, multiline = false, hint?: string) => (
    <label className={errors.has(path) ? 'gf-field gf-field-bad' : 'gf-field'}>
      <span>{label}</span>
      {multiline ? (
        <textarea name={name} rows={4} value={f[name]} onChange={set(name)} />
      ) : (
        <input name={name} value={f[name]} onChange={set(name)} />
      )}
      {errors.has(path) ? (
        <small className="gf-field-error">{errors.get(path)}</small>
      ) : (
        hint && <small className="gf-muted">{hint}</small>
      )}
    </label>
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setFiled(
        await api<FiledComplaint>('/api/public/complaints', {
          method: 'POST',
          body: {
            complainant: { name: f.name.trim(), phone: f.phone.trim() },
            subject: f.subject.trim(),
            content: f.content.trim(),
            ...(f.about.trim() ? { about: f.about.trim() } : {}),
            ...(f.receiptNumber.trim() ? { receiptNumber: f.receiptNumber.trim() } : {}),
          },
        }),
      );
    } catch (failure) {
      setError(failure);
    }
  };
  if (filed) {
    return (
      <section className="gf-portal-narrow">
        <p className="gf-success" role="status" data-testid="complaint-filed">
          {t('投诉已提交（编号 {number}），我们将在 5 个工作日内决定是否受理并告知您。', {
            number: filed.number ?? filed.id,
          })}
        </p>
      </section>
    );
  }
  return (
    <section className="gf-portal-narrow" data-testid="complain">
      <h2>{t('投诉')}</h2>
      <form className="gf-portal-form" onSubmit={(e) => void submit(e)}>
        {field('name', '/complainant/name', t('您的姓名'))}
        {field(
          'phone',
          '/complainant/phone',
          t('联系电话'),
          false,
          t('11 位手机号，或带区号的固定电话，如 028-86650000'),
        )}
        {field('subject', '/subject', t('投诉事由'))}
        {field('content', '/content', t('具体情况'), true)}
        {field('about', '/about', t('被投诉的窗口或人员（选填）'))}
        {field('receiptNumber', '/receiptNumber', t('相关受理编号（选填）'))}
        <ErrorNote error={error} listed={false} />
        <button type="submit">{t('提交投诉')}</button>
      </form>
    </section>
  );
}
