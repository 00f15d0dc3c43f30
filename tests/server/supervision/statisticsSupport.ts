/** Helpers for the board, statistics, scores and step-analysis tests: drive demo cases through the real API. */
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';

/** A case as the API answers. */
export interface CaseReply {
  id: string;
  receiptNumber: string;
  status: string;
  clock: string;
  promisedDueAt: string;
  usedDays: number;
  tasks: { id: string; name: string; dueAt: string | null }[];
}

/** Light counts as the board answers them. */
export type Counts = Record<'green' | 'yellow' | 'red' | 'overdue' | 'stopped' | 'done', number>;

/** The board reply. */
export interface BoardReply {
  at: string;
  totals: Counts;
  departments: { department: string; counts: Counts }[];
  levels: { level: string; counts: Counts }[];
  by?: string;
  groups?: { key: string; name: string; counts: Counts }[];
}

/** Light counts with only the named lights set. */
export function counts(lights: Partial<Counts> = {}): Counts {
  return { green: 0, yellow: 0, red: 0, overdue: 0, stopped: 0, done: 0, ...lights };
}

/** Signs in demo users. */
export async function users<const T extends readonly string[]>(
  url: string,
  ...names: T
): Promise<{ -readonly [K in keyof T]: HttpClient }> {
  return (await Promise.all(names.map((n) => new HttpClient(url).login(n)))) as {
    -readonly [K in keyof T]: HttpClient;
  };
}

/** Moves the manual clock; every timer due by then fires. */
export async function moveClock(client: HttpClient, now: string): Promise<void> {
  const reply = await client.post('/api/dev/clock', { now });
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
}

/** Accepts the demo re-employment application (JJ-RS-001: 受理 1, 审核 4, 发证 2; promised 7; yellow 3, red 1 left). */
export async function acceptReemployment(clerk: HttpClient): Promise<CaseReply> {
  const reply = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
  expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
  return reply.body;
}

/** Completes the case's open step of that name (受理 with both materials verified, 审核 with an opinion). */
export async function completeStep(
  client: HttpClient,
  caseId: string,
  name: '受理' | '审核' | '发证',
): Promise<CaseReply> {
  const detail = await client.get<CaseReply>(`/api/cases/${caseId}`);
  const task = detail.body.tasks.find((t) => t.name === name);
  expect(task, `${name} of ${caseId}: ${JSON.stringify(detail.body.tasks)}`).to.not.equal(undefined);
  const body =
    name === '受理' ? { verifiedMaterials: ['id-card', 'loss-statement'] } : name === '审核' ? { opinion: '同意' } : {};
  const reply = await client.post<CaseReply>(`/api/tasks/${task?.id}/complete`, body);
  expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
  return reply.body;
}

/** GETs a path and expects 200. */
export async function ok<T>(client: HttpClient, path: string): Promise<T> {
  const reply = await client.get<T>(path);
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).to.equal(200);
  return reply.body;
}

/** GETs a path with a bearer token as raw bytes (exports). */
export async function download(
  url: string,
  token: string,
  path: string,
): Promise<{ status: number; type: string; headers: Headers; bytes: Uint8Array }> {
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** Signs in and returns the bearer token. */
export async function tokenOf(url: string, username: string): Promise<string> {
  const reply = await new HttpClient(url).post<{ token: string }>('/api/auth/login', { username, password: 'govflow' });
  return reply.body.token;
}
