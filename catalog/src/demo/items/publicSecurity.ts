/**
 * Hand-written items of the public security sub-bureau (公安分局): the residence permit (accepted by the
 * community, forwarded to the police station and issued by the sub-bureau), dog registration and the
 * safety permit for large public events.
 */
import type { ApprovalItem } from '../../item.js';
import { defineItem, law } from '../defineItem.js';
import { districtGroups, VILLAGE_AGENT } from '../departments.js';
import {
  AGENT_FIELDS,
  AGENT_RULE,
  choice,
  COMPANY_FIELDS,
  creditCode,
  date,
  form,
  idNumber,
  int,
  mobile,
  text,
  when,
  yesNo,
} from '../forms.js';
import { applicationForm, businessLicence, idCard, issued, own, photo, powerOfAttorney } from '../materials.js';
import { accept, decide, deliver, step } from '../steps.js';

const police = districtGroups('GA');
const STATION = 'police-station';

/** 居住证申领: community room accepts (受公安机关委托的社区服务机构), the station reviews, the sub-bureau issues. */
export const residencePermit: ApprovalItem = defineItem({
  code: 'JJ-GA-001',
  dept: 'GA',
  name: '居住证申领',
  type: '行政确认',
  handling: '新设',
  level: 'village',
  basis: [law('《居住证暂行条例》', '第二条、第九条、第十条')],
  conditions: [
    '离开常住户口所在地，到本区居住半年以上',
    '符合有合法稳定就业、合法稳定住所、连续就读条件之一',
    '已在居住地办理居住登记',
  ],
  statutoryDays: 15,
  promisedDays: 10,
  timeUnit: 'calendar',
  caseKind: '承诺件',
  service: {
    objects: ['自然人'],
    onlineDepth: 3,
    visits: 2,
    result: { name: '四川省居住证', type: '证照' },
  },
  materials: [
    idCard('本人居民身份证', { copies: 0 }),
    photo(true, 1),
    own('housing-proof', '合法稳定住所证明（房屋租赁合同、房屋产权证明等）', {
      requiredWhen: 'basis = "合法稳定住所"',
      copies: 1,
    }),
    own('employment-proof', '合法稳定就业证明（劳动合同、营业执照等）', {
      requiredWhen: 'basis = "合法稳定就业"',
      copies: 1,
    }),
    own('study-proof', '连续就读证明（学生证或学校出具的证明）', { requiredWhen: 'basis = "连续就读"' }),
    powerOfAttorney({ note: '未满 16 周岁或行动不便的，可由监护人、近亲属代为申领' }),
  ],
  form: form(
    '居住证申领登记表',
    {
      applicantName: text('姓名', 30),
      idNumber: idNumber(),
      gender: choice('性别', ['男', '女']),
      nation: text('民族', 10),
      householdAddress: text('户籍地址', 120),
      residenceAddress: text('居住地址', 120),
      residenceSince: date('来本区居住日期'),
      basis: choice('申领条件', ['合法稳定就业', '合法稳定住所', '连续就读']),
      employer: text('就业单位', 100),
      school: text('就读学校', 100),
      phone: mobile(),
      ...AGENT_FIELDS,
    },
    ['applicantName', 'idNumber', 'gender', 'householdAddress', 'residenceAddress', 'residenceSince', 'basis', 'phone'],
    [when('basis', '合法稳定就业', ['employer']), when('basis', '连续就读', ['school']), AGENT_RULE],
    { basis: { 'ui:widget': 'radio' } },
  ),
  blocks: [
    accept(
      0.5,
      VILLAGE_AGENT,
      ['id-card', 'photo', 'housing-proof', 'employment-proof', 'study-proof', 'power-of-attorney'],
      'village',
      '社区受理',
    ),
    step('station-review', '派出所审核', 2, STATION, '审核', { level: 'town' }),
    decide(2, police.lead, 'district', '分局签发'),
    step('produce', '制证', 2, police.review, '其他'),
    deliver(1, VILLAGE_AGENT, 'village', '发证'),
  ],
  decisionAfter: 'decide',
});

/** 养犬登记: registration of a dog in the key control area; persons and organisations. */
export const dogRegistration: ApprovalItem = defineItem({
  code: 'JJ-GA-002',
  dept: 'GA',
  name: '养犬登记',
  type: '行政确认',
  handling: '新设',
  level: 'district',
  agency: '区公安分局（犬类管理）',
  basis: [law('《成都市养犬管理条例》'), law('《中华人民共和国动物防疫法》', '第三十条')],
  conditions: [
    '养犬人为具有完全民事行为能力的本区居民，或在本区有固定住所的单位',
    '每户限养一只犬，不得饲养禁养犬只',
    '犬只已接种狂犬病疫苗并植入电子标识',
    '单位养犬的，用于看护、科研、表演等特定用途，并有圈养设施和专人看管',
  ],
  statutoryDays: 10,
  promisedDays: 3,
  caseKind: '承诺件',
  service: {
    objects: ['自然人', '法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '养犬登记证及犬牌', type: '证照' },
  },
  materials: [
    applicationForm('养犬登记申请表'),
    idCard('养犬人居民身份证', { requiredWhen: 'ownerType = "个人"' }),
    businessLicence({ requiredWhen: 'ownerType = "单位"' }),
    own('residence-proof', '住所证明（房屋产权证明或租赁合同）', { copies: 1 }),
    issued('vaccine-cert', '犬只狂犬病免疫证明', { copies: 0, note: '由动物诊疗机构出具' }),
    own('dog-photo', '犬只近期正面、侧面照片', { originals: 2, form: 'either' }),
    own('unit-rules', '单位养犬管理制度及看管人员名单', { requiredWhen: 'ownerType = "单位"' }),
  ],
  form: form(
    '养犬登记申请表',
    {
      ownerType: choice('养犬人类型', ['个人', '单位'], '个人'),
      ownerName: text('养犬人（单位）名称', 100),
      idNumber: idNumber('养犬人身份证号码'),
      creditCode: creditCode('单位统一社会信用代码'),
      purpose: choice('单位养犬用途', ['看护', '科研', '表演', '其他']),
      address: text('养犬地址', 120),
      phone: mobile(),
      dogName: text('犬名', 20),
      breed: text('犬种', 30),
      color: text('毛色', 20),
      dogGender: choice('犬只性别', ['公', '母']),
      birthDate: date('出生日期'),
      chipNumber: text('电子标识编号', 20),
      vaccinationDate: date('最近一次狂犬病免疫日期'),
      sterilized: yesNo('是否绝育'),
    },
    ['ownerType', 'ownerName', 'address', 'phone', 'breed', 'color', 'dogGender', 'chipNumber', 'vaccinationDate'],
    [when('ownerType', '单位', ['creditCode', 'purpose'], ['idNumber'])],
  ),
  blocks: [
    accept(0.5, police.window, [
      'application',
      'id-card',
      'business-licence',
      'residence-proof',
      'vaccine-cert',
      'dog-photo',
      'unit-rules',
    ]),
    step('review', '审核', 1, `${police.review}-dogs`, '审核'),
    deliver(1, police.window, undefined, '发放登记证和犬牌'),
  ],
});

/** 大型群众性活动安全许可 (1,000–5,000 people): review and venue check within 5 of the statutory 7 days. */
export const largeEventPermit: ApprovalItem = defineItem({
  code: 'JJ-GA-003',
  dept: 'GA',
  name: '大型群众性活动安全许可',
  type: '行政许可',
  handling: '新设',
  level: 'district',
  basis: [law('《大型群众性活动安全管理条例》', '第二条、第十一条、第十二条、第十三条')],
  conditions: [
    '预计参加人数在 1000 人以上 5000 人以下',
    '承办者是依照法定程序成立的法人或者其他组织',
    '活动内容不违反宪法、法律、法规的规定，不违反社会公德',
    '具有符合规定的安全工作方案，安全责任明确、措施有效',
    '活动场所、设施符合安全要求，并于活动举办日的 20 日前提出申请',
  ],
  statutoryDays: 7,
  promisedDays: 5,
  timeUnit: 'calendar',
  caseKind: '承诺件',
  service: {
    objects: ['法人', '其他组织'],
    onlineDepth: 3,
    visits: 1,
    result: { name: '大型群众性活动安全许可决定书', type: '批文' },
  },
  materials: [
    applicationForm('大型群众性活动安全许可申请表'),
    businessLicence({ name: '承办者合法成立的证明' }),
    issued('officer-id', '安全责任人身份证明', { originals: 0 }),
    own('event-plan', '大型群众性活动方案及其说明'),
    own('co-organizer-agreement', '联合承办协议', { requiredWhen: 'coOrganizers > 1' }),
    own('safety-plan', '大型群众性活动安全工作方案'),
    own('venue-consent', '活动场所管理者同意提供活动场所的证明'),
    issued('qualification', '承办者资质、资格证明', {
      required: false,
      note: '法律、行政法规对承办者有资质、资格要求的提供',
    }),
    powerOfAttorney(),
  ],
  form: form(
    '大型群众性活动安全许可申请表',
    {
      ...COMPANY_FIELDS,
      activityName: text('活动名称', 100),
      activityType: choice('活动类型', [
        '体育比赛活动',
        '演唱会、音乐会等文艺演出活动',
        '展览、展销等活动',
        '游园、灯会、庙会、花会、焰火晚会等活动',
        '人才招聘会、现场开奖的彩票销售等活动',
      ]),
      coOrganizers: int('承办者数量', 1, 10),
      safetyOfficer: text('安全责任人', 30),
      officerIdNumber: idNumber('安全责任人身份证号码'),
      venue: text('活动场所', 120),
      startTime: { type: 'string', title: '开始时间', format: 'date-time' },
      endTime: { type: 'string', title: '结束时间', format: 'date-time' },
      expectedAttendance: int('预计参加人数', 1000, 4999),
      ticketed: yesNo('是否售票'),
      ticketCount: int('售票数量（张）', 0),
      ...AGENT_FIELDS,
    },
    [
      'companyName',
      'creditCode',
      'legalRepresentative',
      'phone',
      'activityName',
      'activityType',
      'coOrganizers',
      'safetyOfficer',
      'officerIdNumber',
      'venue',
      'startTime',
      'endTime',
      'expectedAttendance',
    ],
    [when('ticketed', true, ['ticketCount']), AGENT_RULE],
    { expectedAttendance: { 'ui:help': '5000 人以上的活动由市公安局实施安全许可' } },
  ),
  blocks: [
    accept(0.5, police.window, [
      'application',
      'business-licence',
      'officer-id',
      'event-plan',
      'co-organizer-agreement',
      'safety-plan',
      'venue-consent',
      'power-of-attorney',
    ]),
    step('review', '方案审查', 1, `${police.review}-order`, '审查', { materials: ['event-plan', 'safety-plan'] }),
    step('venue-check', '活动场所查验', 1, `${police.review}-order`, '踏勘', { materials: ['venue-consent'] }),
    decide(0.5, police.lead),
    deliver(0.5, police.window, undefined, '送达许可决定'),
  ],
  decisionAfter: 'decide',
});

/** The public security sub-bureau's hand-written items. */
export const PUBLIC_SECURITY_ITEMS: readonly ApprovalItem[] = [residencePermit, dogRegistration, largeEventPermit];
