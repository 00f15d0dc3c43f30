import { expect } from 'chai';
import fc from 'fast-check';
import { createFormValidator, explainIdNumber, explainUscc, idNumberCheckChar, usccCheckChar } from '@govflow/forms';
import { gb11643Check, gb32100Check, idNumber, uscc, USCC_CHARSET, withWrongCheck } from './support/checkDigits.js';

const FORM = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'cn-id-number' },
    code: { type: 'string', format: 'cn-uscc' },
    mobile: { type: 'string', format: 'cn-mobile' },
    date: { type: 'string', format: 'cn-date' },
  },
};

function messageFor(field: string, value: string): string | undefined {
  const { errors } = createFormValidator(FORM).validate({ [field]: value });
  return errors.find((e) => e.path === `/${field}`)?.message;
}

describe('forms / formats: 居民身份证号码 (cn-id-number, GB 11643)', () => {
  const valid = [
    '11010519491231002X', // the standard's own example (check character X)
    idNumber('510104', '19600315', '284'),
    idNumber('440305', '20000229', '117'), // 29 February of a leap year
    idNumber('330106', '19851007', '053'),
    idNumber('820000', '19991220', '001'), // Macao residence permit prefix
  ];

  it('given real-shaped numbers with check characters computed from the standard, when validated, then each is accepted', () => {
    for (const id of valid) expect(messageFor('id', id), id).to.equal(undefined);
  });

  it('given a lower-case x as check character, when validated, then it is accepted like X', () => {
    expect(messageFor('id', '11010519491231002x')).to.equal(undefined);
  });

  it('given the package check character, when compared with the formula 2^(18-i) mod 11, then they agree for random bodies', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{16}$/), (body) => idNumberCheckChar(body) === gb11643Check(body)),
      { numRuns: 500 },
    );
  });

  it('given any single wrong check character, when validated, then 「身份证号码校验位不正确」', () => {
    expect(messageFor('id', '110105194912310021')).to.equal('身份证号码校验位不正确');
    for (const id of valid)
      expect(messageFor('id', withWrongCheck(id, '0123456789X')), id).to.equal('身份证号码校验位不正确');
  });

  it('given one digit of the body changed, when validated, then the checksum catches it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const id = valid[1] as string;
        const digit = (Number(id[position]) + delta) % 10;
        if (position === 0 && digit === 0) return true; // a leading zero fails the shape check instead
        if (position >= 6 && position < 14) return true; // date digits may make the date invalid instead
        const changed = id.slice(0, position) + String(digit) + id.slice(position + 1);
        return explainIdNumber(changed) === '身份证号码校验位不正确';
      }),
      { numRuns: 300 },
    );
  });

  it('given birth dates that do not exist, when validated, then the date is named in the message', () => {
    expect(messageFor('id', idNumber('110105', '19000229', '001'))).to.equal(
      '身份证号码中的出生日期（19000229）不是有效日期',
    );
    expect(messageFor('id', idNumber('110105', '19491331', '002'))).to.contain('不是有效日期');
    expect(messageFor('id', idNumber('110105', '20230431', '002'))).to.contain('不是有效日期');
    expect(messageFor('id', idNumber('110105', '18991231', '002'))).to.contain('不是有效日期');
  });

  it('given wrong lengths, letters or a leading zero, when validated, then the shape message is given', () => {
    expect(messageFor('id', '11010519491231002')).to.equal('身份证号码应为18位：17位数字加1位数字或X');
    expect(messageFor('id', '1101051949123100200')).to.equal('身份证号码应为18位：17位数字加1位数字或X');
    expect(messageFor('id', '110105194912A1002X')).to.equal('身份证号码应为18位：17位数字加1位数字或X');
    expect(messageFor('id', '010105194912310027')).to.equal('身份证号码的地区码不正确');
    expect(messageFor('id', '110105491231002')).to.contain('应为18位'); // the old 15-digit form is not accepted
  });
});

describe('forms / formats: 统一社会信用代码 (cn-uscc, GB 32100)', () => {
  const valid = [
    '91350100M000100Y43', // the standard's example
    uscc('91440300MA5F00001'),
    uscc('91110000100000000'),
    uscc('52110105MJ0000000'), // a social organisation registered with civil affairs
    uscc('12100000400000000'), // a public institution
  ];

  it('given real-shaped codes with check characters computed from the standard, when validated, then each is accepted', () => {
    for (const code of valid) expect(messageFor('code', code), code).to.equal(undefined);
  });

  it('given the package check character, when compared with the formula 3^i mod 31, then they agree for random bodies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }).map((a) => a.join('')),
        (body) => usccCheckChar(body) === gb32100Check(body),
      ),
      { numRuns: 500 },
    );
  });

  it('given a wrong check character, when validated, then 「统一社会信用代码校验位不正确」', () => {
    expect(messageFor('code', '91350100M000100Y42')).to.equal('统一社会信用代码校验位不正确');
    for (const code of valid)
      expect(messageFor('code', withWrongCheck(code, USCC_CHARSET)), code).to.equal('统一社会信用代码校验位不正确');
  });

  it('given any single character of the body substituted, when validated, then the checksum catches it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (position, shift) => {
        if (position >= 2 && position < 8) return true; // the region digits have their own rule
        const code = valid[1] as string;
        const replaced = USCC_CHARSET.charAt((USCC_CHARSET.indexOf(code.charAt(position)) + shift) % 31);
        return (
          explainUscc(code.slice(0, position) + replaced + code.slice(position + 1)) === '统一社会信用代码校验位不正确'
        );
      }),
      { numRuns: 300 },
    );
  });

  it('given the excluded letters I, O, Z, S, V or lower case, when validated, then the charset message is given', () => {
    for (const letter of ['I', 'O', 'Z', 'S', 'V']) {
      expect(messageFor('code', `91350100M000100${letter}43`), letter).to.equal(
        '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）',
      );
    }
    expect(messageFor('code', '91350100m000100y43')).to.contain('只能包含数字和大写字母');
  });

  it('given a wrong length or letters in the region code, when validated, then the message says which', () => {
    expect(messageFor('code', '91350100M000100Y4')).to.equal('统一社会信用代码应为18位');
    expect(messageFor('code', uscc('913501A0M00010000'))).to.equal(
      '统一社会信用代码第3至8位应为行政区划代码（6位数字）',
    );
  });
});

describe('forms / formats: 手机号码 and 日期', () => {
  it('given mobile numbers, when validated, then 1[3-9] plus 9 digits passes and others get a Chinese message', () => {
    for (const ok of ['13800000000', '19912345678', '16600001111'])
      expect(messageFor('mobile', ok), ok).to.equal(undefined);
    for (const bad of ['12800000000', '1380000000', '138000000000', '+8613800000000', '1380000000a', '02812345678']) {
      expect(messageFor('mobile', bad), bad).to.equal('手机号码应为11位数字，以13至19开头');
    }
  });

  it('given dates, when validated, then real YYYY-MM-DD days pass, impossible days and other shapes are named', () => {
    for (const ok of ['2026-11-21', '2024-02-29', '2000-02-29']) expect(messageFor('date', ok), ok).to.equal(undefined);
    expect(messageFor('date', '2026-02-29')).to.equal('日期 2026-02-29 不存在');
    expect(messageFor('date', '1900-02-29')).to.equal('日期 1900-02-29 不存在');
    expect(messageFor('date', '2026-13-01')).to.equal('日期 2026-13-01 不存在');
    for (const bad of ['2026/11/21', '2026-1-5', '20261121', '2026-11-21T00:00:00']) {
      expect(messageFor('date', bad), bad).to.equal('日期格式应为 YYYY-MM-DD（例如 2026-11-21）');
    }
  });

  it('given a schema naming a format nobody defined, when compiled, then FORM_SCHEMA_INVALID names it', () => {
    expect(() => createFormValidator({ type: 'string', format: 'cn-idnumber' }))
      .to.throw(/未知的格式“cn-idnumber”/)
      .with.property('code', 'FORM_SCHEMA_INVALID');
  });
});
