/**
 * `@govflow/forms/react` — the browser side of application forms: react-jsonschema-form 6 in a Chinese theme,
 * the materials checklist that blocks submission while a required material is missing, and file uploads that
 * keep only a reference in form data. Validation uses the node entry's vocabulary and Chinese messages.
 *
 * @example
 * ```tsx
 * import { GovForm } from '@govflow/forms/react';
 * <GovForm
 *   schema={item.form.schema}
 *   uiSchema={item.form.uiSchema}
 *   materials={item.materials}
 *   requiredFor={(data) => requiredMaterialIds(item, data)}
 *   upload={(file) => api.upload(file)}
 *   submitText="受理"
 *   onSubmit={({ formData, materials }) => accept(formData, materials)}
 * />;
 * ```
 */
export { GovForm, type GovFormProps, type GovFormSubmission } from './GovForm.js';
export { MaterialsChecklist, type MaterialsChecklistProps } from './MaterialsChecklist.js';
export {
  FileUpload,
  FileUploadWidget,
  type FileUploadProps,
  type GovFormContext,
  type UploadFn,
} from './FileUpload.js';
export {
  assessMaterials,
  missingMaterialsMessage,
  requiredByFlag,
  type MaterialSpec,
  type MaterialsStatus,
  type MissingMaterial,
  type ReceivedMaterial,
  type ReceivedMaterials,
} from './materials.js';
export { checkFile, describeAccept, formatBytes, type ChosenFile, type UploadLimits } from './fileChecks.js';
export { createGovRjsfValidator } from './govValidator.js';
export { translateStringZh, ZH_STRINGS } from './zhStrings.js';
export { GOV_FORM_CSS } from './theme.js';
