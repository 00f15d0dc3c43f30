import { expect } from 'chai';
import { HttpClient, type Reply } from '../../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';

interface Organisation {
  units: { id: string; name: string; level: string; parentId: string | null }[];
  departments: { id: string; name: string; unitId: string; catalogName: string; groups: string[] }[];
  windows: { id: string; name: string; unitId: string; departmentId: string | null; groups: string[] }[];
}
interface ErrorReply {
  code: string;
  details: { problems?: { path: string; code: string; message: string }[]; errors?: { path: string }[] };
}

function put<T>(client: HttpClient, path: string, body: unknown): Promise<Reply<T>> {
  return client.send<T>('PUT', path, JSON.stringify(body), 'application/json');
}

describe('server / organisation and accounts administration', () => {
  let server: TestServer;
  let admin: HttpClient;
  let clerk: HttpClient;

  beforeEach(async () => {
    server = await startTestServer();
    admin = await new HttpClient(server.url).login('admin');
    clerk = await new HttpClient(server.url).login('clerk');
  });
  afterEach(() => server.close());

  it('given the demo start, then the tree runs city → district → streets → communities with departments and windows', async () => {
    const org = (await clerk.get<Organisation>('/api/organisation')).body;
    const levelOf = (id: string) => org.units.find((u) => u.id === id)?.level;
    expect(org.units.filter((u) => u.parentId === null).map((u) => u.name)).to.deep.equal(['成都市']);
    expect(['cd', 'jj', 'jj-chunxilu', 'jj-chunxilu-kejiaxiang'].map(levelOf)).to.deep.equal([
      'city',
      'district',
      'town',
      'village',
    ]);
    expect(org.departments.find((d) => d.id === 'jj-labour')?.groups).to.include('district-labour');
    expect(org.windows.find((w) => w.id === 'jj-chunxilu-kejiaxiang-room')?.groups).to.deep.equal(['village-agent']);
  });

  it('given a tree with a cycle, an unknown parent, a duplicate id and a unit still in use removed, then 400 lists every problem and nothing changes', async () => {
    const org = (await admin.get<Organisation>('/api/organisation')).body;
    const broken: Organisation = {
      ...org,
      units: [
        ...org.units
          .filter((u) => u.id !== 'jj-shuyuanjie' && u.parentId !== 'jj-shuyuanjie')
          .map((u) => (u.id === 'cd' ? { ...u, parentId: 'jj' } : u)),
        { id: 'x1', name: '无上级', level: 'town', parentId: 'nowhere' },
        { id: 'x1', name: '重复', level: 'town', parentId: 'jj' },
      ],
    };
    const reply = await put<ErrorReply>(admin, '/api/organisation', broken);
    expect(reply.status).to.equal(400);
    expect(reply.body.code).to.equal('ORGANISATION_INVALID');
    const codes = new Set((reply.body.details.problems ?? []).map((p) => p.code));
    for (const code of ['ORG_DUPLICATE_ID', 'ORG_UNKNOWN_PARENT', 'ORG_CYCLE', 'ORG_UNIT_IN_USE', 'ORG_UNKNOWN_UNIT']) {
      expect(codes, code).to.include(code);
    }
    expect((await admin.get<Organisation>('/api/organisation')).body).to.deep.equal(org);
  });

  it('given a new community under a street, when the administrator saves the tree, then it is stored and read back', async () => {
    const org = (await admin.get<Organisation>('/api/organisation')).body;
    const grown = {
      ...org,
      units: [...org.units, { id: 'jj-shuyuanjie-new', name: '新社区', level: 'village', parentId: 'jj-shuyuanjie' }],
      windows: [
        ...org.windows,
        {
          id: 'jj-shuyuanjie-new-room',
          name: '新社区便民服务室',
          unitId: 'jj-shuyuanjie-new',
          departmentId: null,
          groups: ['village-agent'],
        },
      ],
    };
    expect((await put(admin, '/api/organisation', grown)).status).to.equal(200);
    expect((await clerk.get<Organisation>('/api/organisation')).body).to.deep.equal(grown);
  });

  it('given a clerk, when changing the tree or any account, then 403 and nothing changes', async () => {
    const org = (await clerk.get<Organisation>('/api/organisation')).body;
    expect((await put(clerk, '/api/organisation', { ...org, windows: [] })).status).to.equal(403);
    expect((await clerk.get('/api/users')).status).to.equal(403);
    expect((await clerk.post('/api/users', { username: 'x' })).status).to.equal(403);
    expect((await clerk.get<Organisation>('/api/organisation')).body.windows.length).to.equal(org.windows.length);
  });

  it('given a new clerk at 书院街街道, when created by the administrator, then they sign in and see that street only', async () => {
    const created = await admin.post<{ id: string; passwordHash?: string }>('/api/users', {
      username: 'sun2',
      displayName: '书院街窗口 孙二',
      role: 'clerk',
      groups: ['street-window'],
      unitId: 'jj-shuyuanjie',
      departmentId: null,
      windowId: 'jj-shuyuanjie-window',
      password: 'a-long-password',
    });
    expect(created.status).to.equal(201);
    expect(created.body).to.not.have.property('passwordHash');
    const accepted = await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
    const sun = await new HttpClient(server.url).login('sun2', 'a-long-password');
    expect((await sun.get(`/api/cases/${accepted.body.id}`)).status).to.equal(404);
    const theirs = await sun.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(
      (await new HttpClient(server.url).login('clerk3').then((c) => c.get(`/api/cases/${theirs.body.id}`))).status,
    ).to.equal(200);
    const listed = await admin.get<{ username: string; passwordHash?: string }[]>('/api/users');
    expect(listed.body.map((u) => u.username)).to.include('sun2');
    expect(listed.body.some((u) => 'passwordHash' in u)).to.equal(false);
  });

  it('given an account naming places that do not exist or disagree, or a taken user name, then 400 / 409 with every field named', async () => {
    const bad = await admin.post<ErrorReply>('/api/users', {
      username: 'ghost',
      displayName: '幽灵',
      role: 'agent',
      groups: [],
      unitId: 'jj-chunxilu',
      departmentId: 'nowhere',
      windowId: 'jj-shuyuanjie-window',
      password: 'a-long-password',
    });
    expect(bad.status).to.equal(400);
    expect((bad.body.details.errors ?? []).map((e) => e.path).sort()).to.deep.equal(['/departmentId', '/windowId']);
    const taken = await admin.post<ErrorReply>('/api/users', {
      username: 'clerk',
      displayName: '重名',
      role: 'applicant',
      groups: [],
      unitId: null,
      departmentId: null,
      windowId: null,
      password: 'a-long-password',
    });
    expect([taken.status, taken.body.code]).to.deep.equal([409, 'USERNAME_TAKEN']);
    const operator = await admin.post<ErrorReply>('/api/users', {
      username: { $gt: '' },
      displayName: 'x',
      role: 'clerk',
      groups: [],
      unitId: 'jj',
      departmentId: null,
      windowId: null,
      password: 'a-long-password',
    });
    expect(operator.status).to.equal(400);
  });
});
