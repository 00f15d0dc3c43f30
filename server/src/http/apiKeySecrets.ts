import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from './apiError.js';

/** What every kind of API key keeps: its id, the digest of its secret, and whether it was revoked. */
export interface StoredApiKey {
  readonly id: string;
  readonly secretHash: string;
  readonly revokedAt: string | null;
}

/**
 * A new key of a kind (`gfk` department systems, `gfh` the 12345 hotline): `<prefix>.<12 hex id>.<43
 * base64url secret>`, and the SHA-256 digest that is all the store keeps.
 */
export function newApiKey(prefix: string): {
  readonly id: string;
  readonly secret: string;
  readonly secretHash: string;
} {
  const id = randomBytes(6).toString('hex');
  const secret = `${prefix}.${id}.${randomBytes(32).toString('base64url')}`;
  return { id, secret, secretHash: digestApiKey(secret) };
}

/** The SHA-256 digest of a whole key. */
export function digestApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * The stored key behind an `X-Api-Key` header of the given kind: the id is read from the header, the
 * digests compared in constant time; 401 `API_KEY_INVALID` when missing, malformed, unknown or wrong
 * (`hint` says where keys come from), 401 `API_KEY_REVOKED` when revoked.
 */
export async function authenticateApiKey<K extends StoredApiKey>(
  prefix: string,
  header: string,
  find: (id: string) => Promise<K | undefined>,
  hint: string,
): Promise<K> {
  const id = new RegExp(`^${prefix}\\.([0-9a-f]{12})\\.[\\w-]{43}$`, 'u').exec(header)?.[1];
  const record = id === undefined ? undefined : await find(id);
  if (!record || !sameDigest(record.secretHash, digestApiKey(header))) {
    throw new ApiError(401, 'API_KEY_INVALID', `接口密钥无效，请在请求头 X-Api-Key 中提供${hint}`);
  }
  if (record.revokedAt !== null) {
    throw new ApiError(401, 'API_KEY_REVOKED', '接口密钥已被吊销，请联系中心管理员', { id: record.id });
  }
  return record;
}

function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
