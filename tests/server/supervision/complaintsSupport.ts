/** Helpers for the complaint and 好差评 tests: replies, the hotline's requests, public requests, case fixtures. */
import type { SqliteStore } from '@govflow/server';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient as HttpClientClass, type HttpClient, type Reply } from '../../support/httpClient.js';

/** A complaint as staff see it. */
export interface ComplaintReply {
  id: string;
  number: string;
  channel: string;
  status: string;
  statusName: string;
  resolution: string | null;
  subject: string;
  complainant: { name: string; phone: string; userId: string | null };
  receiptNumber: string | null;
  linkedCase: {
    caseId: string;
    receiptNumber: string;
    itemCode: string;
    itemName: string;
    departmentId: string | null;
  } | null;
  receivedBy: string;
  windowId: string | null;
  hotlineTicket: string | null;
  departmentId: string | null;
  departmentName: string | null;
  receivedAt: string;
  decideDueAt: string;
  decidedAt: string | null;
  answerDueAt: string | null;
  pendingDueAt: string | null;
  rejectionReasons: string[];
  reply: string | null;
  overdue: boolean;
  overdueKind: 'decide' | 'answer' | null;
  decidedLate: boolean;
  entryCount: number;
}

/** One complaint with its history and chain verification. */
export interface ComplaintDetailReply {
  complaint: ComplaintReply;
  history: { seq: number; type: string; at: string; by: string; data: Record<string, unknown>; hash: string }[];
  evidence: { verified: boolean; algorithm: string; count: number; brokenAt: { seq: number; reason: string } | null };
}

/** An error reply. */
export interface ErrorReply {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** A complaint as the complainant says it. */
export function complaintBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    complainant: { name: '王仕碧', phone: '13980012345' },
    subject: '再就业证补办超期未办结',
    content: '9月在春熙路街道窗口申请补办再就业证，承诺7个工作日，至今未办结，也没有人告知原因。',
    ...overrides,
  };
}

/** Sends JSON with any headers (no bearer token): the public page and the hotline's system. */
export async function sendJson<T = Record<string, unknown>>(
  url: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T> & { headers: Headers }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
}

/** A fresh 12345 hotline key created by the administrator; returns the secret. */
export async function hotlineKey(admin: HttpClient, name = '成都市12345热线'): Promise<{ id: string; secret: string }> {
  const reply = await admin.post<{ key: { id: string }; secret: string }>('/api/admin/hotline-keys', { name });
  expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
  return { id: reply.body.key.id, secret: reply.body.secret };
}

/** Files a complaint as the hotline's system. */
export function fileHotline<T = ComplaintReply>(
  url: string,
  secret: string,
  idempotencyKey: string,
  body: Record<string, unknown>,
): Promise<Reply<T> & { headers: Headers }> {
  return sendJson<T>(url, 'POST', '/api/hotline/complaints', body, {
    'x-api-key': secret,
    'idempotency-key': idempotencyKey,
  });
}

/** Accepts the demo re-employment application at the clerk's window; the case's id and receipt number. */
export async function acceptCase(clerk: HttpClient): Promise<{ id: string; receiptNumber: string }> {
  const reply = await clerk.post<{ id: string; receiptNumber: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
  expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
  return reply.body;
}

/** Moves the manual clock (every due timer fires). */
export async function moveClock(client: HttpClient, now: string): Promise<void> {
  const reply = await client.post('/api/dev/clock', { now });
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
}

/** A step that must succeed: the reply's body, or a failed test naming the status and body. */
export async function ok<T>(reply: Promise<Reply<T>>, status = 200): Promise<T> {
  const settled = await reply;
  expect(settled.status, JSON.stringify(settled.body)).to.equal(status);
  return settled.body;
}

/**
 * Makes a case the registered applicant's own, as an online application (the public-portal module) would
 * have started it: the engine state names the applicant and the case gains their `applicant:` scope key.
 */
export async function ownCase(store: SqliteStore, caseId: string, applicantId: string): Promise<void> {
  const record = await store.getCase(caseId);
  if (!record) throw new Error(`no case ${caseId}`);
  await store.commitCase(caseId, record.version, {
    state: { ...record.state, applicantId },
    events: [],
    scopeKeys: [`applicant:${applicantId}`],
  });
}

/** Runs the demo re-employment application to its end (受理, 审核, 发证) at the street window and the labour bureau. */
export async function completeCase(
  clerk: HttpClient,
  reviewer: HttpClient,
): Promise<{ id: string; receiptNumber: string }> {
  type Step = { id: string; receiptNumber: string; status: string; tasks: { id: string }[] };
  const accepted = await ok(clerk.post<Step>('/api/cases', REEMPLOYMENT_APPLICATION), 201);
  let step = await ok(
    clerk.post<Step>(`/api/tasks/${accepted.tasks[0]?.id}/complete`, {
      verifiedMaterials: ['id-card', 'loss-statement'],
    }),
  );
  step = await ok(reviewer.post<Step>(`/api/tasks/${step.tasks[0]?.id}/complete`, { opinion: '同意' }));
  step = await ok(clerk.post<Step>(`/api/tasks/${step.tasks[0]?.id}/complete`, {}));
  expect(step.status).to.equal('completed');
  return { id: accepted.id, receiptNumber: accepted.receiptNumber };
}

/** An evaluation as staff see it. */
export interface EvaluationReply {
  id: string;
  caseId: string;
  receiptNumber: string;
  level: string;
  levelName: string;
  negative: boolean;
  comment: string | null;
  channel: string;
  realName: boolean;
  evaluator: { name: string | null; phone: string | null; userId: string | null };
  departmentId: string | null;
  windowId: string | null;
  clerkId: string | null;
  evaluatedAt: string;
  followUp: {
    status: string;
    dueAt: string;
    callBacks: { by: string; byName: string; calledAt: string; reached: boolean; applicantSaid: string }[];
    rectification: { note: string; by: string; at: string } | null;
    closedAt: string | null;
    opinion: string | null;
  } | null;
  followUpOverdue: boolean;
  entryCount: number;
}

/** One evaluation with its history and chain verification. */
export interface EvaluationDetailReply {
  evaluation: EvaluationReply;
  history: { seq: number; type: string; by: string; data: Record<string, unknown> }[];
  evidence: { verified: boolean; count: number; brokenAt: unknown };
}

/** Shows a window evaluation code for a case (as the clerk) and lets the applicant use it (no sign-in). */
export async function evaluateAtWindow(
  url: string,
  clerk: HttpClient,
  caseId: string,
  body: Record<string, unknown>,
): Promise<Reply<Record<string, unknown>>> {
  const { code } = await ok(clerk.post<{ code: string }>('/api/evaluations/codes', { caseId }), 201);
  return sendJson(url, 'POST', '/api/public/evaluations', { code, ...body });
}

/** Signs in several demo users at once, in the order named. */
export async function signInAs<const T extends readonly string[]>(
  url: string,
  ...names: T
): Promise<{ -readonly [K in keyof T]: HttpClient }> {
  const clients = await Promise.all(names.map((name) => new HttpClientClass(url).login(name)));
  return clients as { -readonly [K in keyof T]: HttpClient };
}
