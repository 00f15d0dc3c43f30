import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { signIn } from '../scenarios/support/lifecycle.js';
import { filesUnder, jpegBytes, multipart, pdfBytes, pngBytes, request, upload, zipBytes } from './filesSupport.js';

/** Only content-addressed paths (`aa/bb/<sha256>`) may ever appear in the file store. */
const STORED_PATH = /^([0-9a-f]{2})\/([0-9a-f]{2})\/\1\2[0-9a-f]{60}$/u;

describe('server / hostile uploads: refused clearly, nothing half-stored, names never become paths', () => {
  let dir: string;
  let server: TestServer;
  let token: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'govflow-files-hostile-'));
    server = await startTestServer({ uploads: { dir: join(dir, 'files') } });
    token = await signIn(server.url, 'clerk');
  });
  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    // Whatever happened, nothing is left half-received and nothing lands outside content-addressed paths.
    const stored = filesUnder(dir);
    expect(
      stored.filter((path) => path.startsWith('files/.incoming/')),
      'partial files',
    ).to.deep.equal([]);
    for (const path of stored) expect(path.replace(/^files\//u, ''), path).to.match(STORED_PATH);
  });

  const storedCount = (): number => filesUnder(dir).length;

  it('given a file one byte over the default 20 MB, then 413 FILE_TOO_LARGE and the partial file is removed', async () => {
    const before = storedCount();
    const huge = Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024 + 1 - pdfBytes().length, 0x20)]);
    const reply = await upload(server.url, token, [{ filename: '大文件.pdf', type: 'application/pdf', content: huge }]);
    expect([reply.status, reply.json['code']]).to.deep.equal([413, 'FILE_TOO_LARGE']);
    expect(reply.json['details']).to.deep.include({ maxBytes: 20 * 1024 * 1024 });
    expect(storedCount()).to.equal(before);
  });

  it('given a good file and a disguised one in one request, then 415 and neither is stored (all or nothing)', async () => {
    const before = storedCount();
    const reply = await upload(server.url, token, [
      { filename: '身份证.pdf', type: 'application/pdf', content: pdfBytes() },
      { filename: '申请表.pdf', type: 'application/pdf', content: '<html><script>alert(1)</script></html>' },
    ]);
    expect([reply.status, reply.json['code']]).to.deep.equal([415, 'UNSUPPORTED_FILE_TYPE']);
    expect(reply.json['message']).to.match(/[\u4e00-\u9fff]/u);
    expect(storedCount()).to.equal(before);
  });

  it('given contents whose declared type and extension lie, then the bytes decide: 415 for each', async () => {
    const disguised = [
      { filename: 'photo.png', type: 'image/png', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]) },
      {
        filename: 'scan.jpg',
        type: 'image/jpeg',
        content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      },
      { filename: 'form.pdf', type: 'application/pdf', content: ' %PDF-1.4 leading space is not a PDF' },
      { filename: '申请表.docx', type: 'application/pdf', content: zipBytes({ '[Content_Types].xml': '<Types/>' }) },
      { filename: 'fake.ofd', type: 'application/ofd', content: zipBytes({ 'Doc_0/OFD.xml': '<x/>' }) },
      { filename: 'broken.ofd', type: 'application/ofd', content: Buffer.from('PK\x03\x04 not really a zip') },
      { filename: 'empty.pdf', type: 'application/pdf', content: '' },
    ];
    for (const part of disguised) {
      const reply = await upload(server.url, token, [part]);
      expect([reply.status, reply.json['code']], part.filename).to.deep.equal([415, 'UNSUPPORTED_FILE_TYPE']);
    }
  });

  it('given a real image under a wrong name and type, then it is stored as what it is, with the right extension', async () => {
    const reply = await upload(server.url, token, [
      { filename: 'scan.pdf', type: 'application/pdf', content: pngBytes('misnamed') },
      { filename: '照片', type: 'application/octet-stream', content: jpegBytes() },
    ]);
    expect(reply.status).to.equal(201);
    const files = reply.json['files'] as { mediaType: string; name: string }[];
    expect(files.map((f) => [f.mediaType, f.name])).to.deep.equal([
      ['image/png', 'scan.png'],
      ['image/jpeg', '照片.jpg'],
    ]);
  });

  it('given path tricks in file names, then only the last segment is kept as a name and nothing is written outside the store', async () => {
    const cases: readonly (readonly [string, string])[] = [
      ['../../etc/passwd', 'passwd.pdf'],
      ['/etc/cron.d/evil.pdf', 'evil.pdf'],
      ['..\\..\\Windows\\System32\\drivers\\etc\\hosts.pdf', 'hosts.pdf'],
      ['C:\\Users\\王敏\\Desktop\\身份证.pdf', '身份证.pdf'],
      ['\\\\server\\share\\材料.pdf', '材料.pdf'],
      ['..', '材料.pdf'],
      ['....pdf', '材料.pdf'],
      ['CON.pdf', '材料.pdf'],
      ['a<b>c:d|e?f*.pdf', 'a_b_c_d_e_f_.pdf'],
      ['  .hidden.pdf  ', 'hidden.pdf'],
      ['report.pdf.exe', 'report.pdf.pdf'],
      [`${'长'.repeat(300)}.pdf`, `${'长'.repeat(100)}.pdf`],
    ];
    for (const [raw, expected] of cases) {
      const reply = await upload(server.url, token, [{ filename: raw, content: pdfBytes() }]);
      expect(reply.status, raw).to.equal(201);
      expect((reply.json['files'] as { name: string }[])[0]?.name, raw).to.equal(expected);
    }
    expect(filesUnder(dir).filter((path) => !path.startsWith('files/'))).to.deep.equal([]);
  });

  it('given control or invisible characters in a name (NUL, line break, TAB, RLO, DEL), then 400 FILE_NAME_INVALID and nothing is stored', async () => {
    const before = storedCount();
    const encoded = [
      'scan%00.pdf',
      'a%0D%0Ab.pdf',
      'a%01b.pdf',
      'x%7F.pdf',
      `gnp${encodeURIComponent('\u202E')}exe.pdf`,
    ];
    for (const name of encoded) {
      const reply = await upload(server.url, token, [{ filenameStar: `UTF-8''${name}`, content: pdfBytes() }]);
      expect([reply.status, reply.json['code']], name).to.deep.equal([400, 'FILE_NAME_INVALID']);
    }
    for (const raw of ['tab\there.pdf', 'gnp\u202Eexe.pdf']) {
      const reply = await upload(server.url, token, [{ filename: raw, content: pdfBytes() }]);
      expect([reply.status, reply.json['code']], JSON.stringify(raw)).to.deep.equal([400, 'FILE_NAME_INVALID']);
    }
    // Raw control bytes break the part header itself: the body is refused as malformed.
    for (const raw of ['scan\u0000.pdf', 'a\u0001b.pdf']) {
      const reply = await upload(server.url, token, [{ filename: raw, content: pdfBytes() }]);
      expect([reply.status, reply.json['code']], JSON.stringify(raw)).to.deep.equal([400, 'MULTIPART_INVALID']);
    }
    expect(storedCount()).to.equal(before);
  });

  it('given malformed multipart bodies, then 4xx with a stable code and nothing is stored', async () => {
    const before = storedCount();
    const { body, contentType } = multipart([{ filename: 'x.pdf', content: pdfBytes() }]);
    const truncated = await request(server.url, '/api/files', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body: body.subarray(0, body.length - 20),
    });
    expect([truncated.status, truncated.json['code']]).to.deep.equal([400, 'MULTIPART_INVALID']);
    const noBoundary = await request(server.url, '/api/files', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'multipart/form-data' },
      body,
    });
    expect([noBoundary.status, noBoundary.json['code']]).to.deep.equal([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const json = await request(server.url, '/api/files', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ file: 'JVBERi0xLjQ=' }),
    });
    expect(json.status).to.equal(415);
    expect(storedCount()).to.equal(before);
  });

  it('given a file in another field, or no file at all, then 400 and nothing is stored', async () => {
    const wrongField = await upload(server.url, token, [{ field: 'document', filename: 'x.pdf', content: pdfBytes() }]);
    expect([wrongField.status, wrongField.json['code']]).to.deep.equal([400, 'UPLOAD_FIELD_UNKNOWN']);
    const noFile = await upload(server.url, token, [{ field: 'note', content: '只有文字' }]);
    expect([noFile.status, noFile.json['code']]).to.deep.equal([400, 'NO_FILE']);
  });

  it('given a multipart body sent to a JSON route, then it stays 415: only the upload route takes multipart', async () => {
    const reply = await upload(server.url, token, [{ filename: 'x.pdf', content: pdfBytes() }]);
    expect(reply.status).to.equal(201);
    const { body, contentType } = multipart([{ field: 'itemCode', content: 'JJ-RS-001' }]);
    const intake = await request(server.url, '/api/cases', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
      body,
    });
    expect([intake.status, intake.json['code']]).to.deep.equal([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('given a client that goes away in the middle of a file, then the partial file is removed', async () => {
    const incoming = (): string[] => {
      const path = join(dir, 'files', '.incoming');
      return existsSync(path) ? filesUnder(path) : [];
    };
    const { body, contentType } = multipart([
      { filename: '大扫描件.pdf', content: Buffer.concat([pdfBytes(), Buffer.alloc(4 * 1024 * 1024, 0x20)]) },
    ]);
    const req = httpRequest(`${server.url}/api/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': body.length },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, 1024 * 1024));
    expect(await eventually(() => incoming().length === 1), 'the upload started').to.equal(true);
    req.destroy();
    expect(await eventually(() => incoming().length === 0), 'the partial file is gone').to.equal(true);
  });

  describe('with configured limits (1 KB per file, 2 files per request)', () => {
    let small: TestServer;
    let smallDir: string;
    let smallToken: string;

    before(async () => {
      smallDir = mkdtempSync(join(tmpdir(), 'govflow-files-small-'));
      small = await startTestServer({ uploads: { dir: smallDir, maxFileBytes: 1024, maxFiles: 2 } });
      smallToken = await signIn(small.url, 'clerk');
    });
    after(async () => {
      await small.close();
      rmSync(smallDir, { recursive: true, force: true });
    });

    const pdfOfSize = (size: number): Buffer => Buffer.concat([pdfBytes(), Buffer.alloc(size, 0x20)]).subarray(0, size);

    it('given a file of exactly the limit, then it is stored; one byte more, then 413 and the store is unchanged', async () => {
      const exact = await upload(small.url, smallToken, [{ filename: 'a.pdf', content: pdfOfSize(1024) }]);
      expect(exact.status).to.equal(201);
      const before = filesUnder(smallDir);
      const over = await upload(small.url, smallToken, [{ filename: 'b.pdf', content: pdfOfSize(1025) }]);
      expect([over.status, over.json['code']]).to.deep.equal([413, 'FILE_TOO_LARGE']);
      expect(filesUnder(smallDir)).to.deep.equal(before);
    });

    it('given three files where two are allowed, then 413 TOO_MANY_FILES and none is stored', async () => {
      const before = filesUnder(smallDir);
      const reply = await upload(
        small.url,
        smallToken,
        [1, 2, 3].map((n) => ({ filename: `${n}.pdf`, content: pdfOfSize(200 + n) })),
      );
      expect([reply.status, reply.json['code']]).to.deep.equal([413, 'TOO_MANY_FILES']);
      expect(filesUnder(smallDir)).to.deep.equal(before);
    });
  });
});

/** Polls a condition (at most ~10 s) and says whether it came true: waiting for an event, not timing it. */
async function eventually(condition: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return condition();
}
