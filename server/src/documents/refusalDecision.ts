import { chinaDateText, factsTable, numberedList, para, renderDocument } from './documentHtml.js';

/** The period to apply for administrative reconsideration (行政复议法 Art. 20: 60 days). */
export const RECONSIDERATION_PERIOD = '六十日';
/** The period to sue (行政诉讼法 Art. 46: six months). */
export const LITIGATION_PERIOD = '六个月';

/** What the refusal to accept (不予受理决定书) states. */
export interface RefusalDecisionData {
  readonly number: string;
  readonly itemCode: string;
  readonly itemName: string;
  readonly agency: string;
  readonly applicantName: string;
  readonly receivedAt: string;
  readonly decidedAt: string;
  readonly reasons: readonly string[];
  readonly legalBasis: string;
  readonly phone: string;
  readonly clerkName: string;
}

/** The refusal to accept (不予受理决定书) as printable HTML: reasons, legal basis and the applicant's remedies. */
export function renderRefusalDecision(data: RefusalDecisionData): string {
  return renderDocument(
    {
      issuer: data.agency,
      title: '不予受理决定书',
      number: `编号：${data.number}`,
      addressee: data.applicantName,
      date: data.decidedAt,
      footnote: `咨询电话：${data.phone}`,
    },
    [
      para(
        `你（单位）于${chinaDateText(data.receivedAt)}提出的「${data.itemName}」申请，经审查，因下列原因，本机关决定不予受理：`,
      ),
      numberedList(data.reasons),
      para(`依据：${data.legalBasis}。`),
      para(
        `如不服本决定，可以自收到本决定书之日起${RECONSIDERATION_PERIOD}内依法申请行政复议，或者自收到本决定书之日起${LITIGATION_PERIOD}内依法向人民法院提起行政诉讼。`,
      ),
      factsTable([
        ['申请事项', `${data.itemName}（${data.itemCode}）`],
        ['申请日期', chinaDateText(data.receivedAt)],
        ['决定日期', chinaDateText(data.decidedAt)],
        ['经办人', data.clerkName],
      ]),
    ],
  );
}
