import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** A built and served copy of the forms harness page. */
export interface FormsHarness {
  readonly url: string;
  close(): Promise<void>;
}

const HARNESS_DIR = new URL('.', import.meta.url).pathname;
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Builds the harness with Vite's JS API into a temporary folder (offline, a few seconds; @govflow/* from their
 * TypeScript sources through the `govflow-source` condition) and serves it on a free local port.
 */
export async function startFormsHarness(): Promise<FormsHarness> {
  const outDir = mkdtempSync(join(tmpdir(), 'govflow-forms-harness-'));
  await build({
    root: HARNESS_DIR,
    configFile: false,
    logLevel: 'error',
    cacheDir: join(outDir, '.vite-cache'),
    plugins: [react()],
    resolve: { conditions: ['govflow-source', 'module', 'browser', 'development|production'] },
    build: {
      outDir: join(outDir, 'site'),
      emptyOutDir: true,
      modulePreload: { polyfill: false },
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 5000,
    },
  });
  const site = join(outDir, 'site');
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(site, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(site)) return void response.writeHead(403).end();
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await closeServer(server);
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
