import { expect } from 'chai';
import type { CaseReply, ErrorReply } from '../../scenarios/support/lifecycle.js';
import { REEMPLOYMENT_APPLICATION } from '../../support/demoApplication.js';
import { HttpClient } from '../../support/httpClient.js';
import { startTestServer, type TestServer } from '../../support/testServer.js';
import { signInAll, type SettingsReply } from './signalsSupport.js';

interface CaseState {
  state: {
    clock: { ladder?: { warningDaysLeft?: number; supervisionDays?: number } };
    timers: { id: string; dueAt: string }[];
  };
}

describe('supervision signals / settings: center-wide with per-item overrides, changed by administrators and supervisors only', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let lead: HttpClient;
  let supervisor: HttpClient;
  let admin: HttpClient;

  before(async () => {
    server = await startTestServer({ now: '2026-09-21T09:00:00+08:00' });
    [clerk, lead, supervisor, admin] = await signInAll(server.url, 'clerk', 'lead', 'supervisor', 'admin');
  });
  after(() => server.close());

  const read = async (client: HttpClient) => (await client.get<SettingsReply>('/api/supervision/signal-settings')).body;
  const put = (client: HttpClient, body: unknown) =>
    client.send<SettingsReply & ErrorReply>(
      'PUT',
      '/api/supervision/signal-settings',
      JSON.stringify(body),
      'application/json',
    );

  it('given nothing saved, then every member of staff reads the defaults (seed 000’s lights, version 0); an applicant may not', async () => {
    const settings = await read(clerk);
    expect(settings.version).to.equal(0);
    expect(settings.center).to.deep.include({
      scheme: 'lights',
      warningDaysLeft: 1,
      supervisionDays: 5,
      answerDays: 3,
      overtimeDefault: false,
    });
    expect(settings.items).to.deep.equal({});
    const applicant = await new HttpClient(server.url).login('applicant');
    expect((await applicant.get('/api/supervision/signal-settings')).status).to.equal(403);
  });

  it('given a clerk or a lead, when they change the settings, then 403 and nothing changes', async () => {
    const settings = await read(supervisor);
    for (const who of [clerk, lead]) {
      const reply = await put(who, { ...settings, center: { ...settings.center, supervisionDays: 1 } });
      expect(reply.status).to.equal(403);
    }
    expect((await read(supervisor)).version).to.equal(0);
  });

  it('given bad settings, then 400 names every bad field, unknown items are 422, and nothing is saved', async () => {
    const settings = await read(supervisor);
    const bad = await put(supervisor, {
      center: { ...settings.center, scheme: 'stars', warningDaysLeft: 0.3, supervisionDays: 0, extra: true },
      items: { 'JJ-RS-001': {} },
    });
    expect(bad.status).to.equal(400);
    const paths = (bad.body.details['errors'] as { path: string }[]).map((e) => e.path);
    expect(paths).to.include.members([
      '/center/scheme',
      '/center/warningDaysLeft',
      '/center/supervisionDays',
      '/items/JJ-RS-001',
    ]);
    const unknown = await put(supervisor, { center: settings.center, items: { 'JJ-NO-999': { scheme: 'lights' } } });
    expect(unknown.status).to.equal(422);
    expect(unknown.body).to.deep.include({ code: 'ITEM_NOT_FOUND' });
    expect(unknown.body.details).to.deep.equal({ items: ['JJ-NO-999'] });
    expect((await put(supervisor, { items: {} })).status).to.equal(400);
    expect((await read(supervisor)).version).to.equal(0);
  });

  it('given two editors on the same version, then the second is refused with 409 instead of overwriting the first', async () => {
    const settings = await read(supervisor);
    const first = await put(supervisor, {
      version: 0,
      center: { ...settings.center, scheme: 'cards', supervisionDays: 4 },
      items: {},
    });
    expect(first.status).to.equal(200);
    expect(first.body.version).to.equal(1);
    const second = await put(admin, { version: 0, center: { ...settings.center, supervisionDays: 8 }, items: {} });
    expect(second.status).to.equal(409);
    expect(second.body.code).to.equal('SETTINGS_CONFLICT');
    expect((await read(clerk)).center['supervisionDays']).to.equal(4);
  });

  it('given a per-item override, then a case accepted afterwards runs on it, while a case accepted before keeps the ladder it started with', async () => {
    const before = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const settings = await read(admin);
    const saved = await put(admin, {
      version: settings.version,
      center: settings.center,
      items: { 'JJ-RS-001': { warningDaysLeft: 2, supervisionDays: 1 } },
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(saved.body.items).to.deep.equal({ 'JJ-RS-001': { warningDaysLeft: 2, supervisionDays: 1 } });
    const after = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const ladder = async (id: string) => (await clerk.get<CaseState>(`/api/cases/${id}`)).body.state;
    expect((await ladder(before.body.id)).clock.ladder).to.deep.equal({ warningDaysLeft: 1, supervisionDays: 4 });
    const state = await ladder(after.body.id);
    expect(state.clock.ladder).to.deep.equal({ warningDaysLeft: 2, supervisionDays: 1 });
    // Due at the end of 10-08: two working days before is the start of 09-30 (10-01..07 are holidays).
    expect(state.timers.find((t) => t.id === 'case:warning')?.dueAt).to.equal('2026-09-30T00:00:00.000+08:00');
  });

  it('given overtime-default approval adopted by the center, then only then do the cases of an item that enables it carry the deemed timer', async () => {
    const deemed = async () => {
      const created = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
      const state = (await clerk.get<CaseState>(`/api/cases/${created.body.id}`)).body.state;
      return state.timers.find((t) => t.id === 'case:deemed')?.dueAt;
    };
    expect(await deemed()).to.equal(undefined);
    const settings = await read(admin);
    const saved = await put(admin, {
      version: settings.version,
      center: { ...settings.center, overtimeDefault: true },
      items: settings.items,
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(200);
    expect(await deemed()).to.equal('2026-10-09T00:00:00.000+08:00');
  });

  it('given the lights scheme for the item, then its new cases carry no ladder at all', async () => {
    const settings = await read(admin);
    await put(admin, {
      version: settings.version,
      center: settings.center,
      items: { 'JJ-RS-001': { scheme: 'lights' } },
    });
    const created = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    const state = (await clerk.get<CaseState>(`/api/cases/${created.body.id}`)).body.state;
    expect(state.clock.ladder).to.equal(undefined);
    expect(state.timers.map((t) => t.id)).to.not.include.members(['case:warning', 'case:supervision']);
  });
});
