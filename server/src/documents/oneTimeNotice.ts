import { chinaDateText, factsTable, gridTable, para, renderDocument } from './documentHtml.js';

/** A missing material with what the item requires of it. */
export interface MissingMaterialLine {
  readonly name: string;
  /** What is still needed, e.g. 「原件 1 份，复印件 1 份」. */
  readonly need: string;
  readonly originals: number;
  readonly copies: number;
}

/** What the one-time notice (一次性告知书) states. */
export interface OneTimeNoticeData {
  readonly number: string;
  readonly itemCode: string;
  readonly itemName: string;
  readonly agency: string;
  readonly applicantName: string;
  readonly receivedAt: string;
  readonly issuedAt: string;
  readonly missing: readonly MissingMaterialLine[];
  readonly window: string;
  readonly phone: string;
  readonly clerkName: string;
  /** Set when the notice came after the five working days: the day the application counts as accepted from. */
  readonly deemedAcceptedOn: string | null;
}

/** The one-time notice (申请材料补正一次性告知书) as printable HTML: every missing material, with counts, at once. */
export function renderOneTimeNotice(data: OneTimeNoticeData): string {
  const rows = data.missing.map((m, i) => [String(i + 1), m.name, m.need, `${m.originals} 份`, `${m.copies} 份`]);
  const late =
    data.deemedAcceptedOn === null
      ? []
      : [
          `<div class="notice">${para(
            `本告知书出具时已超过收到申请材料之日起五个工作日。依照《中华人民共和国行政许可法》第三十二条第一款第（四）项，本申请自收到申请材料之日（${chinaDateText(data.deemedAcceptedOn)}）起即为受理。`,
          )}</div>`,
        ];
  return renderDocument(
    {
      issuer: data.agency,
      title: '申请材料补正一次性告知书',
      number: `编号：${data.number}`,
      addressee: data.applicantName,
      date: data.issuedAt,
      footnote: `办理地点：${data.window}\u3000咨询电话：${data.phone}`,
    },
    [
      para(
        `你（单位）于${chinaDateText(data.receivedAt)}提交的「${data.itemName}」申请材料，经审查，尚不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知你（单位）需要补正的全部内容（共 ${data.missing.length} 项）如下：`,
      ),
      gridTable(['序号', '材料名称', '需补正内容', '应交原件', '应交复印件'], rows),
      para('请按上述要求一次补齐全部材料后重新提交。补齐后申请材料齐全、符合法定形式的，本机关将予以受理。'),
      ...late,
      factsTable([
        ['申请事项', `${data.itemName}（${data.itemCode}）`],
        ['收到材料日期', chinaDateText(data.receivedAt)],
        ['告知日期', chinaDateText(data.issuedAt)],
        ['经办人', data.clerkName],
      ]),
    ],
  );
}
