import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { HttpClient } from '../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** How late the red rows come when the test makes their answer slow (a slow network, not a speed check). */
const SLOW_ANSWER_MS = 800;

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: a window with a thousand open tasks', function () {
  this.timeout(180_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let lastReceipt = '';

  before(async () => {
    server = await startTestServer({ webApp: true });
    const clerk = await new HttpClient(server.url).login('clerk');
    for (let i = 0; i < 1000; i += 20) {
      const replies = await Promise.all(
        Array.from({ length: 20 }, () => clerk.post('/api/cases', REEMPLOYMENT_APPLICATION)),
      );
      expect(replies.map((r) => r.status)).to.deep.equal(Array.from({ length: 20 }, () => 201));
    }
    const listed = await clerk.get<{ receiptNumber: string }[]>('/api/tasks?limit=5000');
    expect(listed.body).to.have.length(1000);
    lastReceipt = listed.body.at(-1)?.receiptNumber ?? '';
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders only the rows in view, scrolls to the last one, and filters by light', async () => {
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(server.url);
    await page.fill('input[name=username]', 'clerk');
    await page.fill('input[name=password]', 'govflow');
    await page.click('button[type=submit]');

    // Then the list counts all thousand tasks but renders only a window of them
    await page.locator('[data-testid=worklist-count]', { hasText: '1000' }).waitFor();
    const rendered = await page.locator('[data-testid=worklist] [data-task]').count();
    expect(rendered).to.be.greaterThan(3).and.lessThan(40);

    // When scrolled to the end, the server's last row is there and the DOM is still a window
    expect(lastReceipt).to.match(/^SL/);
    expect(await page.locator('[data-testid=worklist] [data-task]', { hasText: lastReceipt }).count()).to.equal(0);
    await page.$eval('[data-testid=worklist]', (list) => list.scrollTo(0, list.scrollHeight));
    await page.locator('[data-testid=worklist] [data-task]', { hasText: lastReceipt }).waitFor();
    expect(await page.locator('[data-testid=worklist] [data-task]').count()).to.be.lessThan(40);
    await screenshot(page, 'clerk-worklist-1000');

    // When filtered to red, nothing is left and the list says so
    // — and while the red rows come (slowly here), the thousand are not shown as if they were red
    await page.route(
      (url) => url.pathname === '/api/tasks' && url.searchParams.get('light') === 'red',
      async (route) => {
        await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
        await route.continue();
      },
    );
    await page.selectOption('select[name=light]', 'red');
    await page.locator('[data-testid=worklist-count]', { hasText: /^…$/ }).waitFor();
    expect(await page.locator('[data-testid=worklist] [data-task]').count()).to.equal(0);
    await page.locator('[data-testid=worklist-count]', { hasText: /^0$/ }).waitFor();
    await page.locator('[data-testid=worklist] >> text=没有符合条件的待办任务').waitFor();
  });
});
