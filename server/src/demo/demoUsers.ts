import type { UserRecord } from '../store/port.js';

/** The demo accounts created on first start (README lists them); every password is `govflow`. */
export const DEMO_USERS: readonly Omit<UserRecord, 'passwordHash'>[] = [
  { id: 'u-admin', username: 'admin', displayName: '中心管理员', role: 'administrator', groups: ['admin'] },
  { id: 'u-clerk', username: 'clerk', displayName: '街道窗口 王敏', role: 'clerk', groups: ['street-window'] },
  { id: 'u-reviewer', username: 'reviewer', displayName: '区人社局 李强', role: 'clerk', groups: ['district-labour'] },
  { id: 'u-lead', username: 'lead', displayName: '区人社局 首席代表', role: 'lead', groups: ['district-labour'] },
  {
    id: 'u-supervisor',
    username: 'supervisor',
    displayName: '效能办 监察员',
    role: 'supervisor',
    groups: ['supervision'],
  },
];

/** The password of every demo account. */
export const DEMO_PASSWORD = 'govflow';
