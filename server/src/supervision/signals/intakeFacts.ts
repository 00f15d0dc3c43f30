import { formatInstant, toEpochMs } from '@govflow/engine';
import { ApiError } from '../../http/apiError.js';

/**
 * The arrival of the materials as the window states it at intake (收件时间), for the intake record: not
 * after acceptance. Supervision compares it with the acceptance to find work done outside the system
 * (late entry). Nothing when not stated (the materials arrived when the case was entered).
 */
export function materialsReceivedAt(receivedAt: string | undefined, now: Date): { materialsReceivedAt?: string } {
  if (receivedAt === undefined) return {};
  const at = toEpochMs(receivedAt);
  if (at > now.getTime()) {
    throw new ApiError(422, 'RECEIVED_AT_INVALID', '收到材料的时间不能晚于受理时间', { receivedAt });
  }
  return { materialsReceivedAt: formatInstant(at) };
}
