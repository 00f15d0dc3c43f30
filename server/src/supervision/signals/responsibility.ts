import type { ApprovalItem } from '@govflow/catalog';
import {
  departmentOfGroup,
  departmentOfItem,
  unitChain,
  type OrgDepartment,
  type Organisation,
} from '../../organisation/organisation.js';
import type { CaseRecord, Store, UserRecord } from '../../store/port.js';
import type { SignalDraft } from './signalDraft.js';

/** What signals need of the organisation: the tree and a department's leads (`OrganisationService` fits). */
export interface OrganisationLookup {
  get(): Promise<Organisation>;
  leadsOf(departmentId: string): Promise<readonly UserRecord[]>;
}

/** Who answers a signal, the department it is recorded against, who else is told, and who may read it. */
export interface Responsibility {
  readonly responsibleId: string;
  readonly departmentId: string | null;
  readonly departmentName: string;
  readonly leadIds: readonly string[];
  readonly scopeKeys: readonly string[];
}

/** Actors that are no person (the engine's deemed approval): the accepting clerk answers for them. */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['system']);

/**
 * The responsible clerk (the one the detector names — the step's claimant or assignee — else the
 * accepting clerk), the department (theirs, else the one owning the step's groups, else the item's
 * competent department in the case's unit chain) and its leads. When the organisation names no lead,
 * leads are the accounts with role `lead` whose groups share a prefix with the clerk's (`district-labour`
 * → `district-labour-lead`).
 */
export async function resolveResponsibility(
  store: Store,
  organisation: OrganisationLookup,
  record: CaseRecord,
  item: ApprovalItem,
  draft: SignalDraft,
): Promise<Responsibility> {
  const named = draft.responsibleId ?? null;
  const responsibleId = named !== null && !NOT_PEOPLE.has(named) ? named : record.createdBy;
  const user = await store.findUser(responsibleId);
  const org = await organisation.get();
  const department = departmentFor(org, record, item, user, draft.groups ?? []);
  let leads = department ? await organisation.leadsOf(department.id) : [];
  if (leads.length === 0 && user) leads = leadsByGroupPrefix(await store.listUsers(), user);
  const leadIds = leads.map((l) => l.id).filter((id) => id !== responsibleId);
  const keys = [
    department ? `dept:${department.id}` : null,
    user?.windowId ? `window:${user.windowId}` : null,
    `user:${responsibleId}`,
    ...leadIds.map((id) => `user:${id}`),
  ].filter((k): k is string => k !== null);
  return {
    responsibleId,
    departmentId: department?.id ?? null,
    departmentName: department?.name ?? item.department,
    leadIds,
    scopeKeys: [...new Set(keys)],
  };
}

function departmentFor(
  org: Organisation,
  record: CaseRecord,
  item: ApprovalItem,
  user: UserRecord | undefined,
  groups: readonly string[],
): OrgDepartment | undefined {
  const own = user?.departmentId ? org.departments.find((d) => d.id === user.departmentId) : undefined;
  if (own) return own;
  const chain = unitChain(org, record.unitId);
  for (const group of groups) {
    const owner = departmentOfGroup(org, chain, group);
    if (owner) return owner;
  }
  return departmentOfItem(org, chain, item.department);
}

function leadsByGroupPrefix(users: readonly UserRecord[], user: UserRecord): UserRecord[] {
  const related = (a: string, b: string): boolean => a.startsWith(`${b}-`) || b.startsWith(`${a}-`) || a === b;
  return users.filter(
    (u) => u.role === 'lead' && u.id !== user.id && u.groups.some((g) => user.groups.some((own) => related(g, own))),
  );
}
