import Form, { getDefaultRegistry, type IChangeEvent } from '@rjsf/core';
import type { RegistryFieldsType, RegistryWidgetsType, RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { useMemo, useRef, useState } from 'react';
import { createGovRjsfValidator } from './govValidator.js';
import type { UploadLimits } from './fileChecks.js';
import { FileUploadWidget, type GovFormContext, type UploadFn } from './FileUpload.js';
import { MaterialsChecklist } from './MaterialsChecklist.js';
import {
  assessMaterials,
  missingMaterialsMessage,
  requiredByFlag,
  type MaterialSpec,
  type MaterialsStatus,
  type ReceivedMaterials,
} from './materials.js';
import { GOV_FORM_CSS } from './theme.js';
import { translateStringZh } from './zhStrings.js';

/** What {@link GovForm} hands to `onSubmit`: valid form data and the materials received. */
export interface GovFormSubmission<T> {
  readonly formData: T;
  readonly materials: ReceivedMaterials;
}

/** Props of {@link GovForm}. */
export interface GovFormProps<T extends object = Record<string, unknown>> {
  readonly schema: RJSFSchema;
  readonly uiSchema?: UiSchema<T>;
  /** The form data; when given the form is controlled (pass `onChange` too). */
  readonly formData?: T;
  onChange?(formData: T): void;
  /** Called with valid data, and only while no required material is missing. */
  onSubmit?(submission: GovFormSubmission<T>): void;
  /** The item's materials; when given, the checklist is shown and submission waits for completeness. */
  readonly materials?: readonly MaterialSpec[];
  /** Ids of the materials this form data requires (the catalog's FEEL conditions); default: those marked required. */
  readonly requiredFor?: (formData: T) => ReadonlySet<string>;
  /** Materials received; when given, the checklist is controlled (pass `onReceivedChange` too). */
  readonly received?: ReceivedMaterials;
  onReceivedChange?(received: ReceivedMaterials): void;
  /** Told whenever the materials' completeness changes. */
  onMaterialsStatus?(status: MaterialsStatus): void;
  /** Upload service for `FileUploadWidget` fields and electronic materials. */
  readonly upload?: UploadFn;
  /** Limits for electronic materials in the checklist (fields take theirs from `ui:options`). */
  readonly materialUploadLimits?: UploadLimits;
  /** Text of the submit button (default 提交; a window uses 受理). */
  readonly submitText?: string;
  /** The instant "today" is taken from for `minDate` / `maxDate` (China date); default: the system clock. */
  readonly now?: Date;
  readonly disabled?: boolean;
}

const DEFAULT_REGISTRY = getDefaultRegistry();
const WIDGETS: RegistryWidgetsType = {
  'cn-date': DEFAULT_REGISTRY.widgets['DateWidget'] as RegistryWidgetsType[string],
};
const FIELDS: RegistryFieldsType = { FileUploadWidget: FileUploadWidget as RegistryFieldsType[string] };
const NO_MATERIALS: readonly MaterialSpec[] = [];

/**
 * An application form in the Chinese theme: react-jsonschema-form 6 with Chinese strings, Chinese validation
 * messages from the same vocabulary as the server (formats `cn-id-number`, `cn-uscc`, `cn-mobile`, `cn-date`),
 * required marks, if/then sections, file uploads by reference and the materials checklist. The submit button
 * stays disabled, with a Chinese note listing what is missing, while any required material is missing.
 */
export function GovForm<T extends object = Record<string, unknown>>(props: GovFormProps<T>) {
  const { schema, uiSchema, materials = NO_MATERIALS, requiredFor, upload, submitText = '提交', disabled } = props;
  const nowRef = useRef(props.now);
  nowRef.current = props.now;
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const validator = useMemo(
    () =>
      createGovRjsfValidator<T>(
        () => nowRef.current ?? new Date(),
        () => schemaRef.current,
      ),
    [],
  );
  const [ownData, setOwnData] = useState<T>(() => props.formData ?? ({} as T));
  const [ownReceived, setOwnReceived] = useState<ReceivedMaterials>({});
  const [attempted, setAttempted] = useState(false);
  const formData = props.formData ?? ownData;
  const received = props.received ?? ownReceived;
  const formContext = useMemo<GovFormContext>(() => (upload ? { upload } : {}), [upload]);

  const required = useMemo(
    () => (requiredFor ? requiredFor(formData) : requiredByFlag(materials)),
    [requiredFor, formData, materials],
  );
  const status = useMemo(() => assessMaterials(materials, required, received), [materials, required, received]);
  const blocked = !status.complete;

  const changeData = (event: IChangeEvent<T>) => {
    const next = (event.formData ?? {}) as T;
    setOwnData(next);
    props.onChange?.(next);
  };
  const changeReceived = (next: ReceivedMaterials) => {
    setOwnReceived(next);
    props.onReceivedChange?.(next);
  };
  const submit = (event: IChangeEvent<T>) => {
    if (blocked || disabled) return; // implicit submission (Enter) is blocked too
    props.onSubmit?.({ formData: (event.formData ?? {}) as T, materials: received });
  };

  return (
    <div className={materials.length > 0 ? 'gov-form gov-form-with-materials' : 'gov-form'}>
      <style>{GOV_FORM_CSS}</style>
      <div className="gov-form-main">
        <p className="gov-form-hint">
          标有 <span className="required">*</span> 的为必填项
        </p>
        <Form<T>
          schema={schema}
          {...(uiSchema ? { uiSchema } : {})}
          formData={formData}
          validator={validator}
          translateString={translateStringZh}
          fields={FIELDS}
          widgets={WIDGETS}
          formContext={formContext}
          transformErrors={chineseErrorList}
          noHtml5Validate
          showErrorList="top"
          focusOnFirstError
          disabled={disabled ?? false}
          experimental_defaultFormStateBehavior={{ emptyObjectFields: 'skipEmptyDefaults' }}
          {...(attempted ? { liveValidate: 'onChange' as const } : {})}
          onChange={changeData}
          onError={() => setAttempted(true)}
          onSubmit={submit}
        >
          <div className="gov-form-footer">
            <button type="submit" className="gf-submit" disabled={blocked || disabled}>
              {submitText}
            </button>
            {blocked && (
              <p className="gf-blocked" role="alert">
                {missingMaterialsMessage(status.missing, submitText)}
              </p>
            )}
          </div>
        </Form>
      </div>
      {materials.length > 0 && (
        <aside className="gov-form-aside">
          <MaterialsChecklist<T>
            materials={materials}
            formData={formData}
            {...(requiredFor ? { requiredFor } : {})}
            received={received}
            onChange={changeReceived}
            {...(props.onMaterialsStatus ? { onStatusChange: props.onMaterialsStatus } : {})}
            {...(upload ? { upload } : {})}
            {...(props.materialUploadLimits ? { uploadLimits: props.materialUploadLimits } : {})}
            {...(disabled ? { disabled } : {})}
          />
        </aside>
      )}
    </div>
  );
}

/**
 * Drops ajv's `if` errors (the failing `then` branch is reported field by field) and writes the error list's lines
 * the Chinese way: 「统一社会信用代码：统一社会信用代码校验位不正确」 rather than `'title' message`.
 */
function chineseErrorList(errors: RJSFValidationError[]): RJSFValidationError[] {
  return errors
    .filter((error) => error.name !== 'if')
    .map((error) => {
      const message = error.message ?? '';
      const title = error.title ?? '';
      const stack = error.name === 'required' || !title || message.startsWith(title) ? message : `${title}：${message}`;
      return { ...error, stack };
    });
}
