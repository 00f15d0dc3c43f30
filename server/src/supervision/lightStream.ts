import { canReadCase } from '../organisation/caseAccess.js';
import type { SessionUser } from '../services/authService.js';
import { PassThrough } from 'node:stream';
import type { CaseEventBus } from '../events/caseEventBus.js';
import type { Store } from '../store/port.js';
import type { CaseLights } from './caseLights.js';
import type { SupervisionService } from './supervisionService.js';

/** A connected live client (a window's three lights, a supervisor's board). */
interface Client {
  readonly stream: PassThrough;
  /** Whose stream it is: a case's light goes only to clients who may read the case. */
  readonly reader: SessionUser;
}

/**
 * Pushes light changes over Server-Sent Events: every commit on the event bus (acceptance, a step
 * done, a timer fired, a clock stopped) recomputes that case's lights and sends them to every client
 * who may read the case.
 * Several events of one commit are sent once.
 */
export class LightStream {
  private readonly clients = new Set<Client>();
  private readonly pending = new Set<string>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly unsubscribe: () => void;

  constructor(
    bus: CaseEventBus,
    private readonly store: Store,
    private readonly supervision: SupervisionService,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.unsubscribe = bus.subscribe(({ caseId }) => this.schedule(caseId));
    this.keepAlive = setInterval(() => this.broadcast(': keep-alive\n\n'), 15_000);
    this.keepAlive.unref();
  }

  /** Opens a stream for one client; it ends when the client goes away. */
  connect(reader: SessionUser): PassThrough {
    const stream = new PassThrough();
    const client = { stream, reader };
    this.clients.add(client);
    stream.on('close', () => this.clients.delete(client));
    stream.write('retry: 3000\n\n');
    return stream;
  }

  /** Closes every stream and stops listening. */
  close(): void {
    clearInterval(this.keepAlive);
    this.unsubscribe();
    for (const { stream } of this.clients) stream.end();
    this.clients.clear();
  }

  private schedule(caseId: string): void {
    if (this.clients.size === 0 || this.pending.has(caseId)) return;
    this.pending.add(caseId);
    queueMicrotask(() => {
      this.pending.delete(caseId);
      void this.push(caseId).catch(this.onError);
    });
  }

  private async push(caseId: string): Promise<void> {
    const record = await this.store.getCase(caseId);
    if (!record) return;
    const lights: CaseLights = await this.supervision.lightsOf(record);
    const text = `event: light\ndata: ${JSON.stringify({ ...lights, status: record.state.status })}\n\n`;
    this.broadcast(text, (client) => canReadCase(client.reader, record));
  }

  private broadcast(text: string, to: (client: Client) => boolean = () => true): void {
    for (const client of this.clients) if (to(client)) client.stream.write(text);
  }
}
