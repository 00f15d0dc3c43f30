/** One invalid field of a form, as users and programs see it. */
export interface FieldError {
  /** JSON Pointer of the field, e.g. `/applicant/idNumber` ('' for the whole form). */
  readonly path: string;
  /** What is wrong, in Chinese. */
  readonly message: string;
  /** The JSON Schema keyword that failed (`required`, `format`, …): stable for programs. */
  readonly keyword: string;
}

/** The outcome of validating form data. */
export interface FormValidation {
  readonly valid: boolean;
  readonly errors: readonly FieldError[];
}
