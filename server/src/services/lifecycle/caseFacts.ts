import type { ProvidedMaterial } from '@govflow/catalog';
import type { CaseEvent } from '@govflow/engine';
import { isServerEvent } from './serverEvents.js';

/** How a result reaches the applicant (送达方式). */
export const DELIVERY_METHODS = ['窗口领取', '邮寄送达', '电子送达'] as const;
/** A delivery method. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** The intake record (收件): who received which materials, and a digest of the form as received. */
export interface IntakeRecord {
  readonly receivedAt: string;
  readonly receivedBy: string;
  readonly receiptNumber: string;
  readonly applicantName: string;
  readonly materials: readonly ProvidedMaterial[];
  readonly formDigest: string;
}

/** Completion (办结): the result, the certificate number when approved, the reasons when refused. */
export interface Conclusion {
  readonly result: 'approved' | 'refused';
  readonly certificateNumber: string | null;
  readonly note: string | null;
  readonly reasons: readonly string[];
  readonly concludedAt: string;
  readonly concludedBy: string;
  /** The statutory limit for delivering the decision (10 working days). */
  readonly deliverBy: string;
}

/** Delivery or pick-up (送达 / 领取). */
export interface Delivery {
  readonly method: DeliveryMethod;
  readonly recipient: string;
  readonly deliveredAt: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly onTime: boolean;
}

/** The server facts of a case, read back from its event chain. */
export interface CaseFacts {
  readonly intake: IntakeRecord | null;
  readonly conclusion: Conclusion | null;
  readonly delivery: Delivery | null;
}

/** Reads the intake record, the conclusion and the delivery from a case's events (the first of each). */
export function readCaseFacts(events: readonly CaseEvent[]): CaseFacts {
  const received = events.find((e) => isServerEvent(e, 'case.received'));
  const concluded = events.find((e) => isServerEvent(e, 'case.concluded'));
  const delivered = events.find((e) => isServerEvent(e, 'case.delivered'));
  return {
    intake: received ? ({ ...received.data, receivedAt: received.at, receivedBy: received.by } as IntakeRecord) : null,
    conclusion: concluded
      ? ({ ...concluded.data, concludedAt: concluded.at, concludedBy: concluded.by } as Conclusion)
      : null,
    delivery: delivered
      ? ({ ...delivered.data, recordedAt: delivered.at, recordedBy: delivered.by } as Delivery)
      : null,
  };
}

/** The reasons a case was refused by the engine (不予许可 with written reasons), if it was terminated. */
export function terminationReasons(events: readonly CaseEvent[]): readonly string[] {
  const terminated = events.find((e) => e.type === 'case.terminated');
  const reasons = terminated?.data['reasons'];
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : [];
}
