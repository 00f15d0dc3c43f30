/** Helpers for the supervision-signal tests: replies, the clock, the settings and the signal list. */
import { expect } from 'chai';
import { HttpClient } from '../../support/httpClient.js';

/** A signal as the API returns it. */
export interface SignalReply {
  id: string;
  key: string;
  kind: string;
  level: 'warning' | 'yellow' | 'red';
  status: string;
  resolution: string | null;
  caseId: string;
  receiptNumber: string;
  taskId: string | null;
  elementId: string | null;
  stepName: string | null;
  departmentId: string | null;
  departmentName: string;
  unitId: string | null;
  windowId: string | null;
  responsibleId: string;
  leadIds: string[];
  summary: string;
  facts: Record<string, unknown>;
  occurredAt: string;
  createdAt: string;
  answerDueAt: string | null;
  flaggedAt: string | null;
  relatedSignalId: string | null;
  letterNumber: string | null;
  entryCount: number;
}

/** One signal with its history and chain verification. */
export interface SignalDetailReply {
  signal: SignalReply;
  history: { seq: number; type: string; at: string; by: string; data: Record<string, unknown>; hash: string }[];
  evidence: { verified: boolean; algorithm: string; count: number; brokenAt: { seq: number; reason: string } | null };
}

/** Settings as the API returns them. */
export interface SettingsReply {
  center: Record<string, unknown>;
  items: Record<string, Record<string, unknown>>;
  version: number;
}

/** Moves the manual clock (every due timer fires) and checks it moved. */
export async function moveClock(client: HttpClient, now: string): Promise<void> {
  const reply = await client.post('/api/dev/clock', { now });
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
}

/** The signals the client may read, optionally filtered (`kind=…&caseId=…`). */
export async function signalsOf(client: HttpClient, query = ''): Promise<SignalReply[]> {
  const reply = await client.get<SignalReply[]>(`/api/supervision/signals${query ? `?${query}` : ''}`);
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return reply.body;
}

/**
 * A case's signals as `kind@step` (or `kind@case`), in the order the breaches happened (the case before
 * its steps at the same instant): a compact picture of the ladder so far.
 */
export async function ladderOf(client: HttpClient, caseId: string): Promise<string[]> {
  const signals = await signalsOf(client, `caseId=${caseId}`);
  return signals
    .map((s) => ({
      at: Date.parse(s.occurredAt),
      label: `${s.kind}@${s.elementId ?? 'case'}`,
      step: s.elementId ?? '',
    }))
    .sort((a, b) => a.at - b.at || a.step.localeCompare(b.step))
    .map((s) => s.label);
}

/** Replaces parts of the center-wide settings (and per-item overrides) as a supervisor. */
export async function configure(
  supervisor: HttpClient,
  center: Record<string, unknown>,
  items: Record<string, Record<string, unknown>> = {},
): Promise<SettingsReply> {
  const current = (await supervisor.get<SettingsReply>('/api/supervision/signal-settings')).body;
  const reply = await supervisor.send<SettingsReply>(
    'PUT',
    '/api/supervision/signal-settings',
    JSON.stringify({ version: current.version, center: { ...current.center, ...center }, items }),
    'application/json',
  );
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return reply.body;
}

/** Signs in several demo users at once, in the order named. */
export async function signInAll<const T extends readonly string[]>(
  url: string,
  ...names: T
): Promise<{ -readonly [K in keyof T]: HttpClient }> {
  const clients = await Promise.all(names.map((name) => new HttpClient(url).login(name)));
  return clients as { -readonly [K in keyof T]: HttpClient };
}
