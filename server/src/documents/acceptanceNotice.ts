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
  /** The progress-query code (查询码), when printed at acceptance; later prints say where to get a new one. */
  readonly verificationCode?: string;
  /** Art. 32: accepted in law from the arrival of the materials, the one-time notice having come late. */
  readonly deemed?: { readonly noticeNumber: string; readonly recordedAt: string };
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
      date: data.deemed?.recordedAt ?? data.acceptedAt,
      footnote: `咨询电话：${data.phone}\u3000投诉电话：${data.complaintPhone}\n请妥善保管本通知书，凭受理编号和查询码查询办理进度，凭受理编号领取办理结果。`,
    },
    [
      ...(data.deemed
        ? [
            para(
              `因一次性告知书（${data.deemed.noticeNumber}）未在法定期限内出具，依据《中华人民共和国行政许可法》第三十二条，本申请自收到申请材料之日（${chinaDateText(data.acceptedAt)}）起即为受理，办理时限自该日起计算，补正材料期间不计算在内。`,
            ),
          ]
        : []),
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
        ['查询码', data.verificationCode ?? '受理时已告知；遗失的，可到受理窗口重新获取'],
      ]),
      para('收到的申请材料：'),
      gridTable(['序号', '材料名称', '原件', '复印件'], materials),
    ],
  );
}
