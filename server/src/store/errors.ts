/** Thrown when a case is created with an id that is already stored. */
export class CaseExistsError extends Error {
  readonly code = 'CASE_EXISTS';
  constructor(readonly caseId: string) {
    super(`案件 ${caseId} 已存在，不能重复创建`);
    this.name = 'CaseExistsError';
  }
}

/** Thrown when a store key (an id, a username, a token) is not a plain string: never turned into a query. */
export class StoreKeyError extends Error {
  readonly code = 'STORE_INVALID_KEY';
  constructor(readonly field: string) {
    super(`存储查询参数无效：${field} 必须是字符串`);
    this.name = 'StoreKeyError';
  }
}

/** Thrown when a database's schema is newer than this program knows: it refuses to run rather than guess. */
export class StoreSchemaError extends Error {
  readonly code = 'STORE_SCHEMA_TOO_NEW';
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(`数据库结构版本 ${found} 高于本程序支持的版本 ${known}，请升级程序`);
    this.name = 'StoreSchemaError';
  }
}
