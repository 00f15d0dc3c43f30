/**
 * Hand-written item of the tax bureau (税务局): the maximum invoicing limit for special VAT invoices.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups } from '../departments.js';
import { choice, creditCode, form, idNumber, int, longText, mobile, num, text, when } from '../forms.js';
import { applicationForm, idCard, own } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const tax = districtGroups('SW');

/** 增值税专用发票（增值税税控系统）最高开票限额审批: field check for higher limits, promised 5 working days. */
export const vatInvoiceLimit: ApprovalItem = defineItem({
  code: 'JJ-SW-001',
  dept: 'SW',
  name: '增值税专用发票（增值税税控系统）最高开票限额审批',
  type: '行政许可',
  level: 'district',
  basis: [
    law('《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', '附件第236项'),
    law('《中华人民共和国发票管理办法》'),
  ],
  conditions: [
    '已办理税务登记（信息确认）的增值税一般纳税人或按规定可自行开具专用发票的小规模纳税人',
    '申请的限额与实际经营规模相适应',
  ],
  statutoryDays: 20,
  promisedDays: 5,
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织', '自然人'],
    onlineDepth: 4,
    visits: 0,
    result: { name: '准予税务行政许可决定书', type: '批文' },
  },
  materials: [
    applicationForm('增值税专用发票最高开票限额申请单'),
    idCard('经办人居民身份证', { copies: 0 }),
    own('sales-proof', '近期购销合同及销售情况说明', {
      requiredWhen: 'requestedLimit = "一百万元" or requestedLimit = "一千万元"',
      form: 'either',
    }),
  ],
  form: form(
    '增值税专用发票最高开票限额申请单',
    {
      taxpayerName: text('纳税人名称', 100),
      taxpayerId: creditCode('纳税人识别号（统一社会信用代码）'),
      applyType: choice('申请事项', ['初次申请', '变更申请'], '初次申请'),
      currentLimit: choice('原最高开票限额', ['一万元', '十万元', '一百万元']),
      requestedLimit: choice('申请最高开票限额', ['一万元', '十万元', '一百万元', '一千万元']),
      monthlyCopies: int('每月最高领用数量（份）', 1, 1000),
      averageSales: num('近三个月月均销售额（万元）', 0),
      reason: longText('申请理由', 300),
      handler: text('经办人', 30),
      handlerIdNumber: idNumber('经办人身份证号码'),
      phone: mobile(),
    },
    [
      'taxpayerName',
      'taxpayerId',
      'applyType',
      'requestedLimit',
      'monthlyCopies',
      'reason',
      'handler',
      'handlerIdNumber',
      'phone',
    ],
    [when('applyType', '变更申请', ['currentLimit'])],
    { requestedLimit: { 'ui:help': '申请十万元及以下限额的，一般当场办结' } },
  ),
  blocks: [
    accept(0.5, tax.window, ['application', 'id-card', 'sales-proof']),
    step('field-check', '实地查验', 2, tax.review, '踏勘', { materials: ['sales-proof'] }),
    decide(1, tax.lead),
    deliver(0.5, tax.window, undefined, '送达决定书'),
  ],
  decisionAfter: 'decide',
});

/** The tax bureau's hand-written items. */
export const TAX_ITEMS: readonly ApprovalItem[] = [vatInvoiceLimit];
