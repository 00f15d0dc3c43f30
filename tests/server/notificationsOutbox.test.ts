import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NotificationDispatcher, WebhookNotifier, type WebhookBody } from '@govflow/server';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface CaseReply {
  id: string;
  receiptNumber: string;
}

describe('notifications over HTTP: commands write the outbox, the dispatcher tells the applicant', () => {
  let server: TestServer;
  let clerk: HttpClient;
  let gateway: Server;
  let gatewayUrl: string;
  let gatewayStatus = 503;
  const sms: WebhookBody[] = [];

  before(async () => {
    server = await startTestServer({ now: '2026-03-02T09:00:00+08:00' });
    clerk = await new HttpClient(server.url).login('clerk');
    gateway = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      req.on('end', () => {
        if (gatewayStatus === 200) sms.push(JSON.parse(raw) as WebhookBody);
        res.statusCode = gatewayStatus;
        res.end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
  });
  after(async () => {
    await server.close();
    gateway.closeAllConnections();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  });

  it('given a gateway that is down, when a case is accepted and its clock stopped for 补正, then the commands succeed and the notices wait in the outbox until the gateway is back', async () => {
    const accepted = await clerk.post<CaseReply>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(accepted.status).to.equal(201);
    const stopped = await clerk.post(`/api/cases/${accepted.body.id}/clock/stop`, {
      kind: 'supplement',
      reason: '身份证复印件不清晰',
    });
    expect(stopped.status).to.equal(200);

    const pending = await server.store.listOutbox({ caseId: accepted.body.id }, 10);
    expect(pending.map((m) => [m.template, m.channel, m.to, m.status])).to.deep.equal([
      ['case.accepted', 'sms', '13980012345', 'pending'],
      ['clock.stopped', 'sms', '13980012345', 'pending'],
    ]);

    let now = Date.now();
    const dispatcher = new NotificationDispatcher({
      store: server.store,
      notifiers: { default: new WebhookNotifier({ url: gatewayUrl }) },
      now: () => now,
    });
    expect(await dispatcher.deliverDue()).to.deep.equal({ delivered: 0, retried: 2, dead: 0 });
    gatewayStatus = 200;
    now += 60_000;
    expect(await dispatcher.deliverDue()).to.deep.equal({ delivered: 2, retried: 0, dead: 0 });
    expect(sms.map((m) => [m.template, m.to])).to.deep.equal([
      ['case.accepted', '13980012345'],
      ['clock.stopped', '13980012345'],
    ]);
    expect(sms[0]?.text).to.contain(`受理编号 ${accepted.body.receiptNumber}`);
    expect(sms[1]?.text).to.contain('需要补正材料：身份证复印件不清晰');
    const delivered = await server.store.listOutbox({ caseId: accepted.body.id }, 10);
    expect(delivered.map((m) => [m.status, m.attempts])).to.deep.equal([
      ['delivered', 1],
      ['delivered', 1],
    ]);
  });
});
