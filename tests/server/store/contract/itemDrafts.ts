import { expect } from 'chai';
import type { ItemDraftRecord } from '@govflow/server';
import { rejection, type ContractContext } from './context.js';

const draft = (
  code: string,
  savedAt: string,
  item: Record<string, unknown> = {},
): Omit<ItemDraftRecord, 'revision'> => ({
  code,
  name: `事项 ${code}`,
  item: { code, name: `事项 ${code}`, $note: '键名原样保存', 'a.b': [1, { c: null }], ...item },
  baseVersion: null,
  savedBy: 'u-admin',
  savedAt,
});

/** Item drafts: one per item, each save over the revision it replaces, listed newest first. */
export function itemDraftsContract(ctx: ContractContext): void {
  describe('item drafts', () => {
    it('given a first save and a second over it, then the draft reads back as saved with revision 2', async () => {
      const store = ctx.store();
      const first = await store.saveItemDraft(draft('JJ-NEW-001', '2026-09-21T09:00:00.000+08:00'), 0);
      expect(first.revision).to.equal(1);
      const second = await store.saveItemDraft(
        { ...draft('JJ-NEW-001', '2026-09-21T10:00:00.000+08:00', { promisedDays: 5 }), baseVersion: 3 },
        1,
      );
      expect(second.revision).to.equal(2);
      expect(await store.getItemDraft('JJ-NEW-001')).to.deep.equal(second);
      expect(await store.getItemDraft('nope')).to.equal(undefined);
    });

    it('given a draft, when saved over a stale revision or created twice, then the write fails and the draft stays', async () => {
      const store = ctx.store();
      const first = await store.saveItemDraft(draft('JJ-NEW-001', '2026-09-21T09:00:00.000+08:00'), 0);
      const stale = await rejection(store.saveItemDraft(draft('JJ-NEW-001', '2026-09-21T11:00:00.000+08:00'), 5));
      expect((stale as { code?: string }).code).to.equal('DRAFT_CONFLICT');
      const twice = await rejection(store.saveItemDraft(draft('JJ-NEW-001', '2026-09-21T11:00:00.000+08:00'), 0));
      expect((twice as { code?: string }).code).to.equal('DRAFT_CONFLICT');
      expect(await store.getItemDraft('JJ-NEW-001')).to.deep.equal(first);
    });

    it('given three drafts, then the list is newest first, without content, and limited', async () => {
      const store = ctx.store();
      await store.saveItemDraft(draft('A', '2026-09-21T09:00:00.000+08:00'), 0);
      await store.saveItemDraft(draft('B', '2026-09-23T09:00:00.000+08:00'), 0);
      await store.saveItemDraft(draft('C', '2026-09-22T09:00:00.000+08:00'), 0);
      const list = await store.listItemDrafts(2);
      expect(list.map((d) => d.code)).to.deep.equal(['B', 'C']);
      expect(list[0]).to.deep.equal({
        code: 'B',
        name: '事项 B',
        baseVersion: null,
        revision: 1,
        savedBy: 'u-admin',
        savedAt: '2026-09-23T09:00:00.000+08:00',
      });
    });

    it('given a draft, when deleted at a stale revision, then it stays; at its revision, then it is gone', async () => {
      const store = ctx.store();
      await store.saveItemDraft(draft('A', '2026-09-21T09:00:00.000+08:00'), 0);
      await store.saveItemDraft(draft('A', '2026-09-21T10:00:00.000+08:00'), 1);
      expect(await store.deleteItemDraft('A', 1)).to.equal(false);
      expect((await store.getItemDraft('A'))?.revision).to.equal(2);
      expect(await store.deleteItemDraft('A', 2)).to.equal(true);
      expect(await store.getItemDraft('A')).to.equal(undefined);
      expect(await store.deleteItemDraft('A')).to.equal(false);
      await store.saveItemDraft(draft('A', '2026-09-22T10:00:00.000+08:00'), 0);
      expect(await store.deleteItemDraft('A')).to.equal(true);
    });
  });
}
