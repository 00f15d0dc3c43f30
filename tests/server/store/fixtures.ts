import { demoCatalog, publishItem, type ApprovalItem, type PublishedItem } from '@govflow/catalog';
import {
  applyCommand,
  compileProcess,
  createChinaCalendar,
  startCase,
  type CaseState,
  type Command,
  type EngineResult,
  type ProcessModel,
} from '@govflow/engine';
import type { CaseRecord, OutboxMessage } from '@govflow/server';

/** The instant the fixture cases are accepted (a Monday, China time). */
export const T0 = '2026-03-02T09:00:00+08:00';

/** A published demo item and its compiled process, for building real engine states. */
export interface CaseFactory {
  readonly item: ApprovalItem;
  readonly published: PublishedItem;
  readonly model: ProcessModel;
  /** A new case as the intake service would create it. */
  start(
    id: string,
    options?: {
      now?: string;
      receiptNumber?: string;
      applicantName?: string;
      unitId?: string;
      scopeKeys?: readonly string[];
    },
  ): NewCase;
  /** The engine's answer to a command on a state. */
  step(state: CaseState, command: Command, now: string): EngineResult;
  /** Completes the first open task (受理) with the materials verified. */
  completeFirst(state: CaseState, now: string): EngineResult;
}

/** What `createCase` takes. */
export interface NewCase {
  readonly record: Omit<CaseRecord, 'version'>;
  readonly events: EngineResult['events'];
}

let factory: Promise<CaseFactory> | undefined;

/** The shared factory (the process is compiled once per run). */
export function caseFactory(): Promise<CaseFactory> {
  factory ??= build();
  return factory;
}

/** An outbox message with sensible defaults; an override set to `undefined` leaves the field out. */
export function outboxMessage(
  id: string,
  overrides: { readonly [K in keyof OutboxMessage]?: OutboxMessage[K] | undefined } = {},
): OutboxMessage {
  const message = {
    id,
    channel: 'sms',
    to: '13980012345',
    template: 'case.accepted',
    payload: { text: `通知 ${id}` },
    createdAt: T0,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(message).filter(([, v]) => v !== undefined)) as unknown as OutboxMessage;
}

async function build(): Promise<CaseFactory> {
  const calendar = createChinaCalendar();
  const item = demoCatalog().find((i) => i.code === 'JJ-RS-001');
  if (!item) throw new Error('demo item JJ-RS-001 is missing');
  const { published } = await publishItem(item, { by: 'admin', at: '2026-03-01T09:00:00+08:00' });
  const { model } = await compileProcess(item.processXml);
  const step = (state: CaseState, command: Command, now: string) =>
    applyCommand(model, state, command, { now, calendar });
  return {
    item: published.item,
    published,
    model,
    start(id, options = {}) {
      const started = startCase(model, { caseId: id, actor: { id: 'clerk' }, now: options.now ?? T0, calendar });
      return {
        record: {
          id,
          receiptNumber: options.receiptNumber ?? `SL-${id}`,
          itemCode: item.code,
          itemVersion: published.item.version,
          state: started.state,
          formData: { applicantName: '王仕碧', phone: '13980012345', note: { $where: '1', 'a.b': 'dotted' } },
          materials: [{ id: 'id-card', originals: 1 }],
          applicantName: options.applicantName ?? '王仕碧',
          createdBy: 'clerk',
          createdAt: started.state.startedAt,
          unitId: options.unitId ?? 'jj-chunxilu',
          windowId: 'jj-chunxilu-window',
          scopeKeys: options.scopeKeys ?? ['unit:jj-chunxilu', 'user:clerk', 'window:jj-chunxilu-window'],
        },
        events: started.events,
      };
    },
    step,
    completeFirst(state, now) {
      const task = state.tasks[0];
      if (!task) throw new Error('no open task');
      return step(
        state,
        {
          type: 'complete',
          taskId: task.id,
          actor: { id: 'clerk', groups: ['street-window'] },
          verifiedMaterials: ['id-card', 'loss-statement'],
        },
        now,
      );
    },
  };
}
