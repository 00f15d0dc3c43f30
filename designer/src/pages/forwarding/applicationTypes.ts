/** An application before acceptance as lists show it (`GET /api/applications`, `/queue`). */
export interface ApplicationSummary {
  readonly id: string;
  /** The application number, e.g. `SQ20260921-0001`. */
  readonly number: string;
  readonly itemCode: string;
  readonly itemVersion: number;
  readonly channel: 'window' | 'online';
  readonly status: 'pending' | 'returned' | 'accepted' | 'refused';
  /** The status in Chinese (待办理, 待补正, 已受理, 不予受理). */
  readonly statusText: string;
  readonly applicantName: string;
  readonly receivedAt: string;
  /** Where it is now: the unit and window that must act next. */
  readonly unitId: string;
  readonly windowId: string | null;
  readonly unitName: string;
  readonly windowName: string | null;
  readonly caseId: string | null;
  readonly receiptNumber: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One material as the application holds it (ids with counts, form and uploaded files). */
export interface ApplicationMaterial {
  readonly id: string;
  readonly originals?: number;
  readonly copies?: number;
  readonly form?: 'paper' | 'electronic';
  /** SHA-256 of the uploaded files holding it. */
  readonly files?: readonly string[];
}

/** One hop of an application's path, hash-chained to the one before. */
export interface ApplicationHop {
  readonly seq: number;
  readonly action: string;
  /** What the hop did, in Chinese (收件登记, 报送上级 …). */
  readonly actionText: string;
  readonly at: string;
  readonly by: string;
  readonly unitId: string | null;
  readonly windowId: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly prevHash: string;
  readonly hash: string;
}

/** How long a lower-level unit held the application before passing it upward. */
export interface ForwardingDelay {
  readonly arrivedSeq: number;
  readonly unitId: string;
  readonly limitDays: number;
  readonly dueBy: string;
  readonly forwardedAt: string | null;
  readonly workingDays: number;
  readonly late: boolean;
}

/** `GET /api/applications/:id`: the application with its form, materials and verified path. */
export interface ApplicationDetail extends ApplicationSummary {
  readonly formData: Readonly<Record<string, unknown>>;
  readonly materials: readonly ApplicationMaterial[];
  readonly path: readonly ApplicationHop[];
  readonly pathVerified: boolean;
  /** The hop where the chain breaks; null when it verifies. */
  readonly pathBrokenAt: number | null;
  /** The one-time notice of the last return for correction, while the application is back with the applicant. */
  readonly notice: { readonly number: string; readonly documentUrl: string; readonly noticeText?: string } | null;
  readonly forwarding: readonly ForwardingDelay[];
}

/** `POST /api/applications`: the registered application and what it still lacks. */
export interface RegisteredApplication extends ApplicationDetail {
  readonly completeness: {
    readonly complete: boolean;
    readonly missing: readonly { readonly id: string; readonly name: string }[];
  };
}

/** `POST /api/applications/:id/accept`: the application, the case it became and its progress-query code (shown once). */
export interface AcceptedApplication {
  readonly application: ApplicationDetail;
  readonly case: { readonly id: string; readonly receiptNumber: string; readonly promisedDueAt: string };
  readonly verificationCode: string;
}
