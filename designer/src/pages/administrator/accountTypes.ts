/** An account as `GET /api/users` lists it. */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: string;
  groups: string[];
  unitId: string | null;
  departmentId: string | null;
  windowId: string | null;
}

/** Role names (the server's roles). */
export const ROLES: Readonly<Record<string, string>> = {
  administrator: '中心管理员',
  lead: '首席代表 / 部门负责人',
  clerk: '窗口人员',
  agent: '代办员',
  supervisor: '监察人员',
  applicant: '申请人',
};

/** A new account before its fields are filled. */
export const BLANK: Account = {
  id: '',
  username: '',
  displayName: '',
  role: 'clerk',
  groups: [],
  unitId: null,
  departmentId: null,
  windowId: null,
};
