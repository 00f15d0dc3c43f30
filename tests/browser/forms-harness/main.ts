// The page the forms browser suite drives: GovForm with the test application (conditional 企业 section,
// materials checklist, file field). It records upload calls and submissions on `window` for the test to read.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { FileReference } from '@govflow/forms';
import { GovForm, type GovFormSubmission, type MaterialSpec } from '@govflow/forms/react';
import {
  APPLICATION_MATERIALS,
  APPLICATION_SCHEMA,
  APPLICATION_UI_SCHEMA,
  requiredMaterials,
} from '../../forms/fixtures.js';

type Data = Record<string, unknown>;

/** What the harness exposes to the test through `window`. */
export interface HarnessRecord {
  uploads: { name: string; size: number; type: string }[];
  submissions: GovFormSubmission<Data>[];
}

declare global {
  interface Window {
    harness: HarnessRecord;
  }
}

window.harness = { uploads: [], submissions: [] };

async function upload(file: File): Promise<FileReference> {
  window.harness.uploads.push({ name: file.name, size: file.size, type: file.type });
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer()); // the fake server hashes what it stores
  const sha256 = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { id: `FILE-${window.harness.uploads.length}`, name: file.name, size: file.size, sha256 };
}

function App() {
  const [formData, setFormData] = useState<Data>({ applicantType: '个人' });
  const [submitted, setSubmitted] = useState<GovFormSubmission<Data> | null>(null);
  return createElement(
    'main',
    null,
    createElement(GovForm<Data>, {
      schema: APPLICATION_SCHEMA,
      uiSchema: APPLICATION_UI_SCHEMA,
      formData,
      onChange: setFormData,
      materials: APPLICATION_MATERIALS as readonly MaterialSpec[],
      requiredFor: requiredMaterials,
      upload,
      submitText: '受理',
      now: new Date('2026-11-21T02:00:00Z'),
      onSubmit: (submission) => {
        window.harness.submissions.push(submission);
        setSubmitted(submission);
      },
    }),
    createElement('pre', { className: 'harness-output', 'data-testid': 'form-data' }, JSON.stringify(formData)),
    submitted && createElement('p', { className: 'harness-submitted', role: 'status' }, '已受理'),
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(createElement(App));
