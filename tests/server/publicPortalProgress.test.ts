import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { fetchHtml, signIn, visibleText } from '../scenarios/support/lifecycle.js';

interface Accepted {
  id: string;
  receiptNumber: string;
  promisedDueAt: string;
  verificationCode: string;
}
interface Answer {
  status: number;
  retryAfter: string | null;
  body: Record<string, unknown>;
  text: string;
}

/** Asks the public progress query, anonymously, optionally with extra headers. */
async function ask(server: TestServer, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}/api/public/progress`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: JSON.parse(text) as Record<string, unknown>,
    text,
  };
}

describe('server / public portal: progress query by receipt number and code (进度查询)', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let accepted: Accepted;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    accepted = (await clerk.post<Accepted>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
  });
  after(() => server.close());

  it('given a case accepted at the window, then its reply carries a short code once, and only a hash of it is stored', async () => {
    expect(accepted.verificationCode).to.match(/^[2-9A-Z]{8}$/);
    const stored = await server.store.findProgressCode(accepted.receiptNumber);
    expect(stored?.caseId).to.equal(accepted.id);
    expect(stored?.codeHash).to.not.contain(accepted.verificationCode);
    const summary = await clerk.get<Record<string, unknown>>(`/api/cases/${accepted.id}`);
    expect(JSON.stringify(summary.body)).to.not.contain(accepted.verificationCode);
  });

  it('when the applicant asks with receipt number and code (as typed, in lower case with a dash), then only status, step, promised date and light come back', async () => {
    const typed = `${accepted.verificationCode.slice(0, 4).toLowerCase()}-${accepted.verificationCode.slice(4)}`;
    const answer = await ask(server, { receiptNumber: accepted.receiptNumber, code: typed });
    expect(answer.status).to.equal(200);
    expect(Object.keys(answer.body).sort()).to.deep.equal(
      [
        'currentSteps',
        'light',
        'lightText',
        'promisedDate',
        'promisedDueAt',
        'receiptNumber',
        'status',
        'statusText',
      ].sort(),
    );
    expect(answer.body).to.deep.include({
      receiptNumber: accepted.receiptNumber,
      status: 'running',
      statusText: '办理中',
      promisedDueAt: accepted.promisedDueAt,
    });
    expect(answer.body['currentSteps']).to.deep.equal(['受理']);
    expect(['green', 'yellow', 'red', 'overdue']).to.include(answer.body['light']);
    const form = REEMPLOYMENT_APPLICATION.formData;
    for (const personal of [form.applicantName, form.idNumber, form.phone, form.address, 'u-clerk', '王敏']) {
      expect(answer.text).to.not.contain(personal);
    }
  });

  it('given a wrong code, or a receipt number that does not exist, then the very same answer', async () => {
    const wrong = await ask(server, { receiptNumber: accepted.receiptNumber, code: 'ABCDEFGH' });
    const unknown = await ask(server, { receiptNumber: 'SL20260921-9999', code: accepted.verificationCode });
    expect(wrong.status).to.equal(404);
    expect(unknown.status).to.equal(404);
    expect(wrong.text).to.equal(unknown.text);
    expect(wrong.body['code']).to.equal('PROGRESS_NOT_FOUND');
  });

  it('given operators or oversized values where text belongs, then 400 and nothing is looked up', async () => {
    const operator = await ask(server, { receiptNumber: { $gt: '' }, code: 'x' });
    expect([operator.status, operator.body['code']]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const long = await ask(server, { receiptNumber: accepted.receiptNumber, code: 'A'.repeat(500) });
    expect(long.status).to.equal(400);
    const extra = await ask(server, { receiptNumber: accepted.receiptNumber, code: 'ABCDEFGH', caseId: accepted.id });
    expect(extra.status).to.equal(400);
  });

  it('when the window prints the acceptance notice with the code, then the code is on it; a wrong code is not printed', async () => {
    const token = await signIn(server.url, 'clerk');
    const path = `/api/cases/${accepted.id}/documents/acceptance-notice`;
    const printed = visibleText((await fetchHtml(server.url, `${path}?code=${accepted.verificationCode}`, token)).html);
    expect(printed).to.contain(`查询码 ${accepted.verificationCode}`);
    const guessed = visibleText((await fetchHtml(server.url, `${path}?code=ABCDEFGH`, token)).html);
    expect(guessed).to.not.contain('ABCDEFGH');
    expect(guessed).to.contain('查询码 受理时已告知');
  });

  it('when the applicant lost the code and the window reissues it, then the old code stops working and the new one works; other streets and applicants cannot reissue', async () => {
    const other = await new HttpClient(server.url).login('clerk3');
    expect((await other.post(`/api/cases/${accepted.id}/progress-code`)).status).to.equal(404);
    const applicant = await new HttpClient(server.url).login('applicant');
    expect((await applicant.post(`/api/cases/${accepted.id}/progress-code`)).status).to.equal(403);
    const reissued = await clerk.post<{ verificationCode: string }>(`/api/cases/${accepted.id}/progress-code`);
    expect(reissued.status).to.equal(200);
    expect(reissued.body.verificationCode).to.not.equal(accepted.verificationCode);
    const old = await ask(server, { receiptNumber: accepted.receiptNumber, code: accepted.verificationCode });
    expect(old.status).to.equal(404);
    const fresh = await ask(server, { receiptNumber: accepted.receiptNumber, code: reissued.body.verificationCode });
    expect(fresh.status).to.equal(200);
    accepted = { ...accepted, verificationCode: reissued.body.verificationCode };
  });

  it('given five wrong codes for one receipt number, then it is locked (429 with Retry-After) even for the right code, while other receipts still answer', async () => {
    const second = (await clerk.post<Accepted>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
    for (let i = 0; i < 5; i += 1) {
      expect((await ask(server, { receiptNumber: second.receiptNumber, code: `WRONG00${i}` })).status).to.equal(404);
    }
    const locked = await ask(server, { receiptNumber: second.receiptNumber, code: second.verificationCode });
    expect([locked.status, locked.body['code']]).to.deep.equal([429, 'PROGRESS_THROTTLED']);
    expect(Number(locked.retryAfter))
      .to.be.greaterThan(0)
      .and.at.most(15 * 60);
    const lowerCase = await ask(server, { receiptNumber: second.receiptNumber.toLowerCase(), code: 'WRONG999' });
    expect(lowerCase.status).to.equal(429);
    const first = await ask(server, { receiptNumber: accepted.receiptNumber, code: accepted.verificationCode });
    expect(first.status).to.equal(200);
  });
});

describe('server / public portal: enumerating receipt numbers is throttled per address', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
  });
  after(() => server.close());

  it('given a script walking through receipt numbers, then after twenty misses the address is locked out, even for a real receipt and code and whatever X-Forwarded-For claims', async () => {
    const clerk = await new HttpClient(server.url).login('clerk');
    const real = (await clerk.post<Accepted>('/api/cases', REEMPLOYMENT_APPLICATION)).body;
    const answers: number[] = [];
    for (let n = 100; n < 120; n += 1) {
      answers.push((await ask(server, { receiptNumber: `SL20260921-0${n}`, code: 'ABCDEFGH' })).status);
    }
    expect(answers).to.deep.equal(Array.from({ length: 20 }, () => 404));
    const next = await ask(server, { receiptNumber: 'SL20260921-0120', code: 'ABCDEFGH' });
    expect([next.status, next.body['code']]).to.deep.equal([429, 'PROGRESS_THROTTLED']);
    expect(Number(next.retryAfter)).to.be.greaterThan(0);
    const genuine = await ask(server, { receiptNumber: real.receiptNumber, code: real.verificationCode });
    expect(genuine.status).to.equal(429);
    const spoofed = await ask(
      server,
      { receiptNumber: real.receiptNumber, code: real.verificationCode },
      { 'x-forwarded-for': '203.0.113.9' },
    );
    expect(spoofed.status).to.equal(429);
    expect(genuine.text).to.not.contain(real.receiptNumber.slice(-4));
  });
});
