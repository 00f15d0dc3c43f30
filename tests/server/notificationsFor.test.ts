import type { CaseEvent } from '@govflow/engine';
import { applicantMobile, chinaDeadline, notificationsFor, type CaseNotificationContext } from '@govflow/server';
import { expect } from 'chai';

const CONTEXT: CaseNotificationContext = {
  receiptNumber: 'SL20260302-0001',
  itemName: '失业人员再就业证补办',
  applicantName: '王仕碧',
  formData: { applicantName: '王仕碧', phone: '13980012345' },
};

const event = (seq: number, type: string, data: Record<string, unknown> = {}): CaseEvent =>
  ({ seq, type, at: '2026-03-02T09:00:00.000+08:00', caseId: 'C1', by: 'clerk', data }) as CaseEvent;

describe('notifications / notificationsFor: the applicant hears of every step that concerns them', () => {
  it('given an acceptance, then one SMS tells the receipt number and the promised deadline in Chinese', () => {
    const messages = notificationsFor(
      [
        event(1, 'case.accepted'),
        event(2, 'clock.started', { promisedDays: 7, promisedDueAt: '2026-03-12T00:00:00.000+08:00', unit: 'working' }),
        event(3, 'task.created', { name: '受理' }),
      ],
      CONTEXT,
    );
    expect(messages).to.have.length(1);
    const [accepted] = messages;
    expect(accepted).to.deep.include({
      id: 'C1:1:applicant',
      channel: 'sms',
      to: '13980012345',
      template: 'case.accepted',
      createdAt: '2026-03-02T09:00:00.000+08:00',
    });
    expect(accepted?.payload).to.include({ caseId: 'C1', receiptNumber: 'SL20260302-0001', eventSeq: 1 });
    expect(accepted?.payload['text']).to.equal(
      '王仕碧您好，您申请的「失业人员再就业证补办」已受理，受理编号 SL20260302-0001，承诺 7 个工作日内办结（期限至 2026年3月11日）。可凭受理编号查询办理进度。',
    );
  });

  it('given a clock stop for 补正 and one for a special procedure, then each is a notice with its reason', () => {
    const [supplement, hearing] = notificationsFor(
      [
        event(5, 'clock.stopped', { kind: 'supplement', reason: '身份证复印件不清晰' }),
        event(6, 'clock.stopped', { kind: 'hearing', label: '听证', reason: '涉及重大利益', expectedDays: 10 }),
      ],
      CONTEXT,
    );
    expect(supplement?.payload['text']).to.contain('需要补正材料：身份证复印件不清晰').and.contain('暂停计时');
    expect(hearing?.payload['text']).to.contain('听证程序').and.contain('预计 10 个工作日').and.contain('涉及重大利益');
  });

  it('given resumption, extension, completion, refusal and withdrawal, then each has its own notice', () => {
    const messages = notificationsFor(
      [
        event(7, 'clock.resumed', { promisedDueAt: '2026-03-17T00:00:00.000+08:00' }),
        event(8, 'clock.extended', { days: 5, reason: '需现场核查', promisedDueAt: '2026-03-24T12:00:00.000+08:00' }),
        event(9, 'case.completed', { outcome: '准予许可' }),
        event(10, 'case.terminated', { reasons: ['不符合条件', '材料虚假'], outcome: '不予许可' }),
        event(11, 'case.withdrawn', { reason: null }),
      ],
      CONTEXT,
    );
    expect(messages.map((m) => m.template)).to.deep.equal([
      'clock.resumed',
      'clock.extended',
      'case.completed',
      'case.terminated',
      'case.withdrawn',
    ]);
    const texts = messages.map((m) => String(m.payload['text']));
    expect(texts[0]).to.contain('顺延至 2026年3月16日');
    expect(texts[1]).to.contain('延长办理期限 5 个工作日').and.contain('2026年3月24日12时');
    expect(texts[2]).to.contain('结果：准予许可');
    expect(texts[3]).to.contain('不予许可决定，理由：不符合条件；材料虚假').and.contain('行政复议');
    expect(texts[4]).to.contain('已按您的申请撤回');
  });

  it('given the window’s completion record (办结), then the applicant is told the result and the certificate number', () => {
    const [concluded] = notificationsFor(
      [
        event(12, 'case.concluded', {
          resultLabel: '准予许可',
          certificateNumber: 'ZS-2026-001',
          deliverBy: '2026-03-31T00:00:00.000+08:00',
        }),
      ],
      CONTEXT,
    );
    expect(concluded?.payload['text'])
      .to.contain('已办结，结果：准予许可，证照编号 ZS-2026-001')
      .and.contain('2026年3月30日');
  });

  it('given events the applicant need not hear of, then no message', () => {
    const quiet = ['task.created', 'task.completed', 'timer.fired', 'clock.finished', 'gateway.passed'];
    expect(
      notificationsFor(
        quiet.map((type, i) => event(i + 1, type)),
        CONTEXT,
      ),
    ).to.deep.equal([]);
  });

  it('given a form without a mobile number, then the notice is written to the log channel with no recipient', () => {
    const [message] = notificationsFor([event(1, 'case.accepted')], {
      ...CONTEXT,
      formData: { phone: '028-86650000' },
    });
    expect(message?.channel).to.equal('log');
    expect(message).not.to.have.property('to');
  });

  it('given the usual phone fields, then the applicant’s mobile number is found, trimmed, and a landline is not', () => {
    expect(applicantMobile({ mobile: ' 13800000000 ' })).to.equal('13800000000');
    expect(applicantMobile({ contactPhone: '13900000000' })).to.equal('13900000000');
    expect(applicantMobile({ phone: '028-86650000' })).to.equal(undefined);
    expect(applicantMobile({ phone: { $gt: '' } })).to.equal(undefined);
  });

  it('given deadlines at midnight and at noon, then the applicant reads the last day and the hour in China time', () => {
    expect(chinaDeadline('2026-03-12T00:00:00.000+08:00')).to.equal('2026年3月11日');
    expect(chinaDeadline('2026-03-11T04:00:00.000Z')).to.equal('2026年3月11日12时');
    expect(chinaDeadline('not a date')).to.equal('not a date');
  });
});
