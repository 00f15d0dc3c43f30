/** Helpers for the case life-cycle tests: replies, printable documents, and demo applications. */

/** The case summary every case command answers with. */
export interface CaseReply {
  id: string;
  receiptNumber: string;
  status: string;
  outcome: string | null;
  clock: string;
  acceptedAt: string;
  promisedDueAt: string;
  usedDays: number;
  tasks: { id: string; name: string; dueAt: string | null }[];
  version: number;
  conclusion?: Record<string, unknown> | null;
  delivery?: Record<string, unknown> | null;
}

/** An error reply. */
export interface ErrorReply {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

/** A printable document as the server sent it. */
export interface HtmlReply {
  readonly status: number;
  readonly contentType: string;
  readonly headers: Headers;
  readonly html: string;
}

/** Signs in with the demo password and returns the bearer token. */
export async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'govflow' }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** GETs a document (text/html) with a bearer token. */
export async function fetchHtml(baseUrl: string, path: string, token: string): Promise<HtmlReply> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    html: await response.text(),
  };
}

/** The text of an HTML document without tags, whitespace collapsed: what a reader of the printout sees. */
export function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Materials of the construction-project planning permit for a 24,000 m² building with an air-raid shelter. */
export const PLANNING_MATERIALS = [
  'application',
  'business-licence',
  'project-approval',
  'land-proof',
  { id: 'design-scheme', originals: 3 },
  'civil-defense-design',
  'greening-plan',
  'traffic-study',
] as const;

/** A complete application for 建设工程规划许可证核发 (JJ-ZG-001, seed 002's parallel approval). */
export const PLANNING_APPLICATION = {
  itemCode: 'JJ-ZG-001',
  applicantName: '成都锦江城市建设有限公司',
  formData: {
    projectName: '锦江区东湖片区安置房项目',
    projectCode: '2026-510104-47-01-000123',
    builderName: '成都锦江城市建设有限公司',
    creditCode: '91510104MA6C5T3X1Q',
    legalRepresentative: '李建国',
    contactName: '王晓东',
    phone: '13880012345',
    projectAddress: '成都市锦江区东湖街道',
    landCertificateNo: '川（2026）成都市不动产权第0012345号',
    projectType: '房屋建筑工程',
    floorArea: 24000,
    buildingHeight: 54,
    floorsAbove: 18,
    greenRate: 30,
    needCivilDefense: true,
  },
  materials: PLANNING_MATERIALS,
};
