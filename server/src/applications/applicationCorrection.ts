import { checkCompleteness } from '@govflow/catalog';
import type { MaterialWithFiles } from '../files/materialFiles.js';
import { ApiError } from '../http/apiError.js';
import type { SessionUser } from '../services/authService.js';
import type { ApplicationRecord } from '../store/applicationStore.js';
import { materialObjects } from './applicationNames.js';
import type { ApplicationSupport } from './applicationSupport.js';

/** The corrected form and materials (补正), in full. */
export interface CorrectRequest {
  readonly formData?: Record<string, unknown>;
  readonly materials: readonly (string | MaterialWithFiles)[];
}

/** Correction (补正) of an application returned with a one-time notice. */
export class ApplicationCorrection {
  constructor(private readonly support: ApplicationSupport) {}

  /** 补正: the applicant (online) or the staff who hold it resubmit the form and the whole set of materials. */
  async correct(user: SessionUser, id: string, request: CorrectRequest): Promise<ApplicationRecord> {
    const { application, org } = await this.support.load(user, id);
    const mayCorrect =
      application.applicantId === null ? user.role !== 'applicant' : user.id === application.applicantId;
    if (!mayCorrect || user.role === 'supervisor' || user.role === 'lead') {
      throw new ApiError(403, 'FORBIDDEN', application.applicantId ? '只有申请人本人可以补正' : '无权补正此申请', {
        id,
      });
    }
    if (application.status !== 'returned') {
      throw new ApiError(409, 'APPLICATION_STATE', '申请未被退回补正，无需补正', { status: application.status });
    }
    const item = await this.support.deps.catalog.getItem(application.itemCode, application.itemVersion);
    const formData = request.formData ?? { ...application.formData };
    this.support.requireValidForm(item, formData);
    const materials = materialObjects(request.materials);
    if (application.channel === 'online') this.support.requireComplete(item, formData, materials);
    await this.support.requireFiles(user, materials);
    const completeness = checkCompleteness(item, formData, materials);
    return this.support.commit(application, {
      status: 'pending',
      unitId: application.unitId,
      windowId: application.windowId,
      formData,
      materials,
      updatedAt: this.support.now(),
      scopeKeys: user.role === 'applicant' ? [] : [`user:${user.id}`],
      hops: [
        this.support.hop(user, org, 'corrected', application, {
          materials: materials.map((m) => m.id),
          complete: completeness.complete,
          stillMissing: completeness.missing.map((m) => m.name),
        }),
      ],
    });
  }
}
