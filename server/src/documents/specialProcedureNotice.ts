import { chinaDateText, factsTable, para, renderDocument } from './documentHtml.js';

/** The basis of special procedures when the clerk named none. */
export const DEFAULT_SPECIAL_PROCEDURE_BASIS = '《中华人民共和国行政许可法》第四十五条';

/** What the special-procedure notice (特别程序告知书) states. */
export interface SpecialProcedureNoticeData {
  readonly receiptNumber: string;
  /** 1 for the case's first clock stop, and so on. */
  readonly stopNumber: number;
  readonly itemCode: string;
  readonly itemName: string;
  readonly agency: string;
  readonly applicantName: string;
  /** The procedure in Chinese, e.g. 专家评审. */
  readonly kindLabel: string;
  readonly reason: string;
  readonly basis: string | null;
  readonly expectedDays: number | null;
  readonly from: string;
  readonly to: string | null;
  readonly phone: string;
}

/** The special-procedure notice (特别程序告知书) as printable HTML: what, why, on what basis, how long. */
export function renderSpecialProcedureNotice(data: SpecialProcedureNoticeData): string {
  const basis = data.basis ?? DEFAULT_SPECIAL_PROCEDURE_BASIS;
  const expected = data.expectedDays === null ? '另行告知' : `${data.expectedDays} 个工作日`;
  return renderDocument(
    {
      issuer: data.agency,
      title: '特别程序告知书',
      number: `编号：${data.receiptNumber}-TB${String(data.stopNumber).padStart(2, '0')}`,
      addressee: data.applicantName,
      date: data.from,
      footnote: `咨询电话：${data.phone}`,
    },
    [
      para(
        `你（单位）申请的「${data.itemName}」（受理编号 ${data.receiptNumber}），因需要进行${data.kindLabel}，根据${basis}的规定，${data.kindLabel}所需时间不计算在办理期限内。现将有关事项告知如下：`,
      ),
      factsTable([
        ['特别程序', data.kindLabel],
        ['事由', data.reason],
        ['依据', basis],
        ['开始日期', chinaDateText(data.from)],
        ['预计所需时间', expected],
        ...(data.to === null ? [] : [['结束日期', chinaDateText(data.to)] as const]),
      ]),
      para('特别程序结束后，本机关将恢复计算办理期限并依法作出决定。'),
    ],
  );
}
