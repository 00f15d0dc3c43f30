import type { Connection, Model } from 'mongoose';
import type { EvaluationCode } from '../evaluationStore.js';
import { isDuplicateKey, key } from './mappers.js';
import { evaluationCodeSchema, type EvaluationCodeDoc } from './mongoFeedbackSchemas.js';

/** The window evaluation codes on MongoDB (`_id` is the code); every write is one single-document operation. */
export class MongoEvaluationCodes {
  private readonly codes: Model<EvaluationCodeDoc>;
  /** The model, for the store to wait for its collection. */
  readonly models: readonly { init(): Promise<unknown> }[];

  constructor(connection: Connection) {
    this.codes = connection.model<EvaluationCodeDoc>('GovflowEvaluationCode', evaluationCodeSchema);
    this.models = [this.codes];
  }

  /** Inserts the code, else takes over the same code when it expired or was used. */
  async save(code: EvaluationCode): Promise<boolean> {
    const fields = {
      caseId: code.caseId,
      clerkId: code.clerkId,
      windowId: code.windowId,
      createdAt: code.createdAt,
      expiresAt: code.expiresAt,
      expiresMs: Date.parse(code.expiresAt),
      used: false,
    };
    try {
      await this.codes.create({ _id: key(code.code, 'code'), ...fields });
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const taken = await this.codes.updateOne(
      { _id: code.code, $or: [{ used: true }, { expiresMs: { $lte: Date.parse(code.createdAt) } }] },
      { $set: fields },
    );
    return taken.modifiedCount === 1;
  }

  async find(code: string, at: string): Promise<EvaluationCode | undefined> {
    const doc = await this.codes
      .findOne({ _id: key(code, 'code'), used: false, expiresMs: { $gt: Date.parse(at) } })
      .lean<EvaluationCodeDoc>();
    return doc
      ? {
          code: doc._id,
          caseId: doc.caseId,
          clerkId: doc.clerkId,
          windowId: doc.windowId ?? null,
          createdAt: doc.createdAt,
          expiresAt: doc.expiresAt,
        }
      : undefined;
  }

  async consume(code: string): Promise<void> {
    await this.codes.updateOne({ _id: key(code, 'code') }, { $set: { used: true } });
  }
}
