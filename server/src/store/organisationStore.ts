import type { Organisation } from '../organisation/organisation.js';
import type { CaseRecord, TaskRow, UserRecord } from './port.js';

/** The organisation document as stored, with who changed it last. */
export interface StoredOrganisation {
  readonly organisation: Organisation;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** Store methods for the organisation tree, its accounts, and case reads by scope. */
export interface OrganisationStore {
  /** The organisation, or undefined before the first save. */
  getOrganisation(): Promise<StoredOrganisation | undefined>;
  /** Replaces the organisation document. */
  saveOrganisation(organisation: Organisation, by: string, at: string): Promise<void>;
  /** Every account, by user name. */
  listUsers(): Promise<readonly UserRecord[]>;
  /** The most recent cases holding any of the scope keys, newest first. */
  listCasesInScope(scopeKeys: readonly string[], limit: number): Promise<readonly CaseRecord[]>;
  /** Open tasks of cases holding the scope key, earliest deadline first (tasks without one last). */
  listOpenTasksInScope(scopeKey: string, limit: number): Promise<readonly TaskRow[]>;
}
