import { expect } from 'chai';
import type { ApiKeyRecord } from '@govflow/server';
import { rejection, type ContractContext } from './context.js';

const apiKey = (id: string, createdAt: string): ApiKeyRecord => ({
  id,
  name: '区人社局业务系统',
  departmentId: 'jj-labour',
  groups: ['district-labour', 'district-labour-lead'],
  secretHash: 'f'.repeat(64),
  createdBy: 'u-admin',
  createdAt,
  revokedAt: null,
  revokedBy: null,
});

const entry = (key: string, requestHash = 'h1') => ({
  apiKeyId: 'k1',
  key,
  requestHash,
  createdAt: '2026-09-21T01:00:00.000Z',
});

/** Department systems: API keys (revoked once, kept for the record) and idempotency records. */
export function departmentSystemsContract(ctx: ContractContext): void {
  describe('department systems: API keys', () => {
    it('given two keys, then each reads back as stored and the list is newest first', async () => {
      const store = ctx.store();
      const older = apiKey('k1', '2026-09-21T01:00:00.000Z');
      const newer = apiKey('k2', '2026-09-22T01:00:00.000Z');
      await store.saveApiKey(older);
      await store.saveApiKey(newer);
      expect(await store.findApiKey('k1')).to.deep.equal(older);
      expect((await store.listApiKeys()).map((k) => k.id)).to.deep.equal(['k2', 'k1']);
      expect(await store.findApiKey('nope')).to.equal(undefined);
    });

    it('given a key, when saved again with the same id, then the write fails and the first stays', async () => {
      const store = ctx.store();
      const original = apiKey('k1', '2026-09-21T01:00:00.000Z');
      await store.saveApiKey(original);
      expect(await rejection(store.saveApiKey({ ...original, secretHash: '0'.repeat(64) }))).to.be.instanceOf(Error);
      expect(await store.findApiKey('k1')).to.deep.equal(original);
    });

    it('given a key revoked twice, then the first revocation stays; an unknown key gives undefined', async () => {
      const store = ctx.store();
      await store.saveApiKey(apiKey('k1', '2026-09-21T01:00:00.000Z'));
      const revoked = await store.revokeApiKey('k1', 'u-admin', '2026-09-23T01:00:00.000Z');
      expect(revoked).to.include({ revokedAt: '2026-09-23T01:00:00.000Z', revokedBy: 'u-admin' });
      await store.revokeApiKey('k1', 'u-other', '2026-09-24T01:00:00.000Z');
      expect(await store.findApiKey('k1')).to.include({ revokedAt: '2026-09-23T01:00:00.000Z', revokedBy: 'u-admin' });
      expect(await store.revokeApiKey('nope', 'u-admin', '2026-09-23T01:00:00.000Z')).to.equal(undefined);
    });
  });

  describe('department systems: idempotency keys', () => {
    it('given a reserved key, when reserved again, then the running reservation comes back; once answered, the answer', async () => {
      const store = ctx.store();
      const now = Date.now();
      expect(await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now)).to.deep.equal({ reserved: true });
      const running = await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now);
      expect(running).to.deep.equal({
        reserved: false,
        existing: { ...entry('i1'), status: null, response: null },
      });
      await store.completeIdempotencyKey('k1', 'i1', 200, '{"ok":true}');
      await store.completeIdempotencyKey('k1', 'i1', 500, '{"overwritten":true}');
      const answered = await store.reserveIdempotencyKey(entry('i1', 'other'), now + 60_000, now);
      expect(answered).to.deep.equal({
        reserved: false,
        existing: { ...entry('i1'), status: 200, response: '{"ok":true}' },
      });
    });

    it('given a reservation whose lease ran out, then a retry of the same request takes it over, another request does not', async () => {
      const store = ctx.store();
      const now = Date.now();
      await store.reserveIdempotencyKey(entry('i1'), now - 1, now - 60_000);
      const other = await store.reserveIdempotencyKey(entry('i1', 'other'), now + 60_000, now);
      expect(other).to.deep.include({ reserved: false });
      expect(await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now)).to.deep.equal({ reserved: true });
      expect(await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now)).to.deep.include({ reserved: false });
    });

    it('given a released reservation, then the key is free again; an answered key is never released', async () => {
      const store = ctx.store();
      const now = Date.now();
      await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now);
      await store.releaseIdempotencyKey('k1', 'i1');
      expect(await store.reserveIdempotencyKey(entry('i1', 'other'), now + 60_000, now)).to.deep.equal({
        reserved: true,
      });
      await store.completeIdempotencyKey('k1', 'i1', 200, '{}');
      await store.releaseIdempotencyKey('k1', 'i1');
      expect(await store.reserveIdempotencyKey(entry('i1', 'other'), now + 60_000, now)).to.deep.include({
        reserved: false,
      });
    });

    it('given the same idempotency key under two API keys, then they are independent', async () => {
      const store = ctx.store();
      const now = Date.now();
      await store.reserveIdempotencyKey(entry('i1'), now + 60_000, now);
      const second = await store.reserveIdempotencyKey({ ...entry('i1'), apiKeyId: 'k2' }, now + 60_000, now);
      expect(second).to.deep.equal({ reserved: true });
    });

    it('given ten concurrent reservations of one key, then exactly one wins', async () => {
      const store = ctx.store();
      const now = Date.now();
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => store.reserveIdempotencyKey(entry('i1'), now + 60_000, now)),
      );
      expect(claims.filter((c) => c.reserved)).to.have.length(1);
    });
  });
}
