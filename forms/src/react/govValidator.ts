import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { addGovVocabulary, localizeFormErrors, type NowSource } from '../index.js';

/**
 * A react-jsonschema-form validator with govflow's formats, `minDate` / `maxDate` keywords and Chinese messages:
 * the same vocabulary and localizer as the server's {@link createFormValidator}. `schemaOf` lets messages name
 * fields by their title even inside if/then branches.
 */
export function createGovRjsfValidator<T = Record<string, unknown>>(
  now: NowSource = () => new Date(),
  schemaOf: () => RJSFSchema | undefined = () => undefined,
) {
  return customizeValidator<T>({ extenderFn: (ajv) => addGovVocabulary(ajv, now) }, (errors) =>
    localizeFormErrors(errors, schemaOf()),
  );
}
