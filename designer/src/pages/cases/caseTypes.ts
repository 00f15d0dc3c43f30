/** An event of a case as the API returns it (with its place in the hash chain). */
export interface CaseEventView {
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly by?: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly hash?: string;
  readonly prevHash?: string;
}

/** An open step of a case (engine task state). */
export interface OpenTask {
  readonly id: string;
  readonly el: string;
  readonly name: string;
  readonly assignee?: string;
  readonly candidateGroups?: readonly string[];
  readonly claimedBy?: string;
  readonly startedAt: string;
  readonly dueAt?: string;
  readonly limitDays?: number;
}

/** A clock stop (补正 / 特别程序). */
export interface ClockStop {
  readonly kind: string;
  readonly reason?: string;
  readonly basis?: string;
  readonly from: string;
  readonly to?: string;
  readonly days?: number;
}

/** `GET /api/cases/:id`. */
export interface CaseDetail {
  readonly id: string;
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  readonly applicantName: string;
  readonly status: string;
  readonly outcome: string | null;
  readonly acceptedAt: string;
  readonly promisedDueAt: string;
  readonly usedDays: number;
  readonly clock: 'running' | 'stopped' | 'finished';
  readonly version: number;
  readonly state: {
    readonly tasks: readonly OpenTask[];
    readonly clock: {
      readonly promisedDays: number;
      readonly statutoryDays: number;
      readonly legalDueAt: string;
      readonly stoppedDays: number;
      readonly stops: readonly ClockStop[];
      readonly extension?: { days: number; approver: string; reason: string };
      readonly unit: 'working' | 'calendar';
    };
  };
  readonly formData: Readonly<Record<string, unknown>>;
  readonly materials: readonly { id: string; originals?: number; copies?: number }[];
  readonly conclusion: {
    result: string;
    resultLabel?: string;
    certificateNumber: string | null;
    concludedAt: string;
  } | null;
  readonly delivery: { method: string; recipient: string; deliveredAt: string } | null;
  readonly events: readonly CaseEventView[];
}

/** `GET /api/cases/:id/lights`. */
export interface CaseLightsView {
  readonly light: string;
  readonly daysLeft: number;
  readonly promisedDueAt: string;
  readonly steps: readonly { taskId: string; name: string; light: string; dueAt: string | null }[];
}

/** `GET /api/cases/:id/evidence` (the events left out: the timeline has them). */
export interface CaseEvidenceView {
  readonly algorithm: string;
  readonly verified: boolean;
  readonly chainVerified: boolean;
  readonly brokenAt: { seq: number; reason?: string } | null;
  readonly count: number;
  readonly record: { materials: string; formData: string };
}

/** The item as the case page needs it. */
export interface CaseItem {
  readonly code: string;
  readonly name: string;
  readonly department: string;
  readonly processXml: string;
  readonly materials: readonly { id: string; name: string }[];
  readonly steps: readonly { id: string; name: string; timeLimit?: number }[];
}
