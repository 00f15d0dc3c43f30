import { blankProcessXml } from '../modeler/blankProcess';
import type { DraftItem } from './adminTypes';

/** What the administrator gives to start a new item. */
export interface NewItemInput {
  readonly code: string;
  readonly name: string;
  readonly department: string;
}

/**
 * A new item's first draft: sensible defaults for every required element (20 statutory / 10 promised
 * working days, no fee, one ID-card material, a minimal application form) and a process with only its
 * start event — the administrator fills in the rest.
 */
export function newItemDraft({ code, name, department }: NewItemInput): DraftItem {
  return {
    code,
    basicCode: code,
    version: 1,
    name,
    type: '行政许可',
    department,
    agency: department,
    level: 'district',
    basis: [{ law: '' }],
    conditions: [],
    statutoryDays: 20,
    promisedDays: 10,
    timeUnit: 'working',
    caseKind: '承诺件',
    fee: { charged: false },
    service: {
      objects: ['自然人'],
      place: '区政务服务中心',
      hours: '周一至周五 9:00—12:00，13:30—17:00',
      phone: '028-00000000',
      complaintPhone: '12345',
      onlineDepth: 2,
      visits: 1,
      result: { name: `${name}结果`, type: '批文' },
    },
    overtimeDefault: { enabled: false },
    materials: [
      {
        id: 'id-card',
        name: '申请人身份证',
        required: true,
        originals: 1,
        copies: 1,
        form: 'paper',
        source: '申请人自备',
      },
    ],
    form: {
      schema: {
        type: 'object',
        required: ['applicantName', 'phone'],
        properties: {
          applicantName: { type: 'string', title: '申请人姓名', maxLength: 60 },
          idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-number' },
          phone: { type: 'string', title: '联系电话', format: 'cn-mobile' },
        },
      },
    },
    processXml: blankProcessXml(code, name, 10, 20),
  };
}
