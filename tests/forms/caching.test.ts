import { expect } from 'chai';
import {
  clearFormValidatorCache,
  createFormValidator,
  formCacheKey,
  formValidatorCacheStats,
  setFormValidatorCacheSize,
} from '@govflow/forms';

function itemForm(version: number) {
  return { type: 'object', required: ['name'], properties: { name: { type: 'string', maxLength: 10 * version } } };
}

describe('forms / validator cache', () => {
  beforeEach(() => clearFormValidatorCache());
  after(() => {
    setFormValidatorCacheSize(1000);
    clearFormValidatorCache();
  });

  it('given the same item version as a new schema object each time, when keyed itemCode@version, then it compiles once', () => {
    const key = formCacheKey('JJ-RS-001', 3);
    expect(key).to.equal('JJ-RS-001@3');
    const first = createFormValidator(itemForm(1), { cacheKey: key });
    for (let i = 0; i < 50; i += 1) expect(createFormValidator(itemForm(1), { cacheKey: key })).to.equal(first);
    expect(formValidatorCacheStats()).to.include({ compiles: 1, hits: 50, size: 1 });
  });

  it('given the same schema object without a key, when compiled twice, then the validator is reused by identity', () => {
    const schema = itemForm(1);
    expect(createFormValidator(schema)).to.equal(createFormValidator(schema));
    expect(formValidatorCacheStats().compiles).to.equal(1);
  });

  it('given two versions of an item, when keyed, then each version has its own validator and rules', () => {
    const v1 = createFormValidator(itemForm(1), { cacheKey: formCacheKey('X', 1) });
    const v2 = createFormValidator(itemForm(2), { cacheKey: formCacheKey('X', 2) });
    expect(v1).to.not.equal(v2);
    const name = '一二三四五六七八九十十一';
    expect(v1.validate({ name }).valid).to.equal(false);
    expect(v2.validate({ name }).valid).to.equal(true);
  });

  it('given more versions than the bound, when compiled, then the least recently used are dropped and recompiled on demand', () => {
    setFormValidatorCacheSize(3);
    const keys = ['A@1', 'A@2', 'A@3'];
    for (const key of keys) createFormValidator(itemForm(1), { cacheKey: key });
    createFormValidator(itemForm(1), { cacheKey: 'A@1' }); // A@1 is now the most recently used
    createFormValidator(itemForm(1), { cacheKey: 'A@4' }); // evicts A@2
    expect(formValidatorCacheStats()).to.include({ size: 3, maxEntries: 3, compiles: 4 });
    createFormValidator(itemForm(1), { cacheKey: 'A@1' });
    expect(formValidatorCacheStats().compiles).to.equal(4);
    createFormValidator(itemForm(1), { cacheKey: 'A@2' });
    expect(formValidatorCacheStats().compiles).to.equal(5);
  });

  it('given 2,000 distinct schema objects, when each is compiled, then the cache never holds more than its bound', () => {
    setFormValidatorCacheSize(100);
    for (let i = 0; i < 2000; i += 1) createFormValidator(itemForm(1 + (i % 5)));
    expect(formValidatorCacheStats().size).to.equal(100);
  });

  it('given two versions whose schemas carry the same $id, when both are compiled, then both work', () => {
    const withId = (max: number) => ({ $id: 'urn:govflow:form:JJ-RS-001', type: 'string', maxLength: max });
    const old = createFormValidator(withId(2), { cacheKey: 'ID@1' });
    const current = createFormValidator(withId(4), { cacheKey: 'ID@2' });
    expect(old.validate('abc').valid).to.equal(false);
    expect(current.validate('abc').valid).to.equal(true);
  });
});
