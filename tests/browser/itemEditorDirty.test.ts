import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/**
 * How long a spurious "unsaved" mark is given to appear after the designer opened: the modeler's settle
 * (150 ms) and an export several times over. Absence can only be shown by waiting; this never asserts speed.
 */
const SETTLE_WAIT_MS = 1500;

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: opening an item’s process in the editor is not an edit', function () {
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
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'item-editor-dirty-failure');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const dirty = () => page.locator('[data-testid=draft-status] .gf-dirty');

  it('given JJ-RS-001 open in the editor (its light thresholds not yet written on its process), when the 办理流程 tab opens, then the draft stays unchanged', async () => {
    await page.goto(`${server.url}/#/items/JJ-RS-001/basic`);
    await page.waitForSelector('[data-testid=draft-status]');
    expect(await dirty().count()).to.equal(0);

    await page.click('[role=tab]:has-text("办理流程")');
    await page.waitForSelector('[data-testid=modeler-canvas][data-ready=true]');
    await page.locator('[data-testid=critical-path-days]', { hasText: '7' }).waitFor();
    const appeared = await dirty()
      .waitFor({ timeout: SETTLE_WAIT_MS })
      .then(
        () => true,
        () => false,
      );
    await screenshot(page, 'item-editor-process-opened');
    expect(appeared, 'the draft is marked unsaved without any edit').to.equal(false);
    expect(await page.textContent('[data-testid=draft-status]')).to.contain('已发布第 1 版');
  });

  it('when a step’s time limit is then changed in the panel, then the draft is marked unsaved and the path follows', async () => {
    await page.click('.djs-element.djs-shape[data-element-id="review"]');
    await page.locator('[data-entry-id="gov-timeLimit"] input').fill('3');
    await dirty().waitFor();
    await page.locator('[data-testid=critical-path-days]', { hasText: '6' }).waitFor();
    expect(await page.textContent('[data-testid=draft-status]')).to.contain('有未保存的修改');
    await screenshot(page, 'item-editor-process-edited');
  });

  it('when the edit is saved, then the mark goes; reopening the saved draft’s process does not bring it back', async () => {
    await page.click('button:has-text("保存草稿")');
    // (saving validates at once, whose verdict then replaces the 「草稿已保存」 notice)
    await page.waitForSelector('[role=status]:has-text("校验通过，关键路径 6 个工作日")');
    expect(await page.textContent('[data-testid=draft-status]')).to.contain('草稿（基于第 1 版');
    expect(await dirty().count()).to.equal(0);
    // And the saved draft's process carries the edit and the item's light thresholds
    const token = await page.evaluate(() => sessionStorage.getItem('govflow.token'));
    const reply = await fetch(`${server.url}/api/admin/item-drafts/JJ-RS-001`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { item } = (await reply.json()) as { item: { processXml: string } };
    expect(item.processXml).to.match(/id="review"[^>]*gov:timeLimit="3"/);
    expect(item.processXml).to.match(/gov:yellowDaysLeft="3"/);
    expect(item.processXml).to.match(/gov:redDaysLeft="1"/);

    await page.goto(`${server.url}/#/items/JJ-RS-001/basic`);
    await page.reload();
    await page.waitForSelector('[data-testid=draft-status]:has-text("草稿")');
    await page.click('[role=tab]:has-text("办理流程")');
    await page.waitForSelector('[data-testid=modeler-canvas][data-ready=true]');
    await page.locator('[data-testid=critical-path-days]', { hasText: '6' }).waitFor();
    const appeared = await dirty()
      .waitFor({ timeout: SETTLE_WAIT_MS })
      .then(
        () => true,
        () => false,
      );
    expect(appeared, 'the saved draft is marked unsaved without any edit').to.equal(false);
    expect(pageErrors).to.deep.equal([]);
  });
});
