import { demoCatalog, publishItem, type PublishedItem } from '@govflow/catalog';
import { expect } from 'chai';
import { rejection, type ContractContext } from './context.js';

/** Published item versions: stored once, never rewritten, listed latest first per code. */
export function itemsContract(ctx: ContractContext): void {
  describe('items and versions', () => {
    const twoItems = async (): Promise<PublishedItem[]> => {
      const [a, b] = demoCatalog();
      if (!a || !b) throw new Error('the demo catalog has fewer than two items');
      const at = '2026-03-01T09:00:00+08:00';
      return [
        (await publishItem(a, { by: 'admin', at })).published,
        (await publishItem(b, { by: 'admin', at })).published,
      ];
    };
    const nextVersion = async (previous: PublishedItem): Promise<PublishedItem> =>
      (
        await publishItem(
          { ...previous.item, name: `${previous.item.name}（修订）` },
          { by: 'lead', at: '2026-04-01T09:00:00+08:00', previous },
        )
      ).published;

    it('given two versions of an item, then getItem gives the latest or the one asked for, and listItems the latest of each', async () => {
      const [a, b] = await twoItems();
      if (!a || !b) throw new Error('unreachable');
      const a2 = await nextVersion(a);
      await ctx.store().savePublishedItems([a, b]);
      await ctx.store().savePublishedItem(a2);

      expect(await ctx.store().getItem(a.item.code)).to.deep.equal(a2.item);
      expect(await ctx.store().getItem(a.item.code, 1)).to.deep.equal(a.item);
      expect(await ctx.store().getItem(a.item.code, 9)).to.equal(undefined);
      expect(await ctx.store().getItem('NO-SUCH-ITEM')).to.equal(undefined);
      const listed = await ctx.store().listItems();
      expect(listed.map((i) => [i.code, i.version])).to.deep.equal(
        [
          [a.item.code, 2],
          [b.item.code, 1],
        ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)),
      );
    });

    it('given published versions, then listItemVersions gives them oldest first with hash, who and when', async () => {
      const [a] = await twoItems();
      if (!a) throw new Error('unreachable');
      const a2 = await nextVersion(a);
      await ctx.store().savePublishedItems([a, a2]);
      expect(await ctx.store().listItemVersions(a.item.code)).to.deep.equal([a, a2]);
      expect(await ctx.store().listItemVersions('NO-SUCH-ITEM')).to.deep.equal([]);
    });

    it('given a stored version, when it is written again, then the write fails and the stored one is unchanged', async () => {
      const [a] = await twoItems();
      if (!a) throw new Error('unreachable');
      await ctx.store().savePublishedItem(a);
      await rejection(ctx.store().savePublishedItem({ ...a, item: { ...a.item, name: '篡改的名称' } }));
      expect(await ctx.store().getItem(a.item.code, 1)).to.deep.equal(a.item);
    });

    it('given a batch with one version already stored, when saved, then none of the batch is stored', async () => {
      const [a, b] = await twoItems();
      if (!a || !b) throw new Error('unreachable');
      await ctx.store().savePublishedItem(a);
      await rejection(ctx.store().savePublishedItems([b, a]));
      expect(await ctx.store().getItem(b.item.code)).to.equal(undefined);
      expect(await ctx.store().listItemVersions(a.item.code)).to.deep.equal([a]);
    });
  });
}
