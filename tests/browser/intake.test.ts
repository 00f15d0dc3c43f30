import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

describe('browser: a window clerk takes in a case', function () {
  this.timeout(60_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await startTestServer({ webApp: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it("signs in, sees the item's process, is blocked while a material is missing, then accepts and sees the case listed", async () => {
    // Given the clerk signs in
    await page.goto(server.url);
    await page.fill('input[name=username]', 'clerk');
    await page.fill('input[name=password]', 'govflow');
    await page.click('button[type=submit]');
    await page.waitForSelector('text=收件受理');

    // When she chooses the item, its BPMN diagram and generated form appear
    await page.selectOption('select[name=item]', 'JJ-RS-001');
    await page.waitForSelector('[data-testid=bpmn-diagram] .djs-element[data-element-id=review]');
    await page.fill('#root_applicantName', '王仕碧');
    await page.fill('#root_idNumber', '510104196003152846');
    await page.fill('#root_phone', '13980012345');
    await page.check('input[name=material-id-card]');

    // Then acceptance is blocked while the loss statement is missing
    const accept = page.locator('button[type=submit]', { hasText: '受理' });
    expect(await accept.isDisabled()).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.contain('再就业证遗失声明');
    await screenshot(page, 'intake-blocked');

    // And the window may instead refuse without a reason (refused by the server, shown under the button)
    // or issue the one-time notice, which is numbered and offered for printing
    await page.click('[data-testid=intake-decisions] button:has-text("不予受理")');
    await page.locator('[data-testid=intake-decisions] .gf-error').first().waitFor();
    await page.click('[data-testid=intake-decisions] button:has-text("出具一次性告知书")');
    expect(await page.locator('[data-testid=decision-number]').textContent()).to.match(/^BZ\d{8}-\d{4}$/);
    await screenshot(page, 'intake-one-time-notice');

    // When the last material is ticked and the form submitted
    await page.check('input[name=material-loss-statement]');
    expect(await accept.isDisabled()).to.equal(false);
    await accept.click();

    // Then the receipt number is shown and the case appears in the list with its first step
    const status = await page.waitForSelector('.gf-success');
    expect(await status.textContent()).to.contain('SL20260921-0001');
    const row = page.locator('[data-testid=cases] tbody tr', { hasText: 'SL20260921-0001' });
    await row.waitFor();
    expect(await row.textContent()).to.contain('王仕碧');
    expect(await row.textContent()).to.contain('受理');
    await screenshot(page, 'intake-accepted');

    // And the three lights at the bottom count it green
    const yellow = page.locator('[data-testid=lights-bar] [data-light=yellow] strong');
    await page.locator('[data-testid=lights-bar] [data-light=green] strong', { hasText: '1' }).waitFor();
    expect(await yellow.textContent()).to.equal('0');

    // When the clock reaches the day with three working days left (09-29, 09-30, 10-08 before the 10-08 deadline)
    const moved = await fetch(`${server.url}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: '2026-09-29T09:00:00+08:00' }),
    });
    expect(moved.status).to.equal(200);

    // Then the yellow light counts it, pushed live without reloading the page
    await page
      .locator('[data-testid=lights-bar] [data-light=yellow] strong', { hasText: '1' })
      .waitFor({ timeout: 5000 });
    await screenshot(page, 'intake-lights-yellow');
  });
});
