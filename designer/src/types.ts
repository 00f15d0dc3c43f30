/** An item as the catalog API lists it. */
export interface ItemSummary {
  code: string;
  name: string;
  department: string;
  promisedDays: number;
  statutoryDays: number;
  materials: {
    id: string;
    name: string;
    required: boolean;
    requiredWhen?: string;
    originals: number;
    copies: number;
    form: 'paper' | 'electronic' | 'either';
    note?: string;
  }[];
}

/** An item with its form and process. */
export interface ItemDetail extends ItemSummary {
  processXml: string;
  form: { schema: Record<string, unknown>; uiSchema?: Record<string, unknown> };
  steps: { id: string; name: string; timeLimit?: number }[];
  criticalPath: { totalDays: number };
}

/** A case as lists show it. */
export interface CaseSummary {
  id: string;
  receiptNumber: string;
  itemCode: string;
  applicantName: string;
  status: string;
  outcome: string | null;
  acceptedAt: string;
  promisedDueAt: string;
  usedDays: number;
  tasks: { id: string; name: string; dueAt: string | null }[];
}

/** An open task in the worklist. */
export interface TaskRow {
  id: string;
  caseId: string;
  elementId: string;
  name: string;
  dueAt: string | null;
  receiptNumber: string;
  applicantName: string;
  itemCode: string;
}

/** The signed-in user. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  groups: string[];
  /** Where the user works (the organisation's unit, department and window). */
  unitId?: string | null;
  departmentId?: string | null;
  windowId?: string | null;
}
