import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createNotifiers,
  DeliveryError,
  LogNotifier,
  maskMobile,
  notifierConfigFromEnv,
  WebhookNotifier,
  type OutboxEntry,
  type WebhookBody,
} from '@govflow/server';
import { expect } from 'chai';

/** A real HTTP server standing in for the SMS gateway: records requests, answers as told. */
interface Gateway {
  readonly url: string;
  readonly received: { headers: IncomingMessage['headers']; body: WebhookBody }[];
  status: number;
  delayMs: number;
  close(): Promise<void>;
}

async function startGateway(): Promise<Gateway> {
  const gateway = { received: [], status: 200, delayMs: 0 } as unknown as Gateway;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      gateway.received.push({ headers: req.headers, body: JSON.parse(raw) as WebhookBody });
      setTimeout(() => {
        res.statusCode = gateway.status;
        res.end('{}');
      }, gateway.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(gateway, {
    url: `http://127.0.0.1:${port}/sms`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const MESSAGE: OutboxEntry = {
  caseId: 'C1',
  id: 'C1:1:applicant',
  channel: 'sms',
  to: '13980012345',
  template: 'case.accepted',
  payload: { text: '王仕碧您好，您申请的事项已受理。', receiptNumber: 'SL20260302-0001' },
  createdAt: '2026-03-02T09:00:00.000+08:00',
  status: 'pending',
  attempts: 2,
  nextAttemptAt: 0,
  lastError: null,
  deliveredAt: null,
};

describe('notifications / webhook and log notifiers', () => {
  let gateway: Gateway;

  beforeEach(async () => {
    gateway = await startGateway();
  });
  afterEach(() => gateway.close());

  it('given a message, then it is POSTed as JSON with an idempotency key that stays the same on every retry', async () => {
    await new WebhookNotifier({ url: gateway.url, headers: { authorization: 'Bearer secret' } }).deliver(MESSAGE);
    const [request] = gateway.received;
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(request?.headers['idempotency-key']).to.equal('C1:C1:1:applicant');
    expect(request?.headers['authorization']).to.equal('Bearer secret');
    expect(request?.body).to.deep.equal({
      key: 'C1:C1:1:applicant',
      caseId: 'C1',
      channel: 'sms',
      to: '13980012345',
      template: 'case.accepted',
      text: '王仕碧您好，您申请的事项已受理。',
      payload: MESSAGE.payload,
      createdAt: MESSAGE.createdAt,
      attempt: 3,
    });
  });

  it('given a gateway answering 503, then the delivery fails with the status', async () => {
    gateway.status = 503;
    const error = await new WebhookNotifier({ url: gateway.url }).deliver(MESSAGE).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DeliveryError);
    expect((error as DeliveryError).message).to.equal('通知网关返回 HTTP 503');
    expect((error as DeliveryError).details).to.deep.equal({ status: 503 });
  });

  it('given a gateway slower than the timeout, then the delivery fails as a timeout', async () => {
    gateway.delayMs = 500;
    const error = await new WebhookNotifier({ url: gateway.url, timeoutMs: 50 })
      .deliver(MESSAGE)
      .catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DeliveryError);
    expect((error as DeliveryError).message).to.equal('通知网关在 50 毫秒内未响应');
  });

  it('given a gateway that cannot be reached, then the delivery fails', async () => {
    const url = gateway.url;
    await gateway.close();
    gateway = await startGateway();
    const error = await new WebhookNotifier({ url }).deliver(MESSAGE).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DeliveryError);
    expect((error as DeliveryError).message).to.equal('无法连接通知网关');
  });

  it('given a malformed or non-HTTP URL, then the notifier refuses to start', () => {
    expect(() => new WebhookNotifier({ url: 'not a url' })).to.throw(DeliveryError, '通知网关地址无效');
    expect(() => new WebhookNotifier({ url: 'file:///etc/passwd' })).to.throw(DeliveryError);
  });

  it('given the log notifier, then it writes the text with the mobile number masked', async () => {
    const lines: { message: string; fields: Readonly<Record<string, unknown>> }[] = [];
    await new LogNotifier((message, fields) => lines.push({ message, fields })).deliver(MESSAGE);
    expect(lines).to.deep.equal([
      {
        message: '通知已记录',
        fields: {
          caseId: 'C1',
          id: 'C1:1:applicant',
          channel: 'sms',
          template: 'case.accepted',
          to: '139****2345',
          text: '王仕碧您好，您申请的事项已受理。',
        },
      },
    ]);
    expect(maskMobile('028-86650000')).to.equal('028-86650000');
  });

  it('given GOVFLOW_WEBHOOK_URL, then SMS goes to the webhook and log messages stay in the log; without it, all go to the log', () => {
    const log = () => undefined;
    const withUrl = createNotifiers(
      notifierConfigFromEnv({ GOVFLOW_WEBHOOK_URL: gateway.url, GOVFLOW_WEBHOOK_TIMEOUT_MS: '2000' }, log),
    );
    expect([withUrl.sms?.name, withUrl.webhook?.name, withUrl.log?.name, withUrl.default.name]).to.deep.equal([
      'webhook',
      'webhook',
      'log',
      'log',
    ]);
    const without = createNotifiers(notifierConfigFromEnv({}, log));
    expect([without.sms, without.default.name]).to.deep.equal([undefined, 'log']);
  });
});
