import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_UPLOAD_LIMITS, uploadOptionsFromEnv } from '@govflow/server';
import { expect } from 'chai';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { signIn } from '../scenarios/support/lifecycle.js';
import { download, filesUnder, ofdBytes, pdfBytes, pngBytes, upload } from './filesSupport.js';

interface FileView {
  sha256: string;
  size: number;
  mediaType: string;
  name: string;
  url: string;
}

const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('server / material uploads: content-addressed, typed by content, read only by those allowed', () => {
  let dir: string;
  let server: TestServer;
  const tokens: Record<string, string> = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-files-test-'));
    server = await startTestServer({ uploads: { dir } });
    for (const name of ['clerk', 'clerk2', 'clerk3', 'supervisor', 'admin', 'reviewer']) {
      tokens[name] = await signIn(server.url, name);
    }
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const filesOf = (reply: { json: Record<string, unknown> }): FileView[] => reply.json['files'] as FileView[];

  it('given a PDF and a PNG in one request, then both are stored under their SHA-256 with the type their bytes show', async () => {
    const pdf = pdfBytes();
    const png = pngBytes('one');
    const reply = await upload(server.url, tokens['clerk'], [
      { filename: '身份证（正反面）.pdf', type: 'application/pdf', content: pdf },
      { filename: '照片.png', type: 'image/png', content: png },
    ]);
    expect(reply.status).to.equal(201);
    const [first, second] = filesOf(reply);
    expect(first).to.deep.include({ sha256: sha256Of(pdf), size: pdf.length, mediaType: 'application/pdf' });
    expect(first?.name).to.equal('身份证（正反面）.pdf');
    expect(second).to.deep.include({ sha256: sha256Of(png), mediaType: 'image/png', name: '照片.png' });
    const stored = join(dir, sha256Of(pdf).slice(0, 2), sha256Of(pdf).slice(2, 4), sha256Of(pdf));
    expect(readFileSync(stored).equals(pdf)).to.equal(true);
    expect(filesUnder(join(dir, '.incoming'))).to.deep.equal([]);
  });

  it('given the same content uploaded by two users, then it is stored once and each has it under their own name', async () => {
    const pdf = pdfBytes();
    const before = filesUnder(dir).length;
    const byClerk = await upload(server.url, tokens['clerk'], [{ filename: '营业执照.pdf', content: pdf }]);
    const byReviewer = await upload(server.url, tokens['reviewer'], [{ filename: 'licence.pdf', content: pdf }]);
    expect([byClerk.status, byReviewer.status]).to.deep.equal([201, 201]);
    expect(filesOf(byReviewer)[0]?.sha256).to.equal(filesOf(byClerk)[0]?.sha256);
    expect(filesUnder(dir).length).to.equal(before + 1);
    const own = await download(server.url, tokens['reviewer'], sha256Of(pdf));
    expect(own.headers.get('content-disposition')).to.contain('licence.pdf');
  });

  it('given a stored file, when the uploader downloads it, then the bytes come back with type, RFC 5987 name and nosniff', async () => {
    const pdf = pdfBytes();
    await upload(server.url, tokens['clerk'], [{ filename: '再就业证遗失声明.pdf', content: pdf }]);
    const reply = await download(server.url, tokens['clerk'], sha256Of(pdf));
    expect(reply.status).to.equal(200);
    expect(reply.bytes.equals(pdf)).to.equal(true);
    expect(reply.headers.get('content-type')).to.equal('application/pdf');
    expect(reply.headers.get('x-content-type-options')).to.equal('nosniff');
    expect(reply.headers.get('content-disposition')).to.equal(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('再就业证遗失声明')}.pdf`,
    );
    // (fetch adds `Cache-Control: no-cache` to conditional requests unless one is given.)
    const again = await download(server.url, tokens['clerk'], sha256Of(pdf), {
      'if-none-match': reply.headers.get('etag') ?? '',
      'cache-control': 'max-age=0',
    });
    expect(again.status).to.equal(304);
  });

  it('given an OFD package, then it is accepted as application/ofd', async () => {
    const ofd = ofdBytes();
    const reply = await upload(server.url, tokens['clerk'], [{ filename: '电子证照.ofd', content: ofd }]);
    expect(reply.status).to.equal(201);
    expect(filesOf(reply)[0]).to.deep.include({ mediaType: 'application/ofd', name: '电子证照.ofd' });
  });

  it("given a clerk's upload, then another clerk, an anonymous caller and a bad hash get nothing; admin and supervisor read it", async () => {
    const pdf = pdfBytes();
    await upload(server.url, tokens['clerk'], [{ filename: '户口簿.pdf', content: pdf }]);
    const sha = sha256Of(pdf);
    const other = await download(server.url, tokens['clerk3'], sha);
    expect([other.status, other.json['code']]).to.deep.equal([404, 'FILE_NOT_FOUND']);
    expect(other.bytes.includes(pdf)).to.equal(false);
    expect((await download(server.url, undefined, sha)).status).to.equal(401);
    expect((await download(server.url, tokens['admin'], sha)).status).to.equal(200);
    expect((await download(server.url, tokens['supervisor'], sha)).status).to.equal(200);
    for (const bad of ['..%2F..%2Fpackage.json', sha.slice(0, 63), `${sha}0`, 'z'.repeat(64), '%00']) {
      expect((await download(server.url, tokens['admin'], bad)).status, bad).to.equal(404);
    }
    expect((await download(server.url, tokens['admin'], sha256Of(Buffer.from('never uploaded')))).status).to.equal(404);
  });

  it('given a supervisor or nobody, when uploading, then 403 and 401 and nothing is stored', async () => {
    const pdf = pdfBytes();
    const bySupervisor = await upload(server.url, tokens['supervisor'], [{ filename: 'x.pdf', content: pdf }]);
    expect([bySupervisor.status, bySupervisor.json['code']]).to.deep.equal([403, 'FORBIDDEN']);
    const anonymous = await upload(server.url, undefined, [{ filename: 'x.pdf', content: pdf }]);
    expect(anonymous.status).to.equal(401);
    expect(filesUnder(dir).some((path) => path.endsWith(sha256Of(pdf)))).to.equal(false);
  });

  describe('intake with materials that reference uploaded files', () => {
    it('given materials referencing uploads, then the case is accepted, records them, and its readers may open them', async () => {
      const idCard = pdfBytes();
      const statement = pngBytes('statement');
      const uploaded = filesOf(
        await upload(server.url, tokens['clerk'], [
          { filename: '身份证.pdf', content: idCard },
          { filename: '遗失声明.png', content: statement },
        ]),
      );
      expect((await download(server.url, tokens['clerk2'], sha256Of(idCard))).status).to.equal(404);
      const clerk = await new HttpClient(server.url).login('clerk');
      const accepted = await clerk.post<{ id: string }>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        materials: [
          { id: 'id-card', files: [uploaded[0]?.sha256] },
          { id: 'loss-statement', files: [uploaded[1]?.sha256] },
        ],
      });
      expect(accepted.status).to.equal(201);
      const detail = await clerk.get<{ materials: { id: string; files?: string[] }[] }>(
        `/api/cases/${accepted.body.id}`,
      );
      expect(detail.body.materials).to.deep.equal([
        { id: 'id-card', files: [sha256Of(idCard)] },
        { id: 'loss-statement', files: [sha256Of(statement)] },
      ]);
      // clerk2 works at the same window and may read the case, so she may now open its files; clerk3 may not.
      const colleague = await download(server.url, tokens['clerk2'], sha256Of(idCard));
      expect(colleague.status).to.equal(200);
      expect(colleague.bytes.equals(idCard)).to.equal(true);
      expect((await download(server.url, tokens['clerk3'], sha256Of(idCard))).status).to.equal(404);
    });

    it('given a material referencing a hash never uploaded, then 422 FILE_UNKNOWN naming it and no case is stored', async () => {
      const clerk = await new HttpClient(server.url).login('clerk');
      const before = (await clerk.get<unknown[]>('/api/cases')).body.length;
      const ghost = sha256Of(Buffer.from('a file nobody uploaded'));
      const reply = await clerk.post<{ code: string; details: { unknown: string[] } }>('/api/cases', {
        ...REEMPLOYMENT_APPLICATION,
        materials: [{ id: 'id-card', files: [ghost] }, 'loss-statement'],
      });
      expect([reply.status, reply.body.code]).to.deep.equal([422, 'FILE_UNKNOWN']);
      expect(reply.body.details.unknown).to.deep.equal([ghost]);
      expect((await clerk.get<unknown[]>('/api/cases')).body.length).to.equal(before);
    });

    it('given a file reference that is not a SHA-256, then 400 VALIDATION_FAILED', async () => {
      const clerk = await new HttpClient(server.url).login('clerk');
      for (const files of [['../../etc/passwd'], [{ $gt: '' }], [], ['A'.repeat(64)]]) {
        const reply = await clerk.post('/api/cases', {
          ...REEMPLOYMENT_APPLICATION,
          materials: [{ id: 'id-card', files }, 'loss-statement'],
        });
        expect(reply.status, JSON.stringify(files)).to.equal(400);
      }
    });
  });
});

describe('server / upload options from the environment', () => {
  it('given no variables, then files live under <data dir>/files with the default limits', () => {
    expect(uploadOptionsFromEnv({}, 'data')).to.deep.equal({ dir: join('data', 'files') });
    expect(DEFAULT_UPLOAD_LIMITS).to.deep.equal({ maxFileBytes: 20 * 1024 * 1024, maxFiles: 10 });
  });

  it('given GOVFLOW_UPLOAD_MAX_MB and GOVFLOW_UPLOAD_MAX_FILES, then they set the limits; nonsense is refused at start', () => {
    expect(
      uploadOptionsFromEnv({ GOVFLOW_UPLOAD_MAX_MB: '5', GOVFLOW_UPLOAD_MAX_FILES: '3' }, '/srv/govflow'),
    ).to.deep.equal({
      dir: join('/srv/govflow', 'files'),
      maxFileBytes: 5 * 1024 * 1024,
      maxFiles: 3,
    });
    for (const bad of ['0', '-1', 'lots', 'Infinity']) {
      expect(() => uploadOptionsFromEnv({ GOVFLOW_UPLOAD_MAX_MB: bad }, 'data'), bad).to.throw(
        /GOVFLOW_UPLOAD_MAX_MB/u,
      );
    }
  });
});
