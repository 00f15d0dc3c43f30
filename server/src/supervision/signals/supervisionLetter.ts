import {
  chinaDateText,
  factsTable,
  lastDayText,
  numberedList,
  para,
  renderDocument,
} from '../../documents/documentHtml.js';
import type { SignalRecord } from '../../store/port.js';
import { SIGNAL_KINDS, SIGNAL_LEVEL_NAMES, type SignalKind } from './signalKinds.js';

/** What the supervision recommendation letter (监察建议书) states besides the signal. */
export interface LetterContext {
  /** Who issues it (the settings' `letterIssuer`, e.g. 区纪委监委（效能办）). */
  readonly issuer: string;
  readonly responsibleName: string;
  readonly leadNames: readonly string[];
}

/**
 * The supervision recommendation letter (监察建议书) of a red card as printable HTML (seed 000: "只要超时，
 * 即发出监察建议书，具体办事人员和所属单位领导一并处罚"): to the department, the facts the system
 * recorded, the recommendations, and the date by which to report back in writing.
 */
export function renderSupervisionLetter(signal: SignalRecord, context: LetterContext): string {
  const kind = Object.hasOwn(SIGNAL_KINDS, signal.kind) ? SIGNAL_KINDS[signal.kind as SignalKind] : signal.kind;
  const reply = signal.answerDueAt === null ? '收到本建议书后五个工作日内' : `${lastDayText(signal.answerDueAt)}前`;
  const deadline = typeof signal.facts['deadline'] === 'string' ? lastDayText(signal.facts['deadline']) : '—';
  return renderDocument(
    {
      issuer: context.issuer,
      title: '监察建议书',
      number: `编号：${signal.letterNumber ?? '—'}`,
      addressee: signal.departmentName,
      date: signal.createdAt,
      footnote: `本建议书由政务服务电子监察系统依据案件办理记录生成，记录经哈希链校验，不可篡改。信号编号：${signal.id}`,
    },
    [
      para(
        `经政务服务电子监察系统监测，你单位办理的「${signal.itemName}」（受理编号 ${signal.receiptNumber}）` +
          `出现以下问题：${signal.summary}。`,
      ),
      factsTable([
        ['受理编号', signal.receiptNumber],
        ['办理事项', `${signal.itemName}（${signal.itemCode}）`],
        ['涉及环节', signal.stepName ?? '整个案件'],
        ['监察信号', `${SIGNAL_LEVEL_NAMES[signal.level]}：${kind}`],
        ['办理期限', deadline],
        ['发现时间', chinaDateText(signal.occurredAt)],
        ['责任人', context.responsibleName],
        ['单位负责人', context.leadNames.join('、') || '—'],
      ]),
      para('根据政务服务效能监察的有关规定，现提出如下监察建议：'),
      numberedList([
        '立即督促办理，依法办结该案件，并将办理结果告知申请人；',
        '查明超时或违规的原因，依照有关规定追究具体办事人员和所属单位领导的责任；',
        '举一反三，对本单位同类事项的办理情况开展自查，健全内部督办制度；',
        `于${reply}将整改落实情况书面报送本机关（可通过电子监察系统答复）。`,
      ]),
      para('对本建议有异议的，可以在收到本建议书之日起五个工作日内通过电子监察系统提出申诉。'),
    ],
  );
}
