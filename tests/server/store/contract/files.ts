import { expect } from 'chai';
import type { FileUploadRecord } from '@govflow/server';
import { rejection, type ContractContext } from './context.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);

const upload = (
  sha256: string,
  uploadedBy: string,
  uploadedAt: string,
  originalName = '身份证.pdf',
): FileUploadRecord => ({
  sha256,
  size: 1234,
  mediaType: 'application/pdf',
  originalName,
  uploadedBy,
  uploadedAt,
});

/** Uploaded files: one record per content and uploader, the first kept; references from cases to files. */
export function filesContract(ctx: ContractContext): void {
  describe('uploaded files', () => {
    it('given two users upload the same content, then each has a record, listed earliest first', async () => {
      const store = ctx.store();
      const first = upload(SHA_A, 'u-clerk', '2026-09-21T01:00:00.000Z');
      const second = upload(SHA_A, 'u-agent', '2026-09-21T02:00:00.000Z', '扫描件.pdf');
      expect(await store.saveFileUpload(second)).to.deep.equal(second);
      expect(await store.saveFileUpload(first)).to.deep.equal(first);
      expect(await store.listFileUploads(SHA_A)).to.deep.equal([first, second]);
      expect(await store.listFileUploads(SHA_B)).to.deep.equal([]);
    });

    it('given a user uploads the same content again under another name, then the first record stays and is returned', async () => {
      const store = ctx.store();
      const first = upload(SHA_A, 'u-clerk', '2026-09-21T01:00:00.000Z');
      await store.saveFileUpload(first);
      const again = await store.saveFileUpload(upload(SHA_A, 'u-clerk', '2026-09-22T01:00:00.000Z', '改名.pdf'));
      expect(again).to.deep.equal(first);
      expect(await store.listFileUploads(SHA_A)).to.deep.equal([first]);
    });

    it('given references from two cases, when one is written twice, then each case is listed once', async () => {
      const store = ctx.store();
      await store.saveFileReferences('C2', [SHA_A, SHA_B]);
      await store.saveFileReferences('C1', [SHA_A]);
      await store.saveFileReferences('C1', [SHA_A]);
      await store.saveFileReferences('C3', []);
      expect(await store.listFileReferences(SHA_A, 10)).to.deep.equal(['C1', 'C2']);
      expect(await store.listFileReferences(SHA_A, 1)).to.have.length(1);
      expect(await store.listFileReferences(SHA_B, 10)).to.deep.equal(['C2']);
      expect(await store.listFileReferences('c'.repeat(64), 10)).to.deep.equal([]);
    });

    it('given an operator object where a hash belongs, then nothing is listed', async () => {
      const store = ctx.store();
      await store.saveFileUpload(upload(SHA_A, 'u-clerk', '2026-09-21T01:00:00.000Z'));
      await store.saveFileReferences('C1', [SHA_A]);
      const operator = { $gt: '' } as unknown as string;
      for (const outcome of await Promise.allSettled([
        store.listFileUploads(operator),
        store.listFileReferences(operator, 10),
      ])) {
        expect(outcome.status === 'rejected' || outcome.value.length === 0).to.equal(true);
      }
      expect(await rejection(store.saveFileReferences(operator, [SHA_A]))).to.be.instanceOf(Error);
    });
  });
}
