/** One route the app serves. */
export interface RouteInfo {
  readonly method: string;
  readonly path: string;
}

const ERROR_SCHEMA = {
  type: 'object',
  required: ['code', 'message', 'details'],
  properties: {
    code: { type: 'string', description: '稳定的错误代码，供程序判断' },
    message: { type: 'string', description: '中文错误说明' },
    details: { type: 'object', description: '出错的字段、缺少的材料等' },
  },
};

const ERROR_STATUSES: Readonly<Record<string, string>> = {
  '400': '请求内容有误（逐项列出）',
  '401': '未登录',
  '403': '无权操作',
  '404': '不存在',
  '409': '冲突（已被他人更新或已办结）',
  '413': '请求内容过大',
  '415': '内容类型不受支持',
  '422': '违反办理规则（如材料不齐）',
  '429': '请求过于频繁',
};

/**
 * The OpenAPI 3.1 document of the routes the app really serves, with each write's request body
 * described by the same JSON Schema that validates it.
 */
export function buildOpenApi(
  routes: readonly RouteInfo[],
  requestSchemas: Readonly<Record<string, object>>,
  /** Request bodies that are not JSON (`'POST /api/files': 'multipart/form-data'`). */
  contentTypes: Readonly<Record<string, string>> = {},
): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const { method, path } of routes) {
    const openPath = path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const schema = requestSchemas[`${method} ${path}`];
    const operation: Record<string, unknown> = {
      operationId: `${method.toLowerCase()}${openPath.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string | undefined) => (c ?? '').toUpperCase())}`,
      responses: {
        [method === 'POST' && path === '/api/cases' ? '201' : '200']: { description: '成功' },
        ...Object.fromEntries(
          Object.entries(ERROR_STATUSES).map(([status, description]) => [
            status,
            { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          ]),
        ),
      },
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(schema
        ? {
            requestBody: {
              required: true,
              content: { [contentTypes[`${method} ${path}`] ?? 'application/json']: { schema } },
            },
          }
        : {}),
    };
    paths[openPath] = { ...(paths[openPath] ?? {}), [method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'govflow 政务服务审批平台 API', version: '0.1.0' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      schemas: { Error: ERROR_SCHEMA },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ bearer: [] }],
    paths,
  };
}
