import type { UserRecord } from '../store/port.js';

/** The demo accounts created on first start (README lists them); every password is `govflow`. */
export const DEMO_USERS: readonly Omit<UserRecord, 'passwordHash'>[] = [
  { id: 'u-admin', username: 'admin', displayName: '中心管理员', role: 'administrator', groups: ['admin'] },
  { id: 'u-clerk', username: 'clerk', displayName: '街道窗口 王敏', role: 'clerk', groups: ['street-window'] },
  { id: 'u-clerk2', username: 'clerk2', displayName: '街道窗口 赵丽', role: 'clerk', groups: ['street-window'] },
  { id: 'u-reviewer', username: 'reviewer', displayName: '区人社局 李强', role: 'clerk', groups: ['district-labour'] },
  { id: 'u-lead', username: 'lead', displayName: '区人社局 首席代表', role: 'lead', groups: ['district-labour'] },
  {
    id: 'u-supervisor',
    username: 'supervisor',
    displayName: '效能办 监察员',
    role: 'supervisor',
    groups: ['supervision'],
  },
  // The construction-project planning permit (JJ-ZG-001, seed 002): one joint window, four departments in parallel.
  {
    id: 'u-joint',
    username: 'joint',
    displayName: '并联审批窗口 张华',
    role: 'clerk',
    groups: ['district-joint-window'],
  },
  { id: 'u-planner', username: 'planner', displayName: '区规划局 陈静', role: 'clerk', groups: ['district-planning'] },
  {
    id: 'u-planlead',
    username: 'planlead',
    displayName: '区规划局 首席代表',
    role: 'lead',
    groups: ['district-planning-lead'],
  },
  {
    id: 'u-renfang',
    username: 'renfang',
    displayName: '区人防办 刘洋',
    role: 'clerk',
    groups: ['district-civildefense'],
  },
  { id: 'u-urban', username: 'urban', displayName: '区城管局 周丽', role: 'clerk', groups: ['district-urban'] },
  {
    id: 'u-transport',
    username: 'transport',
    displayName: '区交通运输局 吴刚',
    role: 'clerk',
    groups: ['district-transport'],
  },
];

/** The password of every demo account. */
export const DEMO_PASSWORD = 'govflow';
