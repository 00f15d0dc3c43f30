import { expect } from 'chai';
import { checkCompleteness, demoCatalog } from '@govflow/catalog';
import { compileProcess } from '@govflow/engine';
import { createFormValidator } from '@govflow/forms';

describe('catalog / demo catalog', () => {
  it('given the demo catalog, when each item is compiled, then every process runs and fits inside its promised limit', async () => {
    for (const item of demoCatalog()) {
      const { model } = await compileProcess(item.processXml);
      expect(model.criticalPath.totalDays, item.name).to.be.at.most(item.promisedDays);
      expect(item.promisedDays).to.be.at.most(item.statutoryDays);
      const stepMaterials = model.userSteps.flatMap((s) => s.materials);
      const known = item.materials.map((m) => m.id);
      expect(
        stepMaterials.every((m) => known.includes(m)),
        `${item.name}: steps name unknown materials`,
      ).to.equal(true);
      expect(() => createFormValidator(item.form.schema)).not.to.throw();
    }
  });

  it("given seed 000's item, then it promises 7 working days over three steps 受理 → 审核 → 发证 with two required materials", async () => {
    const item = demoCatalog().find((i) => i.name === '失业人员再就业证补办');
    expect(item?.promisedDays).to.equal(7);
    expect(item?.materials.filter((m) => m.required).map((m) => m.name)).to.deep.equal([
      '居民身份证',
      '再就业证遗失声明',
    ]);
    const { model } = await compileProcess(item?.processXml ?? '');
    expect(model.userSteps.map((s) => s.name)).to.deep.equal(['受理', '审核', '发证']);
  });
});

describe('catalog / checkCompleteness', () => {
  const item = demoCatalog()[0];
  if (!item) throw new Error('demo catalog is empty');

  it('given nothing provided, when checked, then every required material is listed at once and optional ones are not', () => {
    const result = checkCompleteness(item, []);
    expect(result.complete).to.equal(false);
    expect(result.missing.map((m) => m.id)).to.deep.equal(['id-card', 'loss-statement']);
  });

  it('given every required material, when checked, then it is complete without the optional photo', () => {
    expect(checkCompleteness(item, ['loss-statement', 'id-card'])).to.deep.equal({ complete: true, missing: [] });
  });
});
