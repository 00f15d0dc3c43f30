/** A JSON answer from the server. */
export interface Reply<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

/** A tiny HTTP client for scenario tests, holding one user's bearer token. */
export class HttpClient {
  private token: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Signs in as a demo user (password `govflow`). */
  async login(username: string, password = 'govflow'): Promise<this> {
    const reply = await this.post<{ token: string }>('/api/auth/login', { username, password });
    if (reply.status !== 200) throw new Error(`login ${username} failed: ${reply.status}`);
    this.token = reply.body.token;
    return this;
  }

  /** GET a JSON resource. */
  get<T = Record<string, unknown>>(path: string): Promise<Reply<T>> {
    return this.send<T>('GET', path);
  }

  /** POST a JSON body. */
  post<T = Record<string, unknown>>(path: string, body?: unknown): Promise<Reply<T>> {
    return this.send<T>('POST', path, body === undefined ? undefined : JSON.stringify(body), 'application/json');
  }

  /** Sends raw bytes with any content type (for hostile-input tests). */
  async send<T>(method: string, path: string, body?: string, contentType?: string): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (contentType) headers['content-type'] = contentType;
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  }
}
