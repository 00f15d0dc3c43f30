import { expect } from 'chai';
import { createFormValidator, FormSchemaError } from '@govflow/forms';

const SCHEMA = {
  type: 'object',
  required: ['name', 'phone'],
  properties: {
    name: { type: 'string', minLength: 2 },
    phone: { type: 'string', pattern: '^1\\d{10}$' },
    email: { type: 'string', format: 'email' },
    company: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
  },
};

describe('forms / createFormValidator', () => {
  it('given valid data, when validated, then it passes with no errors', () => {
    expect(createFormValidator(SCHEMA).validate({ name: '张三', phone: '13800000000' })).to.deep.equal({
      valid: true,
      errors: [],
    });
  });

  it('given several invalid fields, when validated, then every one is listed with its JSON pointer and a Chinese message', () => {
    const { valid, errors } = createFormValidator(SCHEMA).validate({ name: '张', email: 'x', company: {} });
    expect(valid).to.equal(false);
    expect(errors.map((e) => e.path).sort()).to.deep.equal(['/company/code', '/email', '/name', '/phone']);
    expect(errors.find((e) => e.path === '/phone')?.keyword).to.equal('required');
    for (const error of errors) expect(error.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('given the same schema object twice, when compiled, then the cached validator is reused', () => {
    expect(createFormValidator(SCHEMA)).to.equal(createFormValidator(SCHEMA));
  });

  it('given a schema that is not valid JSON Schema, when compiled, then FORM_SCHEMA_INVALID is thrown', () => {
    expect(() => createFormValidator({ type: 'no-such-type' }))
      .to.throw(FormSchemaError)
      .with.property('code', 'FORM_SCHEMA_INVALID');
  });
});
