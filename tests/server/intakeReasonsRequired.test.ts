import { expect } from 'chai';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { ErrorReply } from '../scenarios/support/lifecycle.js';

interface ApplicationReply {
  id: string;
  status: string;
  path: { action: string }[];
}
interface FieldErrorReply extends ErrorReply {
  details: { field?: string; errors?: { path: string; message: string; keyword: string }[] };
}

/** 失业人员再就业证补办: a town-level item the street window decides. */
const REISSUE = {
  itemCode: 'JJ-RS-001',
  applicantName: '王仕碧',
  formData: {
    applicantName: '王仕碧',
    idNumber: '510104196003152846',
    phone: '13980012345',
    address: '成都市锦江区青石桥南街',
    reason: '遗失',
  },
  materials: ['id-card', 'loss-statement'],
};

const NO_REASON = '不予受理须写明理由（至少一条）';
const BLANK_REASON = '不予受理理由不能为空白，请写明或删去该条';
const NO_RETURN_REASON = '退回的每项材料都须写明退回理由（如：复印件不清晰）';

describe('server / refusing or returning at intake without saying why: a clear Chinese message on the field', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let application: ApplicationReply;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    const registered = await clerk.post<ApplicationReply>('/api/applications', REISSUE);
    expect(registered.status).to.equal(201);
    application = registered.body;
  });
  after(() => server.close());

  /** The application is still waiting, with nothing added to its path, and no decision was numbered. */
  const expectUntouched = async () => {
    const now = await clerk.get<ApplicationReply>(`/api/applications/${application.id}`);
    expect([now.body.status, now.body.path.map((h) => h.action)]).to.deep.equal(['pending', ['registered']]);
    expect((await clerk.get<unknown[]>('/api/intake/decisions')).body).to.deep.equal([]);
  };

  for (const [label, body] of [
    ['no reasons at all', {}],
    ['an empty list of reasons', { reasons: [] }],
    ['only a legal basis', { legalBasis: '《中华人民共和国行政许可法》第三十二条第一款' }],
  ] as const) {
    it(`given ${label}, when the window refuses the application, then 400 REFUSAL_REASONS_REQUIRED on the field reasons, and nothing changes`, async () => {
      const reply = await clerk.post<FieldErrorReply>(`/api/applications/${application.id}/refuse`, body);
      expect([reply.status, reply.body.code, reply.body.message]).to.deep.equal([
        400,
        'REFUSAL_REASONS_REQUIRED',
        NO_REASON,
      ]);
      expect(reply.body.details.field).to.equal('reasons');
      expect(reply.body.details.errors?.map((e) => [e.path, e.message])).to.deep.equal([['/reasons', NO_REASON]]);
      await expectUntouched();
    });
  }

  it('given a blank reason among written ones, then the same code points at the blank line', async () => {
    const reply = await clerk.post<FieldErrorReply>(`/api/applications/${application.id}/refuse`, {
      reasons: ['申请事项不属于本机关职权范围', '   '],
    });
    expect([reply.status, reply.body.code, reply.body.message]).to.deep.equal([
      400,
      'REFUSAL_REASONS_REQUIRED',
      BLANK_REASON,
    ]);
    expect(reply.body.details.field).to.equal('reasons/1');
    expect(reply.body.details.errors?.map((e) => [e.path, e.message])).to.deep.equal([['/reasons/1', BLANK_REASON]]);
    await expectUntouched();
  });

  it('given a missing reason and another mistake, then VALIDATION_FAILED lists both, the reasons still in words of their own', async () => {
    const reply = await clerk.post<FieldErrorReply>(`/api/applications/${application.id}/refuse`, {
      reasons: [],
      legalBasis: 'x'.repeat(501),
    });
    expect([reply.status, reply.body.code, reply.body.message]).to.deep.equal([
      400,
      'VALIDATION_FAILED',
      '请求内容有误',
    ]);
    expect(reply.body.details.field).to.equal(undefined);
    const byPath = new Map(reply.body.details.errors?.map((e) => [e.path, e.message]));
    expect([...byPath.keys()].sort()).to.deep.equal(['/legalBasis', '/reasons']);
    expect(byPath.get('/reasons')).to.equal(NO_REASON);
    await expectUntouched();
  });

  it('given a window refusing a blocked intake (no application) without reasons, then the same 400 on the field reasons, and no decision is numbered', async () => {
    for (const reasons of [undefined, [], ['']]) {
      const reply = await clerk.post<FieldErrorReply>('/api/intake/refusals', {
        itemCode: 'JJ-RS-001',
        applicantName: '王仕碧',
        ...(reasons === undefined ? {} : { reasons }),
      });
      expect([reply.status, reply.body.code], JSON.stringify(reasons)).to.deep.equal([400, 'REFUSAL_REASONS_REQUIRED']);
      const path = reasons?.length === 1 ? '/reasons/0' : '/reasons';
      expect(reply.body.details.errors?.map((e) => e.path)).to.deep.equal([path]);
      expect(reply.body.details.field).to.equal(path.slice(1));
    }
    await expectUntouched();
  });

  it('given a material returned for correction without saying why, then 400 RETURN_REASON_REQUIRED on that row, and nothing changes', async () => {
    for (const rejected of [[{ materialId: 'id-card' }], [{ materialId: 'id-card', reason: '' }]]) {
      const reply = await clerk.post<FieldErrorReply>(`/api/applications/${application.id}/return`, { rejected });
      expect([reply.status, reply.body.code, reply.body.message]).to.deep.equal([
        400,
        'RETURN_REASON_REQUIRED',
        NO_RETURN_REASON,
      ]);
      expect(reply.body.details.field).to.equal('rejected/0/reason');
      expect(reply.body.details.errors?.map((e) => e.path)).to.deep.equal(['/rejected/0/reason']);
    }
    await expectUntouched();
  });

  it('given complete materials and nothing rejected, when the window returns the application with only a note, then 409 MATERIALS_COMPLETE says it should be accepted', async () => {
    const reply = await clerk.post<ErrorReply>(`/api/applications/${application.id}/return`, { notes: '请补充' });
    expect([reply.status, reply.body.code, reply.body.message]).to.deep.equal([
      409,
      'MATERIALS_COMPLETE',
      '申请材料齐全，应当受理，无需出具一次性告知书',
    ]);
    await expectUntouched();
  });

  it('given the field errors, then /api/openapi.json publishes each code with the schema of its field', async () => {
    const spec = (await clerk.get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json')).body;
    const schemaOf = (path: string) =>
      (
        spec.paths[path]?.['post'] as {
          requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } };
        }
      ).requestBody.content['application/json'].schema.properties;
    for (const path of ['/api/applications/{id}/refuse', '/api/intake/refusals']) {
      expect(schemaOf(path)['reasons']).to.deep.include({
        'x-errors': {
          required: { code: 'REFUSAL_REASONS_REQUIRED', message: NO_REASON },
          minItems: { code: 'REFUSAL_REASONS_REQUIRED', message: NO_REASON },
        },
      });
    }
  });

  it('given reasons written, then the refusal goes through and the application is refused', async () => {
    const reply = await clerk.post<ApplicationReply>(`/api/applications/${application.id}/refuse`, {
      reasons: ['申请事项不属于本机关职权范围'],
    });
    expect([reply.status, reply.body.status]).to.deep.equal([200, 'refused']);
  });
});
