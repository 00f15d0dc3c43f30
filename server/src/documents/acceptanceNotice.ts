import { chinaDateText, factsTable, gridTable, lastDayText, para, renderDocument } from './documentHtml.js';

/** A received material as the acceptance notice lists it. */
export interface ReceivedMaterialLine {
  readonly name: string;
  readonly originals?: number;
  readonly copies?: number;
}

/** What the acceptance notice (受理通知书) states. */
export interface AcceptanceNoticeData {
  readonly receiptNumber: string;
  readonly itemCode: string;
  readonly itemName: string;
  /** Licensing items cite Art. 32 of the Administrative Licensing Law. */
  readonly licensing: boolean;
  readonly agency: string;
  readonly applicantName: string;
  readonly acceptedAt: string;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly timeUnit: 'working' | 'calendar';
  readonly promisedDueAt: string;
  readonly window: string;
  readonly hours: string;
  readonly phone: string;
  readonly complaintPhone: string;
  readonly clerkName: string;
  readonly materials: readonly ReceivedMaterialLine[];
}

/** The acceptance notice (受理通知书) as printable HTML: the applicant's dated receipt and the promised date. */
export function renderAcceptanceNotice(data: AcceptanceNoticeData): string {
  const unit = data.timeUnit === 'working' ? '个工作日' : '日';
  const basis = data.licensing ? '根据《中华人民共和国行政许可法》第三十二条的规定，' : '';
  const materials = data.materials.map((m, i) => [
    String(i + 1),
    m.name,
    m.originals === undefined ? '—' : `${m.originals} 份`,
    m.copies === undefined ? '—' : `${m.copies} 份`,
  ]);
  return renderDocument(
    {
      issuer: data.agency,
      title: '受理通知书',
      number: `受理编号：${data.receiptNumber}`,
      addressee: data.applicantName,
      date: data.acceptedAt,
      footnote: `咨询电话：${data.phone}\u3000投诉电话：${data.complaintPhone}\n请妥善保管本通知书，凭受理编号查询办理进度、领取办理结果。`,
    },
    [
      para(
        `你（单位）于${chinaDateText(data.acceptedAt)}提交的「${data.itemName}」申请，经审查，申请材料齐全、符合法定形式，${basis}本机关决定予以受理。`,
      ),
      para(
        `本事项承诺在受理之日起 ${data.promisedDays} ${unit}内办结（法定时限 ${data.statutoryDays} ${unit}），即不迟于${lastDayText(data.promisedDueAt)}。依法需要听证、检验、检测、鉴定、专家评审或者补正材料的，所需时间不计算在内，本机关将书面告知。`,
      ),
      factsTable([
        ['受理编号', data.receiptNumber],
        ['申请事项', `${data.itemName}（${data.itemCode}）`],
        ['申请人', data.applicantName],
        ['受理日期', chinaDateText(data.acceptedAt)],
        ['承诺办结时限', `${data.promisedDays} ${unit}`],
        ['承诺办结日期', lastDayText(data.promisedDueAt)],
        ['受理窗口', data.window],
        ['办公时间', data.hours],
        ['咨询电话', data.phone],
        ['受理人', data.clerkName],
      ]),
      para('收到的申请材料：'),
      gridTable(['序号', '材料名称', '原件', '复印件'], materials),
    ],
  );
}
