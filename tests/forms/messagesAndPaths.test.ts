import { expect } from 'chai';
import { createFormValidator } from '@govflow/forms';
import { APPLICATION_SCHEMA, VALID } from './fixtures.js';

const PERSON = { applicantType: '个人', applicantName: '王仕碧', idNumber: VALID.idNumber, phone: VALID.phone };
const NOW = new Date('2026-11-21T02:00:00Z');

describe('forms / Chinese messages and JSON-pointer paths', () => {
  it('given a complete personal application, when validated, then it passes', () => {
    expect(createFormValidator(APPLICATION_SCHEMA).validate(PERSON, { now: NOW })).to.deep.equal({
      valid: true,
      errors: [],
    });
  });

  it('given missing required fields, when validated, then each path ends in the field and the message names its title', () => {
    const { errors } = createFormValidator(APPLICATION_SCHEMA).validate({ applicantType: '个人' }, { now: NOW });
    expect(errors).to.deep.include({
      path: '/applicantName',
      keyword: 'required',
      message: '请填写“申请人（法定代表人）姓名”',
    });
    expect(errors).to.deep.include({ path: '/idNumber', keyword: 'required', message: '请填写“身份证号码”' });
    expect(errors).to.deep.include({ path: '/phone', keyword: 'required', message: '请填写“手机号码”' });
  });

  it('given applicant type 企业 without company fields, when validated, then the then-branch fields are required by title', () => {
    const { valid, errors } = createFormValidator(APPLICATION_SCHEMA).validate(
      { ...PERSON, applicantType: '企业' },
      { now: NOW },
    );
    expect(valid).to.equal(false);
    expect(errors.map((e) => [e.path, e.message])).to.deep.equal([
      ['/companyName', '请填写“企业名称”'],
      ['/uscc', '请填写“统一社会信用代码”'],
    ]);
  });

  it('given applicant type 企业 with a bad credit code, when validated, then only the USCC is reported (no if/then noise)', () => {
    const data = { ...PERSON, applicantType: '企业', companyName: '成都锦江餐饮有限公司', uscc: '91350100M000100Y42' };
    expect(createFormValidator(APPLICATION_SCHEMA).validate(data, { now: NOW }).errors).to.deep.equal([
      { path: '/uscc', keyword: 'format', message: '统一社会信用代码校验位不正确' },
    ]);
    const fixed = { ...data, uscc: VALID.uscc };
    expect(createFormValidator(APPLICATION_SCHEMA).validate(fixed, { now: NOW }).valid).to.equal(true);
  });

  it('given applicant type 个人 with a bad credit code left over, when validated, then the then-branch does not apply', () => {
    const data = { ...PERSON, uscc: 'not-checked-for-individuals' };
    expect(createFormValidator(APPLICATION_SCHEMA).validate(data, { now: NOW }).valid).to.equal(true);
  });

  it('given wrong types, enum values and extra properties, when validated, then messages are Chinese and name the values', () => {
    const { errors } = createFormValidator({
      type: 'object',
      additionalProperties: false,
      properties: { count: { type: 'integer' }, kind: { enum: ['新设', '变更', '延续', '注销'] } },
    }).validate({ count: '3', kind: '撤回', extra: 1 });
    expect(errors).to.deep.equal([
      { path: '/extra', keyword: 'additionalProperties', message: '不允许填写未定义的项“extra”' },
      { path: '/count', keyword: 'type', message: '应当是整数' },
      { path: '/kind', keyword: 'enum', message: '应为以下选项之一：新设、变更、延续、注销' },
    ]);
  });

  it('given errors inside arrays and names with / and ~, when validated, then paths are escaped JSON Pointers', () => {
    const validator = createFormValidator({
      type: 'object',
      properties: {
        members: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string' }, phone: { type: 'string', format: 'cn-mobile' } },
          },
        },
        'a/b': { type: 'object', required: ['c~d'] },
      },
    });
    const { errors } = validator.validate({ members: [{ name: '甲' }, { phone: '123' }], 'a/b': {} });
    expect(errors.map((e) => e.path)).to.have.members(['/members/1/name', '/members/1/phone', '/a~1b/c~0d']);
    expect(errors.find((e) => e.path === '/members/1/phone')?.message).to.equal('手机号码应为11位数字，以13至19开头');
  });

  it('given the same invalid data twice, when validated, then errors come in the same order (stable for clients)', () => {
    const validator = createFormValidator(APPLICATION_SCHEMA);
    const data = { applicantType: '企业', idNumber: '1', phone: '2', applyDate: '2026-02-30' };
    const first = validator.validate(data, { now: NOW });
    expect(validator.validate(data, { now: NOW })).to.deep.equal(first);
    for (const error of first.errors) expect(error.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('given a string over its maxLength, when validated, then the Chinese maxLength message is used', () => {
    const { errors } = createFormValidator(APPLICATION_SCHEMA).validate(
      { ...PERSON, applicantName: '张'.repeat(51) },
      { now: NOW },
    );
    expect(errors).to.deep.equal([{ path: '/applicantName', keyword: 'maxLength', message: '不应多于 50 个字符' }]);
  });
});
