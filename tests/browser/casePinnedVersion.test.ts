import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { RENAMED_REVIEW, renamedReviewVersion } from '../support/itemVersions.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: the case page draws the item version the case was accepted under', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  let before2 = '';
  let after2 = '';

  before(async () => {
    server = await startTestServer({ webApp: true, now: '2026-09-21T09:00:00+08:00' });
    browser = await launchBrowser();
    const clerk = await new HttpClient(server.url).login('clerk');
    const admin = await new HttpClient(server.url).login('admin');
    // Given a case accepted under version 1, then version 2 published with 审核 renamed, then a second case
    before2 = (await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION)).body.id;
    expect((await admin.post('/api/admin/items/publish', { item: renamedReviewVersion() })).status).to.equal(201);
    after2 = (await clerk.post<{ id: string }>('/api/cases', REEMPLOYMENT_APPLICATION)).body.id;
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    await page.fill('input[name=username]', 'clerk');
    await page.fill('input[name=password]', 'govflow');
    await page.click('button[type=submit]');
    await page.waitForSelector('.gf-shell');
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'case-pinned-failure');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a case page and waits for its diagram; returns the review step's label on it. */
  const openCase = async (id: string): Promise<string> => {
    await page.goto(`${server.url}/#/cases/${encodeURIComponent(id)}`);
    await page.reload();
    await page.waitForSelector(`[data-testid=case-page][data-case="${id}"]`);
    await page.waitForSelector('[data-testid=case-diagram][data-ready=yes]');
    await page.waitForSelector('[data-testid=case-diagram] .gf-current[data-element-id=accept]');
    return (await page.textContent('[data-testid=case-diagram] .djs-element[data-element-id=review]')) ?? '';
  };

  it('given a case accepted before version 2, then its page shows version 1’s steps (审核), not the latest', async () => {
    const review = await openCase(before2);
    expect(review).to.contain('审核');
    expect(review).not.to.contain(RENAMED_REVIEW);
    expect(await page.textContent('[data-testid=case-item-version]')).to.equal('第 1 版');
    await screenshot(page, 'case-pinned-version-1');
  });

  it('given a case accepted after version 2, then its page shows version 2’s steps (联合审查)', async () => {
    const review = await openCase(after2);
    expect(review).to.contain(RENAMED_REVIEW);
    expect(await page.textContent('[data-testid=case-item-version]')).to.equal('第 2 版');
    expect(pageErrors).to.deep.equal([]);
  });
});
