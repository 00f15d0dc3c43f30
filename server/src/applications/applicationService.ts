import type { FileService } from '../files/fileService.js';
import { ApplicationAcceptance } from './applicationAcceptance.js';
import { ApplicationCorrection } from './applicationCorrection.js';
import { ApplicationDecisions } from './applicationDecisions.js';
import { ApplicationIntake } from './applicationIntake.js';
import { ApplicationReader } from './applicationReader.js';
import { ApplicationSupport, type ApplicationDeps } from './applicationSupport.js';

export type { ApplicationDeps } from './applicationSupport.js';

/**
 * Applications before acceptance (申请 / 收件登记 → 报送 → 预审 → 受理): a village room or window registers,
 * lower levels forward upward in time, an applicant applies online; the unit of the item's level returns
 * it with a one-time notice, refuses it, or accepts it into a case that keeps the whole path.
 */
export class ApplicationService {
  /** 收件登记, 网上申请. */
  readonly intake: ApplicationIntake;
  /** 补正. */
  readonly correction: ApplicationCorrection;
  /** 报送, 退回补正, 不予受理. */
  readonly decisions: ApplicationDecisions;
  /** 受理 (after 预审 for online applications). */
  readonly acceptance: ApplicationAcceptance;
  /** One application, lists, queues, files. */
  readonly reader: ApplicationReader;

  constructor(deps: ApplicationDeps, files: FileService) {
    const support = new ApplicationSupport(deps);
    this.intake = new ApplicationIntake(support);
    this.correction = new ApplicationCorrection(support);
    this.decisions = new ApplicationDecisions(support);
    this.acceptance = new ApplicationAcceptance(support);
    this.reader = new ApplicationReader(support, files);
  }
}
