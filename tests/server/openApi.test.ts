import { expect } from 'chai';
import { createFormValidator } from '@govflow/forms';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

interface Operation {
  requestBody?: { content: { 'application/json': { schema: Record<string, unknown> } } };
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

describe('server / OpenAPI 3.1 document', () => {
  let server: TestServer;
  let doc: OpenApi;

  before(async () => {
    server = await startTestServer();
    doc = (await new HttpClient(server.url).get<OpenApi>('/api/openapi.json')).body;
  });
  after(() => server.close());

  it('given the running server, then the document is OpenAPI 3.1 and lists the routes it serves', () => {
    expect(doc.openapi).to.equal('3.1.0');
    expect(Object.keys(doc.paths)).to.include.members([
      '/api/cases',
      '/api/tasks/{id}/complete',
      '/api/cases/{id}/clock/stop',
      '/api/supervision/board',
      '/api/openapi.json',
    ]);
  });

  it('given every write, then it documents its request body and every path parameter', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method === 'post') expect(operation.requestBody, `${method} ${path}`).not.to.equal(undefined);
        const names = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
        expect(
          (operation.parameters ?? []).map((p) => p.name),
          `${method} ${path}`,
        ).to.deep.equal(names);
        expect(operation.responses).to.include.keys('400', '401', '404', '409', '422');
      }
    }
  });

  it('given the documented schema of a write, then it is the one the route validates with: what it refuses, the server refuses', async () => {
    const schema = doc.paths['/api/tasks/{id}/return']?.['post']?.requestBody?.content['application/json'].schema;
    expect(schema).to.be.an('object');
    const validator = createFormValidator(schema as Record<string, unknown>);
    expect(validator.validate({}).valid).to.equal(false);
    const clerk = await new HttpClient(server.url).login('clerk');
    const reply = await clerk.post('/api/tasks/some-case.t1/return', {});
    expect(reply.status).to.equal(400);
    expect(reply.body['code']).to.equal('VALIDATION_FAILED');
  });
});
