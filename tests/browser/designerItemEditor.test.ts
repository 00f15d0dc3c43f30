import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { exportCatalogXlsx, type ApprovalItem } from '@govflow/catalog';
import type { Browser, Page } from 'playwright-core';
import { cellOf, editWorkbook, rowOf } from '../fixtures/catalog/catalogFixtures.js';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { newItem, reissueItem } from '../server/itemAdminSupport.js';

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: an administrator edits an item, its materials and form, compresses it and imports a workbook', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    browser = await launchBrowser();
    server = await startTestServer({ webApp: true });
    page = await signedInPage(browser, server.url, 'admin', 'nav >> text=事项目录', pageErrors);
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'designer-editor-failure');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (hash: string, selector: string) => {
    await page.goto(`${server.url}/#/${hash}`);
    await page.reload();
    await page.waitForSelector(selector, { state: 'attached' });
  };

  it('shows each error next to its field after validation, and the materials and the form as the clerk will see them', async () => {
    await open('items/JJ-RS-001/limits', 'input[name=promisedDays]');
    await page.fill('input[name=promisedDays]', '30');
    await page.click('button:has-text("校验")');
    // Then the verdict lists the problem and the field shows it in red
    await page.waitForSelector('[data-testid=verdict] code:has-text("PROMISED_EXCEEDS_STATUTORY")');
    const inline = page.locator('.gf-field-invalid:has(input[name=promisedDays]) .gf-field-error');
    expect(await inline.first().textContent()).to.contain('超过法定时限');
    expect(await page.textContent('[role=tab][aria-selected=true]')).to.contain('时限与收费');
    // (the new limit is written on the process too, so the catalog sees no mismatch between them)
    expect(await page.locator('[data-testid=verdict] code:has-text("PROCESS_LIMITS_MISMATCH")').count()).to.equal(0);
    await screenshot(page, 'designer-item-limits-invalid');

    // The materials table
    await page.click('[role=tab]:has-text("申请材料")');
    await page.waitForSelector('tr[data-material=id-card]');
    expect(await page.locator('.gf-materials-table tbody tr[data-material]').count()).to.equal(
      reissueItem().materials.length,
    );
    await screenshot(page, 'designer-item-materials');

    // The form editor: a broken JSON is named, a new field shows up in the clerk's preview
    await page.click('[role=tab]:has-text("申请表单")');
    const schema = page.locator('textarea[name=form-schema]');
    const text = (await schema.inputValue()).replace(
      '"properties": {',
      '"properties": {\n    "workplace": { "type": "string", "title": "现工作单位" },',
    );
    await schema.fill(`${text}{`);
    await page.waitForSelector('.gf-code-field .gf-field-error:has-text("JSON 格式有误")');
    await schema.fill(text);
    await page.waitForSelector('[data-testid=form-preview] label:has-text("现工作单位")');
    expect(await page.locator('[data-testid=form-preview] .gf-blocked').count()).to.equal(1);
    await screenshot(page, 'designer-item-form');
  });

  it('publishes a compressed version and shows the compression report in the history', async () => {
    const compressed = {
      ...reissueItem(),
      promisedDays: 5,
      processXml: reissueItem().processXml.replace(/(id="review"[^>]*gov:timeLimit=")4"/, '$12"'),
    };
    const token = await page.evaluate(() => sessionStorage.getItem('govflow.token'));
    const reply = await fetch(`${server.url}/api/admin/items/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ item: compressed }),
    });
    expect(reply.status).to.equal(201);
    await open('items/JJ-RS-001/history', '[data-testid=diff-report]');
    const report = await page.textContent('[data-testid=diff-report]');
    expect(report).to.contain('2 天');
    expect(report).to.contain('7 → 5 天');
    expect(report).to.contain('时限 4 → 2 天');
    await screenshot(page, 'designer-item-history');
  });

  it('imports a workbook: every row error is listed, then the corrected one publishes', async () => {
    const good = await exportCatalogXlsx([
      newItem({ code: 'JJ-XL-001', name: '表格导入事项' }) as unknown as ApprovalItem,
    ]);
    const bad = await editWorkbook(good, (book) => {
      cellOf(book, '事项', rowOf(book, '事项', 'JJ-XL-001'), '法定时限').value = '二十天';
      cellOf(book, '材料', rowOf(book, '材料', 'JJ-XL-001'), '原件份数').value = -1;
    });
    const dir = tmpdir();
    writeFileSync(join(dir, 'catalog-bad.xlsx'), bad);
    writeFileSync(join(dir, 'catalog-good.xlsx'), good);
    await open('import', 'input[name=workbook]');
    await page.setInputFiles('input[name=workbook]', join(dir, 'catalog-bad.xlsx'));
    await page.click('button:has-text("检查")');
    await page.waitForSelector('[data-testid=import-错误]');
    const rows = await page.$$eval('[data-testid=import-错误] tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    );
    expect(rows.some((r) => r.includes('事项') && r.includes('法定时限'))).to.equal(true);
    expect(rows.some((r) => r.includes('材料') && r.includes('原件份数'))).to.equal(true);
    await screenshot(page, 'designer-import-errors');

    await page.setInputFiles('input[name=workbook]', join(dir, 'catalog-good.xlsx'));
    await page.click('button:has-text("检查")');
    await page.waitForSelector('text=检查通过');
    await page.click('button:has-text("全部导入并发布")');
    await page.waitForSelector('text=已导入并发布');
    const token = await page.evaluate(() => sessionStorage.getItem('govflow.token'));
    const item = await fetch(`${server.url}/api/items/JJ-XL-001`, { headers: { authorization: `Bearer ${token}` } });
    expect(item.status).to.equal(200);
    expect(pageErrors).to.deep.equal([]);
  });
});
