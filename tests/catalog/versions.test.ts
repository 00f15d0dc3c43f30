import { expect } from 'chai';
import { contentHash, diffItems, ItemInvalidError, publishItem } from '@govflow/catalog';
import { baseItem, stepsProcess } from './support.js';

const AT = '2026-11-21T09:00:00.000+08:00';

describe('catalog / versions: publish freezes a version; diffs report the compression', () => {
  it('given a valid draft, when published, then it becomes version 1, frozen, with its hash, who and when', async () => {
    const { published, unchanged } = await publishItem(baseItem(), { by: 'admin', at: AT });
    expect(unchanged).to.equal(false);
    expect(published.item.version).to.equal(1);
    expect(published).to.include({ publishedBy: 'admin', publishedAt: AT });
    expect(published.hash).to.match(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(published.item.materials[0])).to.equal(true);
    expect(Object.isFrozen(published.item)).to.equal(true);
    expect(Reflect.set(published.item, 'name', '改名')).to.equal(false);
    expect(published.item.name).to.equal('失业人员再就业证补办');
  });

  it('given a changed draft after version 1, when published, then it becomes version 2; an unchanged one publishes nothing', async () => {
    const v1 = (await publishItem(baseItem(), { by: 'admin', at: AT })).published;
    const same = await publishItem({ ...baseItem(), version: 9 }, { by: 'admin', at: AT, previous: v1 });
    expect(same.unchanged).to.equal(true);
    expect(same.published).to.equal(v1);
    const v2 = await publishItem(
      { ...baseItem(), promisedDays: 5, processXml: stepsProcess([1, 3, 1]) },
      { by: 'lead', at: AT, previous: v1 },
    );
    expect(v2.published.item.version).to.equal(2);
    expect(v2.published.hash).not.to.equal(v1.hash);
  });

  it('given an invalid draft, when published, then ITEM_INVALID lists every error and nothing is published', async () => {
    let error: unknown;
    try {
      await publishItem(
        { ...baseItem(), promisedDays: 30, thresholds: { yellowDaysLeft: 1, redDaysLeft: 2 } },
        { by: 'admin', at: AT },
      );
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ItemInvalidError);
    expect((error as ItemInvalidError).code).to.equal('ITEM_INVALID');
    expect((error as ItemInvalidError).problems.map((p) => p.code)).to.have.members([
      'PROMISED_EXCEEDS_STATUTORY',
      'THRESHOLDS_ORDER',
    ]);
  });

  it('given the same content with another version number, then the content hash is the same', async () => {
    expect(await contentHash({ ...baseItem(), version: 1 })).to.equal(await contentHash({ ...baseItem(), version: 7 }));
    expect(await contentHash({ ...baseItem(), name: '再就业证补办' })).not.to.equal(await contentHash(baseItem()));
  });

  it('given a lead compresses 4 steps of 2 days into 3 shorter ones, when diffed, then steps added/removed/changed and the days saved are reported', async () => {
    const before = { ...baseItem(), promisedDays: 8, processXml: stepsProcess([2, 2, 2, 2]) };
    const after = {
      ...baseItem(),
      promisedDays: 5,
      processXml: stepsProcess([1, 2, 1]),
      materials: baseItem().materials.filter((m) => m.id !== 'photo'),
    };
    const diff = await diffItems(before, after);
    expect(diff.process).to.deep.include({
      stepsBefore: 4,
      stepsAfter: 3,
      criticalDaysBefore: 8,
      criticalDaysAfter: 4,
      daysSaved: 4,
    });
    expect(diff.process.stepsRemoved.map((s) => s.id)).to.deep.equal(['s4']);
    expect(diff.process.stepsChanged).to.deep.equal([
      { id: 's1', name: '环节1', before: 2, after: 1 },
      { id: 's3', name: '环节3', before: 2, after: 1 },
    ]);
    expect(diff.promisedDaysSaved).to.equal(3);
    expect(diff.fields.map((f) => [f.path, f.change])).to.deep.equal([
      ['/promisedDays', 'changed'],
      ['/materials/photo', 'removed'],
    ]);
  });
});
