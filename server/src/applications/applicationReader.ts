import { ApiError } from '../http/apiError.js';
import type { FileService, OpenedFile } from '../files/fileService.js';
import type { Organisation } from '../organisation/organisation.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord, StoredApplicationHop } from '../store/applicationStore.js';
import { verifyHops } from '../store/applicationChain.js';
import { applicationReaderKeys } from './applicationAccess.js';
import { mayActAt } from './applicationActors.js';
import { placeNames, STATUS_NAMES } from './applicationNames.js';
import type { ApplicationSupport } from './applicationSupport.js';
import { forwardingDelays } from './forwardingDelays.js';

/** Chinese names of what a hop did. */
export const HOP_ACTION_NAMES: Readonly<Record<StoredApplicationHop['action'], string>> = {
  registered: '收件登记',
  submitted: '网上申请',
  forwarded: '报送上级',
  'pre-reviewed': '预审通过',
  returned: '退回补正（一次性告知）',
  corrected: '补正材料',
  accepted: '受理',
  refused: '不予受理',
};

/** Who opens an application's files once the reader's right to the application is checked (read-only). */
const APPLICATION_FILES_READER: SessionUser = {
  id: 'system:applications',
  username: 'system:applications',
  displayName: '申请材料',
  role: 'supervisor',
  groups: [],
  unitId: null,
  departmentId: null,
  windowId: null,
};

/** Reading applications: one with its path, the reader's list, a window's queue, a material's file. */
export class ApplicationReader {
  constructor(
    private readonly support: ApplicationSupport,
    private readonly files: FileService,
  ) {}

  /** One application with its verified path and the forwarding delays along it. */
  async get(user: SessionUser, id: string) {
    const { application, org } = await this.support.load(user, id);
    return this.detail(application, org, await this.support.deps.store.listApplicationHops(id));
  }

  /** The applications the user may read, most recently changed first. */
  async list(user: SessionUser, limit = 100) {
    const keys = applicationReaderKeys(user);
    const { store, organisation } = this.support.deps;
    const org = await organisation.get();
    const found = await store.listApplications(keys === 'all' ? {} : { scopeKeys: keys }, limit);
    return found.map((a) => summary(a, org));
  }

  /** The pending applications where the user acts (a window's pre-review queue, a village room's tray). */
  async queue(user: SessionUser, limit = 200) {
    const { store, organisation } = this.support.deps;
    const org = await organisation.get();
    if (user.unitId === null && user.role !== 'administrator') return [];
    const filter = user.role === 'administrator' ? {} : { unitId: user.unitId ?? '' };
    const found = await store.listApplications({ ...filter, statuses: ['pending'] }, limit);
    return found.filter((a) => mayActAt(user, org, a)).map((a) => summary(a, org));
  }

  /** A file of one of the application's materials, for whoever may read the application. */
  async openFile(user: SessionUser, id: string, sha256: string): Promise<OpenedFile> {
    const { application } = await this.support.load(user, id);
    const hash = sha256.toLowerCase();
    const attached = application.materials.some((m) => filesOf(m).includes(hash));
    if (!attached) throw new ApiError(404, 'FILE_NOT_FOUND', '文件不存在或无权查看', { sha256: sha256.slice(0, 64) });
    return this.files.open(APPLICATION_FILES_READER, hash);
  }

  private detail(application: ApplicationRecord, org: Organisation, hops: readonly StoredApplicationHop[]) {
    const { calendar, store } = this.support.deps;
    const brokenAt = verifyHops(hops, store.chainAlgorithm);
    const lastReturn = application.status === 'returned' ? hops.findLast((h) => h.action === 'returned') : undefined;
    return {
      ...summary(application, org),
      formData: application.formData,
      materials: application.materials,
      path: hops.map((h) => ({ ...h, actionText: HOP_ACTION_NAMES[h.action] })),
      pathVerified: brokenAt === null,
      pathBrokenAt: brokenAt,
      notice: lastReturn?.data['notice'] ?? null,
      forwarding: forwardingDelays(hops, calendar, this.support.now()),
    };
  }
}

/** An application as lists show it. */
export function summary(application: ApplicationRecord, org: Organisation) {
  return {
    id: application.id,
    number: application.number,
    itemCode: application.itemCode,
    itemVersion: application.itemVersion,
    channel: application.channel,
    status: application.status,
    statusText: STATUS_NAMES[application.status],
    applicantName: application.applicantName,
    receivedAt: application.receivedAt,
    unitId: application.unitId,
    windowId: application.windowId,
    ...placeNames(org, application),
    caseId: application.caseId,
    receiptNumber: application.receiptNumber,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    version: application.version,
  };
}

function filesOf(material: object): readonly string[] {
  const files = (material as { files?: unknown }).files;
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
}
