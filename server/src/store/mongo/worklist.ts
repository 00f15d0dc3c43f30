import type { Model } from 'mongoose';
import type { TaskRow } from '../port.js';
import type { CaseDoc, TaskDoc } from './documents.js';
import { toTaskRow } from './mappers.js';

/** A task with its case's worklist fields, as the aggregation yields it. */
interface TaskJoin {
  readonly _id: string;
  readonly itemCode: string;
  readonly receiptNumber: string;
  readonly applicantName: string;
  readonly tasks: TaskDoc;
}

/** Open tasks across cases, earliest deadline first and tasks without one last (as the SQLite adapter orders them). */
export async function listOpenTasks(cases: Model<CaseDoc>, limit: number, scopeKey?: string): Promise<TaskRow[]> {
  const rows = await cases.aggregate<TaskJoin>([
    {
      $match:
        scopeKey === undefined
          ? { 'tasks.0': { $exists: true } }
          : { scopeKeys: scopeKey, 'tasks.0': { $exists: true } },
    },
    { $project: { itemCode: 1, receiptNumber: 1, applicantName: 1, tasks: 1 } },
    { $unwind: '$tasks' },
    { $addFields: { noDue: { $cond: [{ $eq: [{ $ifNull: ['$tasks.dueAt', null] }, null] }, 1, 0] } } },
    { $sort: { noDue: 1, 'tasks.dueAt': 1, 'tasks.startedAt': 1, _id: 1, 'tasks.taskId': 1 } },
    { $limit: limit },
  ]);
  return rows.map((r) => toTaskRow(r._id, r, r.tasks));
}
