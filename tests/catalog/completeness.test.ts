import { expect } from 'chai';
import { checkCompleteness, requiredMaterials, type ApprovalItem } from '@govflow/catalog';
import { baseItem } from './support.js';

/** Seed 000's item plus a business licence required only for companies. */
function withCompanyMaterial(): ApprovalItem {
  const item = baseItem();
  return {
    ...item,
    materials: [
      ...item.materials,
      {
        id: 'business-licence',
        name: '营业执照',
        required: true,
        requiredWhen: 'applicantType = "企业"',
        originals: 1,
        copies: 1,
        form: 'paper',
        source: '政府部门核发',
      },
    ],
  };
}

describe('catalog / checkCompleteness (材料齐全性审查)', () => {
  it('given nothing received, when checked, then every required material is listed at once with the one-time notice text', () => {
    const result = checkCompleteness(baseItem(), {}, []);
    expect(result.complete).to.equal(false);
    expect(result.missing.map((m) => [m.id, m.reason])).to.deep.equal([
      ['id-card', 'absent'],
      ['loss-statement', 'absent'],
    ]);
    expect(result.notice).to.contain('一次性补齐');
    expect(result.notice).to.contain('1. 居民身份证：原件 1 份，复印件 1 份');
    expect(result.notice).to.contain('2. 再就业证遗失声明：原件 1 份');
  });

  it('given every required material by id, when checked, then it is complete without the optional photo and the notice is empty', () => {
    expect(checkCompleteness(baseItem(), {}, ['loss-statement', 'id-card'])).to.deep.equal({
      complete: true,
      required: ['id-card', 'loss-statement'],
      missing: [],
      notice: '',
    });
  });

  it('given a condition on the form data, then the material is required for a company and not for a person', () => {
    const item = withCompanyMaterial();
    expect(requiredMaterials(item, { applicantType: '个人' }).map((m) => m.id)).to.deep.equal([
      'id-card',
      'loss-statement',
    ]);
    const company = checkCompleteness(item, { applicantType: '企业' }, ['id-card', 'loss-statement']);
    expect(company.missing.map((m) => m.name)).to.deep.equal(['营业执照']);
    expect(checkCompleteness(item, { applicantType: '个人' }, ['id-card', 'loss-statement']).complete).to.equal(true);
  });

  it('given too few originals or copies, or the wrong form, then each shortfall says what is still needed', () => {
    const result = checkCompleteness(baseItem(), {}, [
      { id: 'id-card', originals: 1, copies: 0 },
      { id: 'loss-statement', originals: 1, form: 'electronic' },
    ]);
    expect(result.missing).to.deep.equal([
      { id: 'id-card', name: '居民身份证', reason: 'copies', need: '复印件 1 份（已收 0 份）' },
      { id: 'loss-statement', name: '再就业证遗失声明', reason: 'form', need: '须提交纸质材料' },
    ]);
  });
});
