import { IMPORT_LIMITS } from '@govflow/catalog';
import { Router } from '@koa/router';
import type { Context } from 'koa';
import { ApiError } from '../http/apiError.js';
import { requireUser } from '../http/authMiddleware.js';
import { readRawBody } from '../http/readRawBody.js';
import { validateBody } from '../http/validateBody.js';
import { ItemDraftService } from '../services/itemAdmin/itemDraftService.js';
import { ItemImporter } from '../services/itemAdmin/itemImport.js';
import { ItemPublisher } from '../services/itemAdmin/itemPublisher.js';
import { requireAdministrator } from '../services/itemAdmin/requireAdministrator.js';
import type { Services } from './context.js';

const ITEM = { type: 'object', description: '事项（可以尚未通过校验）' } as const;
const REVISION = { type: 'integer', minimum: 0, maximum: 1_000_000_000 } as const;

/** `PUT /api/admin/item-drafts/:code`: the draft's content and the revision it replaces (0 for a new draft). */
export const DRAFT_SAVE_SCHEMA = {
  type: 'object',
  required: ['item', 'revision'],
  additionalProperties: false,
  properties: { item: ITEM, revision: REVISION },
} as const;

/** `POST /api/admin/items/validate`: the item to check. */
export const ITEM_VALIDATE_SCHEMA = {
  type: 'object',
  required: ['item'],
  additionalProperties: false,
  properties: { item: ITEM },
} as const;

/** `POST /api/admin/items/publish`: the item, and the draft revision it came from (that draft is dropped). */
export const ITEM_PUBLISH_SCHEMA = {
  type: 'object',
  required: ['item'],
  additionalProperties: false,
  properties: { item: ITEM, draftRevision: { ...REVISION, minimum: 1 } },
} as const;

/** The media type of an Excel workbook (.xlsx). */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `POST /api/admin/items/import[?publish=true]`: the only item route whose body is not JSON but an .xlsx workbook. */
export const ITEM_IMPORT_PATH = '/api/admin/items/import';

/** Documents the import's raw body for OpenAPI. */
export const ITEM_IMPORT_SCHEMA = {
  type: 'string',
  contentMediaType: XLSX_MEDIA_TYPE,
  description: 'Excel 事项目录（.xlsx，「事项」「材料」「流程」「表单」四张表）；?publish=true 时全部发布或全部不发布',
} as const;

/** True for the workbook upload, which `requireJsonForWrites` lets through (and only it). */
export function isItemImportUpload(ctx: Context): boolean {
  return ctx.method === 'POST' && ctx.path === ITEM_IMPORT_PATH && ctx.is(XLSX_MEDIA_TYPE) === XLSX_MEDIA_TYPE;
}

const CODE = /^[\w.-]{1,100}$/;

/** Item administration (administrators only): drafts, validation, publication and Excel import. */
export function itemAdminRoutes(services: Services): Router {
  const drafts = new ItemDraftService(services.store, services.clock);
  const publisher = new ItemPublisher(services.store, services.clock);
  const importer = new ItemImporter(services.store, services.clock);
  const router = new Router();
  router.get('/api/admin/item-drafts', async (ctx) => {
    ctx.body = await drafts.list(requireUser(ctx));
  });
  router.get('/api/admin/item-drafts/:code', async (ctx) => {
    ctx.body = await drafts.open(requireUser(ctx), codeOf(ctx));
  });
  router.put('/api/admin/item-drafts/:code', async (ctx) => {
    const user = requireUser(ctx);
    const body = validateBody<{ item: Record<string, unknown>; revision: number }>(DRAFT_SAVE_SCHEMA, ctx.request.body);
    ctx.body = await drafts.save(user, codeOf(ctx), body.item, body.revision);
  });
  router.delete('/api/admin/item-drafts/:code', async (ctx) => {
    const user = requireUser(ctx);
    const raw = ctx.query['revision'];
    const revision = raw === undefined ? undefined : Number(raw);
    if (revision !== undefined && !(Number.isInteger(revision) && revision >= 1)) {
      throw new ApiError(400, 'VALIDATION_FAILED', 'revision 应为正整数', { revision: raw });
    }
    await drafts.discard(user, codeOf(ctx), revision);
    ctx.status = 204;
  });
  router.post('/api/admin/items/validate', async (ctx) => {
    const user = requireUser(ctx);
    const body = validateBody<{ item: unknown }>(ITEM_VALIDATE_SCHEMA, ctx.request.body);
    ctx.body = await publisher.validate(user, body.item);
  });
  router.post('/api/admin/items/publish', async (ctx) => {
    const user = requireUser(ctx);
    const body = validateBody<{ item: unknown; draftRevision?: number }>(ITEM_PUBLISH_SCHEMA, ctx.request.body);
    const publication = await publisher.publish(user, body.item, body.draftRevision);
    ctx.status = publication.unchanged ? 200 : 201;
    ctx.body = publication;
  });
  router.post(ITEM_IMPORT_PATH, async (ctx) => {
    const user = requireUser(ctx);
    requireAdministrator(user);
    if (ctx.is(XLSX_MEDIA_TYPE) !== XLSX_MEDIA_TYPE) {
      throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', `请上传 Excel 文件（${XLSX_MEDIA_TYPE}）`);
    }
    const publish = ctx.query['publish'] === 'true';
    const bytes = await readRawBody(ctx.req, IMPORT_LIMITS.xlsxMaxBytes);
    const report = await importer.importXlsx(user, bytes, publish);
    ctx.status = report.published ? 201 : 200;
    ctx.body = report;
  });
  return router;
}

function codeOf(ctx: Context): string {
  const code = ctx.params['code'] ?? '';
  if (!CODE.test(code)) throw new ApiError(400, 'VALIDATION_FAILED', '事项实施编码格式不正确', { code });
  return code;
}
