import { createHash } from 'node:crypto';
import type { Model } from 'mongoose';
import type { Organisation } from '../../organisation/organisation.js';
import type { StoredOrganisation } from '../organisationStore.js';
import type { UserRecord } from '../port.js';
import type { CounterDoc, OrganisationDoc, SessionDoc, UserDoc } from './documents.js';
import { isDuplicateKey, key, toUser } from './mappers.js';

/** Users, sessions, receipt counters and the organisation, each in its own collection. */
export class MongoAccounts {
  constructor(
    private readonly users: Model<UserDoc>,
    private readonly sessions: Model<SessionDoc>,
    private readonly counters: Model<CounterDoc>,
    private readonly organisation: Model<OrganisationDoc>,
  ) {}

  /** The organisation document. */
  async getOrganisation(): Promise<StoredOrganisation | undefined> {
    const doc = await this.organisation.findById('organisation').lean<OrganisationDoc>();
    if (!doc) return undefined;
    return { organisation: JSON.parse(doc.data) as Organisation, updatedBy: doc.updatedBy, updatedAt: doc.updatedAt };
  }

  /** Replaces the organisation document. */
  async saveOrganisation(organisation: Organisation, by: string, at: string): Promise<void> {
    await this.organisation.replaceOne(
      { _id: 'organisation' },
      { _id: 'organisation', data: JSON.stringify(organisation), updatedBy: by, updatedAt: at },
      { upsert: true },
    );
  }

  /** Every account by user name. */
  async listUsers(): Promise<readonly UserRecord[]> {
    const docs = await this.users.find({}).sort({ username: 1 }).lean<UserDoc[]>();
    return docs.map((doc) => toUser(doc) as UserRecord);
  }

  /** The day's next receipt number: one atomic `$inc` with upsert on the day's counter. */
  async nextReceiptNumber(day: string): Promise<string> {
    return `SL${key(day, 'day').replaceAll('-', '')}-${String(await this.increment(day)).padStart(4, '0')}`;
  }

  /** The day's next number for a document prefix (its own counter, `<prefix>:<day>`). */
  async nextDocumentNumber(prefix: string, day: string): Promise<string> {
    const n = await this.increment(`${key(prefix, 'prefix')}:${key(day, 'day')}`);
    return `${prefix}${day.replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
  }

  /** One atomic `$inc` with upsert on a counter; returns the new value. */
  private async increment(id: string): Promise<number> {
    let doc: CounterDoc | null = null;
    for (let attempt = 0; doc === null; attempt++) {
      try {
        doc = await this.counters
          .findOneAndUpdate({ _id: id }, { $inc: { last: 1 } }, { upsert: true, returnDocument: 'after' })
          .lean<CounterDoc>();
      } catch (error) {
        // Two first numbers of a day may race to insert the counter; the loser retries the $inc.
        if (!isDuplicateKey(error) || attempt >= 2) throw error;
      }
    }
    return doc.last;
  }

  /** Inserts or replaces by id; like the SQLite adapter, another account holding the username is replaced. */
  async saveUser(user: UserRecord): Promise<void> {
    const id = key(user.id, 'id');
    const username = key(user.username, 'username');
    await this.users.deleteMany({ username, _id: { $ne: id } });
    await this.users.replaceOne(
      { _id: id },
      {
        _id: id,
        username,
        displayName: user.displayName,
        role: user.role,
        groups: [...user.groups],
        unitId: user.unitId,
        departmentId: user.departmentId,
        windowId: user.windowId,
        passwordHash: user.passwordHash,
      },
      { upsert: true },
    );
  }

  /** The account with this sign-in name. */
  async findUserByName(username: string): Promise<UserRecord | undefined> {
    return toUser(await this.users.findOne({ username: key(username, 'username') }).lean<UserDoc>());
  }

  /** The account with this id. */
  async findUser(id: string): Promise<UserRecord | undefined> {
    return toUser(await this.users.findById(key(id, 'id')).lean<UserDoc>());
  }

  /** How many accounts exist. */
  countUsers(): Promise<number> {
    return this.users.countDocuments({});
  }

  /** Stores a session under its token's digest; a TTL index removes it once expired. */
  async saveSession(token: string, userId: string, expiresAt: string): Promise<void> {
    await this.sessions.create({
      _id: digest(key(token, 'token')),
      userId: key(userId, 'userId'),
      expiresAt,
      expireAt: new Date(expiresAt),
    });
  }

  /** The user of a session still valid at `now`. */
  async findSession(token: string, now: string): Promise<string | undefined> {
    const doc = await this.sessions
      .findOne({ _id: digest(key(token, 'token')), expiresAt: { $gt: key(now, 'now') } })
      .lean<SessionDoc>();
    return doc?.userId;
  }

  /** Ends a session. */
  async deleteSession(token: string): Promise<void> {
    await this.sessions.deleteOne({ _id: digest(key(token, 'token')) });
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
