import { Schema, type Connection, type Model } from 'mongoose';
import { CalendarConflictError, type CalendarOverridesData, type StoredCalendarOverrides } from '../calendarStore.js';
import { isDuplicateKey } from './mappers.js';

/** The one overrides document (`_id: 'calendar'`). */
interface CalendarDoc {
  _id: string;
  holidays: string[];
  workdays: string[];
  coveredYears: number[];
  revision: number;
  updatedBy: string;
  updatedAt: string;
}

const ID = 'calendar';
const TOP = { versionKey: false, id: false, strict: 'throw', strictQuery: false, minimize: false } as const;

const calendarSchema = new Schema<CalendarDoc>(
  {
    _id: { type: String, required: true },
    holidays: { type: [String], default: [] },
    workdays: { type: [String], default: [] },
    coveredYears: { type: [Number], default: [] },
    revision: { type: Number, required: true },
    updatedBy: { type: String, required: true },
    updatedAt: { type: String, required: true },
  },
  { ...TOP, collection: 'calendar_overrides' },
);

/** The calendar overrides on MongoDB: one document, each save a single-document write guarded by its revision. */
export class MongoCalendar {
  private readonly calendar: Model<CalendarDoc>;
  /** The models, for the store to wait for their collections and indexes. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.calendar = connection.model<CalendarDoc>('GovflowCalendarOverrides', calendarSchema);
    this.models = [this.calendar];
  }

  /** The stored overrides. */
  async get(): Promise<StoredCalendarOverrides | undefined> {
    const doc = await this.calendar.findById(ID).lean<CalendarDoc>();
    if (!doc) return undefined;
    return {
      holidays: [...doc.holidays],
      workdays: [...doc.workdays],
      coveredYears: [...doc.coveredYears],
      revision: doc.revision,
      updatedBy: doc.updatedBy,
      updatedAt: doc.updatedAt,
    };
  }

  /** Inserts the first revision, or updates the expected one; anything else is a conflict. */
  async save(
    overrides: CalendarOverridesData,
    expectedRevision: number,
    by: string,
    at: string,
  ): Promise<StoredCalendarOverrides> {
    const data = {
      holidays: overrides.holidays.map(String),
      workdays: overrides.workdays.map(String),
      coveredYears: overrides.coveredYears.map(Number),
    };
    if (expectedRevision === 0) {
      try {
        await this.calendar.create({ _id: ID, ...data, revision: 1, updatedBy: by, updatedAt: at });
      } catch (error) {
        if (isDuplicateKey(error)) throw new CalendarConflictError(expectedRevision);
        throw error;
      }
    } else {
      const updated = await this.calendar.updateOne(
        { _id: ID, revision: Number(expectedRevision) },
        { $set: { ...data, updatedBy: by, updatedAt: at }, $inc: { revision: 1 } },
      );
      if (updated.modifiedCount !== 1) throw new CalendarConflictError(expectedRevision);
    }
    return { ...data, revision: expectedRevision + 1, updatedBy: by, updatedAt: at };
  }
}
