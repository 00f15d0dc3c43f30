/** An API key of a department system (部门自建业务系统); the secret itself is never stored, only its hash. */
export interface ApiKeyRecord {
  /** Public id, also the key's visible prefix. */
  readonly id: string;
  /** The system's name, e.g. 「区人社局业务系统」. */
  readonly name: string;
  readonly departmentId: string;
  /** Candidate groups whose steps the system may complete. */
  readonly groups: readonly string[];
  /** SHA-256 (hex) of the whole key. */
  readonly secretHash: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** The first answer to a request made under an idempotency key, or its reservation while it runs. */
export interface IdempotencyRecord {
  readonly apiKeyId: string;
  readonly key: string;
  /** Digest of what was asked (route, task and body); the same key with another request is refused. */
  readonly requestHash: string;
  readonly createdAt: string;
  /** HTTP status of the first answer; null while the first request still runs. */
  readonly status: number | null;
  /** The first answer's body as JSON text; null while the first request still runs. */
  readonly response: string | null;
}

/** What reserving an idempotency key gave: the right to run the request, or the record already there. */
export type IdempotencyClaim =
  { readonly reserved: true } | { readonly reserved: false; readonly existing: IdempotencyRecord };

/** Store methods for department systems: their API keys and the idempotency records of their pushes. */
export interface DepartmentSystemStore {
  /** Inserts a key; a second key with the same id fails. */
  saveApiKey(record: ApiKeyRecord): Promise<void>;
  findApiKey(id: string): Promise<ApiKeyRecord | undefined>;
  /** Every key, revoked ones included, newest first. */
  listApiKeys(): Promise<readonly ApiKeyRecord[]>;
  /** Revokes a key once (a second revocation keeps the first date); undefined for an unknown id. */
  revokeApiKey(id: string, by: string, at: string): Promise<ApiKeyRecord | undefined>;
  /**
   * Atomically reserves `(apiKeyId, key)` for a request until `leaseUntil` (epoch ms). When a record
   * exists it is returned instead, unless it is an unfinished reservation of the same request whose
   * lease ran out before `now` (its process died): then this caller takes it over.
   */
  reserveIdempotencyKey(
    entry: Pick<IdempotencyRecord, 'apiKeyId' | 'key' | 'requestHash' | 'createdAt'>,
    leaseUntil: number,
    now: number,
  ): Promise<IdempotencyClaim>;
  /** Stores the first answer of a reserved key; it never changes afterwards. */
  completeIdempotencyKey(apiKeyId: string, key: string, status: number, response: string): Promise<void>;
  /** Drops an unfinished reservation (the request failed and changed nothing), so it may be retried. */
  releaseIdempotencyKey(apiKeyId: string, key: string): Promise<void>;
}
