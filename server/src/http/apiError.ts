/** An error meant for the client: HTTP status, stable code, Chinese message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** 404 with the resource named. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${what}不存在：${id}`, { id });
}
