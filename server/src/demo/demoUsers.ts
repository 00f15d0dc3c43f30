import type { UserRecord } from '../store/port.js';

type DemoUser = Omit<UserRecord, 'passwordHash'>;

/** A district department's clerk, lead or reviewer in the demo center (锦江区). */
function district(id: string, name: string, role: DemoUser['role'], slug: string, group: string): DemoUser {
  return {
    id: `u-${id}`,
    username: id,
    displayName: name,
    role,
    groups: [group],
    unitId: 'jj',
    departmentId: `jj-${slug}`,
    windowId: null,
  };
}

/** A clerk at a street's comprehensive window. */
function streetClerk(id: string, name: string, street: string): DemoUser {
  return {
    id: `u-${id}`,
    username: id,
    displayName: name,
    role: 'clerk',
    groups: ['street-window'],
    unitId: street,
    departmentId: null,
    windowId: `${street}-window`,
  };
}

/** The demo accounts created on first start (README lists them); every password is `govflow`. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'u-admin',
    username: 'admin',
    displayName: '中心管理员',
    role: 'administrator',
    groups: ['admin'],
    unitId: 'jj',
    departmentId: 'jj-center',
    windowId: null,
  },
  streetClerk('clerk', '春熙路街道窗口 王敏', 'jj-chunxilu'),
  streetClerk('clerk2', '春熙路街道窗口 赵丽', 'jj-chunxilu'),
  streetClerk('clerk3', '书院街街道窗口 孙倩', 'jj-shuyuanjie'),
  district('reviewer', '区人社局 李强', 'clerk', 'labour', 'district-labour'),
  district('lead', '区人社局 首席代表', 'lead', 'labour', 'district-labour-lead'),
  {
    id: 'u-supervisor',
    username: 'supervisor',
    displayName: '效能办 监察员',
    role: 'supervisor',
    groups: ['supervision'],
    unitId: 'jj',
    departmentId: 'jj-supervision',
    windowId: null,
  },
  // The construction-project planning permit (JJ-ZG-001, seed 002): one joint window, four departments in parallel.
  {
    id: 'u-joint',
    username: 'joint',
    displayName: '并联审批窗口 张华',
    role: 'clerk',
    groups: ['district-joint-window'],
    unitId: 'jj',
    departmentId: null,
    windowId: 'jj-joint-window',
  },
  district('planner', '区规划局 陈静', 'clerk', 'planning', 'district-planning'),
  district('planlead', '区规划局 首席代表', 'lead', 'planning', 'district-planning-lead'),
  district('renfang', '区人防办 刘洋', 'clerk', 'civildefense', 'district-civildefense'),
  district('urban', '区城管局 周丽', 'clerk', 'urban', 'district-urban'),
  district('transport', '区交通运输局 吴刚', 'clerk', 'transport', 'district-transport'),
  // The village room of 科甲巷社区: its agent (代办员) registers applications and forwards them upward.
  {
    id: 'u-agent',
    username: 'agent',
    displayName: '科甲巷社区代办员 何芳',
    role: 'agent',
    groups: ['village-agent'],
    unitId: 'jj-chunxilu-kejiaxiang',
    departmentId: null,
    windowId: 'jj-chunxilu-kejiaxiang-room',
  },
  // A registered applicant (群众) who applies online and follows their own cases.
  {
    id: 'u-applicant',
    username: 'applicant',
    displayName: '张明',
    role: 'applicant',
    groups: [],
    unitId: null,
    departmentId: null,
    windowId: null,
  },
];

/** The password of every demo account. */
export const DEMO_PASSWORD = 'govflow';
