import { ApiError } from '../../http/apiError.js';
import type { SessionUser } from '../authService.js';

/** Throws 403 unless the user is a center administrator: only they keep the catalog. */
export function requireAdministrator(user: SessionUser): void {
  if (user.role === 'administrator') return;
  throw new ApiError(403, 'FORBIDDEN', '只有中心管理员可以编辑、校验和发布事项', { role: user.role });
}
