import { Router } from '@koa/router';
import { attachmentDisposition } from '../files/contentDisposition.js';
import { requireUser } from '../http/authMiddleware.js';
import type { Services } from './context.js';

/** `POST /api/files` (multipart/form-data, field `file`, one or several files): documents the upload for OpenAPI. */
export const UPLOAD_SCHEMA = {
  type: 'object',
  description: 'multipart/form-data：字段 file 可重复，每个文件一份材料（PDF、JPEG、PNG、OFD）',
  required: ['file'],
  properties: { file: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } },
} as const;

/** The only route whose body is multipart rather than JSON (see `requireJsonForWrites`). */
export const UPLOAD_PATH = '/api/files';

/** Material uploads and downloads (content-addressed by SHA-256). */
export function fileRoutes(services: Services): Router {
  const router = new Router();
  router.post(UPLOAD_PATH, async (ctx) => {
    const user = requireUser(ctx);
    const files = await services.files.upload(user, ctx.req);
    ctx.status = 201;
    ctx.body = { files };
  });
  router.get('/api/files/:sha256', async (ctx) => {
    const user = requireUser(ctx);
    const file = await services.files.open(user, ctx.params['sha256'] ?? '');
    ctx.status = 200;
    ctx.set({
      'content-disposition': attachmentDisposition(file.record.originalName),
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
      etag: `"${file.record.sha256}"`,
    });
    if (ctx.fresh) {
      file.stream.destroy();
      ctx.status = 304;
      return;
    }
    ctx.type = file.record.mediaType;
    ctx.length = file.size;
    ctx.body = file.stream;
  });
  return router;
}
