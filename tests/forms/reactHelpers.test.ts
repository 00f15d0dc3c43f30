import { expect } from 'chai';
import { TranslatableString } from '@rjsf/utils';
import {
  assessMaterials,
  checkFile,
  formatBytes,
  missingMaterialsMessage,
  requiredByFlag,
  translateStringZh,
  ZH_STRINGS,
  type MaterialSpec,
} from '@govflow/forms/react';
import { APPLICATION_MATERIALS, requiredMaterials } from './fixtures.js';

const MATERIALS: readonly MaterialSpec[] = APPLICATION_MATERIALS;
const MB = 1024 * 1024;

describe('forms/react / materials completeness (the checklist and GovForm use it)', () => {
  it('given nothing received for a company, when assessed, then every required material is missing at once, in item order', () => {
    const status = assessMaterials(MATERIALS, requiredMaterials({ applicantType: '企业' }), {});
    expect(status.complete).to.equal(false);
    expect(status.required).to.deep.equal(['id-card', 'licence', 'health-cert']);
    expect(missingMaterialsMessage(status.missing, '受理')).to.equal(
      '材料不齐全，不能受理。还缺：法定代表人身份证、营业执照、从业人员健康合格证明',
    );
  });

  it('given a person, when assessed, then the licence (company only) is not required', () => {
    const received = { 'id-card': { originals: 1, copies: 1 }, 'health-cert': { originals: 0, copies: 2 } };
    expect(assessMaterials(MATERIALS, requiredMaterials({ applicantType: '个人' }), received).complete).to.equal(true);
  });

  it('given too few originals or copies of a paper material, when assessed, then the shortfall is spelled out', () => {
    const status = assessMaterials(MATERIALS, requiredByFlag(MATERIALS), {
      'id-card': { originals: 0, copies: 1 },
      licence: { originals: 1, copies: 0 },
      'health-cert': { originals: 0, copies: 2 },
    });
    expect(status.missing.map((m) => [m.id, m.reason, m.text])).to.deep.equal([
      ['id-card', 'originals', '法定代表人身份证（原件需 1 份，已收 0 份）'],
      ['licence', 'copies', '营业执照（复印件需 1 份，已收 0 份）'],
    ]);
  });

  it('given an either-form material with an uploaded file but no paper copies, when assessed, then it counts as received', () => {
    const file = { id: 'F-1', name: '健康证明.pdf', size: 1000 };
    const status = assessMaterials(MATERIALS, new Set(['health-cert']), {
      'health-cert': { originals: 0, copies: 0, file },
    });
    expect(status.complete).to.equal(true);
  });
});

describe('forms/react / file checks before upload', () => {
  const limits = { maxSize: 5 * MB, accept: ['.pdf', 'image/*'] };

  it('given a file over the size limit, when checked, then the Chinese message gives its size and the limit', () => {
    expect(checkFile({ name: '平面图.pdf', size: 6.5 * MB, type: 'application/pdf' }, limits)).to.equal(
      '文件“平面图.pdf”大小为 6.5 MB，超过上限 5 MB，请压缩或拆分后再上传',
    );
  });

  it('given a type outside accept, when checked, then the accepted types are listed in Chinese', () => {
    expect(checkFile({ name: 'setup.exe', size: 1000, type: 'application/x-msdownload' }, limits)).to.equal(
      '文件“setup.exe”的类型不符合要求，只接受 PDF、图片 文件',
    );
  });

  it('given an accepted extension or MIME family, when checked, then it passes; an empty file does not', () => {
    expect(checkFile({ name: 'A.PDF', size: 10, type: '' }, limits)).to.equal(undefined);
    expect(checkFile({ name: 'scan', size: 10, type: 'image/jpeg' }, limits)).to.equal(undefined);
    expect(checkFile({ name: 'a.pdf', size: 0, type: 'application/pdf' }, limits)).to.equal(
      '文件“a.pdf”是空文件，请重新选择',
    );
  });

  it('given sizes, when formatted, then bytes, KB and MB read naturally', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(100 * 1024), formatBytes(5 * MB)]).to.deep.equal([
      '512 字节',
      '1.5 KB',
      '100 KB',
      '5 MB',
    ]);
  });
});

describe('forms/react / Chinese strings for react-jsonschema-form', () => {
  it('given every TranslatableString of @rjsf/utils, when translated, then each has Chinese text', () => {
    const all = Object.values(TranslatableString);
    expect(all.length).to.be.greaterThan(30);
    for (const key of all) {
      expect(ZH_STRINGS[key], key).to.be.a('string');
      expect(translateStringZh(key, ['甲', '乙', '3'])).to.match(/[\u4e00-\u9fff]/);
    }
  });

  it('given parameters, when translated, then they are put in place', () => {
    expect(translateStringZh(TranslatableString.UnknownFieldType, ['foo'])).to.equal('未知的字段类型 foo');
    expect(translateStringZh(TranslatableString.TitleOptionPrefix, ['申请人', '2'])).to.equal('申请人 选项 2');
  });
});
