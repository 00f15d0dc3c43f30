import type { ApprovalItem } from '../item.js';
import { reemploymentCertificateReissue } from './reemploymentCertificateReissue.js';

/** The demo catalog loaded on a fresh start (grows to 330 items with the catalog issue). */
export function demoCatalog(): readonly ApprovalItem[] {
  return [reemploymentCertificateReissue];
}
