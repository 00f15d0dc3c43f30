/** A problem with an item, as the catalog reports it. */
export interface ItemProblem {
  /** Stable code for programs, e.g. `PROMISED_EXCEEDS_STATUTORY`. */
  readonly code: string;
  readonly severity: 'error' | 'warning';
  /** JSON Pointer into the item (`/materials/2/requiredWhen`), or the BPMN element as `/processXml#elementId`. */
  readonly path: string;
  /** What is wrong, in Chinese. */
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** An error-severity problem. */
export function itemError(code: string, path: string, message: string, details?: Record<string, unknown>): ItemProblem {
  return details === undefined
    ? { code, severity: 'error', path, message }
    : { code, severity: 'error', path, message, details };
}

/** A warning-severity problem. */
export function itemWarning(
  code: string,
  path: string,
  message: string,
  details?: Record<string, unknown>,
): ItemProblem {
  return details === undefined
    ? { code, severity: 'warning', path, message }
    : { code, severity: 'warning', path, message, details };
}
