import type { Clock } from '../clock.js';
import type { Store, UserRecord } from '../store/port.js';
import { caseScopeKeys, type CaseScopeInput } from './caseScopeKeys.js';
import { checkOrganisation } from './checkOrganisation.js';
import { unitChain, type Organisation, type OrgUnit } from './organisation.js';

/** An organisation with nothing in it (a store never given one). */
const EMPTY: Organisation = { units: [], departments: [], windows: [] };

/**
 * The organisation tree as services use it: read once and kept until changed, validated when saved,
 * and the questions asked of it (a case's scope keys, a department's leads, a unit's ancestors).
 */
export class OrganisationService {
  private cached: Promise<Organisation> | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** The current organisation (empty when none was ever saved). */
  get(): Promise<Organisation> {
    this.cached ??= this.store.getOrganisation().then((stored) => stored?.organisation ?? EMPTY);
    return this.cached;
  }

  /** Validates (400 with every problem) and stores a new organisation; `by` is the administrator. */
  async save(organisation: Organisation, by: string): Promise<Organisation> {
    checkOrganisation(organisation, await this.store.listUsers());
    await this.store.saveOrganisation(organisation, by, this.clock.now().toISOString());
    this.cached = Promise.resolve(organisation);
    return organisation;
  }

  /** The scope keys of a case after a commit (see `caseScopeKeys`). */
  async scopeKeysOf(input: CaseScopeInput): Promise<readonly string[]> {
    return caseScopeKeys(await this.get(), input);
  }

  /** The unit and its ancestors, nearest first. */
  async unitChain(unitId: string): Promise<readonly OrgUnit[]> {
    return unitChain(await this.get(), unitId);
  }

  /** The unit a case is accepted in when the accepting user has none: the first unit of the item's level. */
  async defaultUnit(level: string): Promise<string> {
    const org = await this.get();
    return (org.units.find((u) => u.level === level) ?? org.units[0])?.id ?? '';
  }

  /** The leads (首席代表 / 负责人) of a department. */
  async leadsOf(departmentId: string): Promise<readonly UserRecord[]> {
    return (await this.store.listUsers()).filter((u) => u.role === 'lead' && u.departmentId === departmentId);
  }
}
