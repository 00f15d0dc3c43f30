import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { HttpClient } from '../support/httpClient.js';
import { REEMPLOYMENT_APPLICATION } from '../support/demoApplication.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: administrators, leads and supervisors at their desks', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];

  before(async () => {
    server = await startTestServer({ webApp: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => expect(pageErrors, 'no script errors on any page').to.deep.equal([]));

  const moveClock = async (now: string): Promise<void> => {
    const moved = await fetch(`${server.url}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now }),
    });
    expect(moved.status).to.equal(200);
  };
  const signIn = (username: string): Promise<Page> =>
    signedInPage(browser, server.url, username, '.gf-shell', pageErrors);

  it("an administrator sees the server's problem on the organisation row that caused it, fixes it and saves", async () => {
    const page = await signIn('admin');
    await page.click('nav >> text=组织机构');
    await page.waitForSelector('[data-row=unit-6]');
    // When a new unit takes the city's id
    await page.click('text=+ 新增单位');
    const row = page.locator('[data-row=unit-7]');
    await row.locator('input[aria-label=编号]').fill('cd');
    await row.locator('input[aria-label=名称]').fill('新社区');
    await page.click('[data-testid=save-organisation]');
    // Then the duplicate is named under that row, and nothing is saved
    const problem = page.locator('[data-problems-for=unit-7]');
    await problem.waitFor();
    expect(await problem.textContent()).to.contain('编号重复');
    await screenshot(page, 'admin-organisation-problem');
    // When the id is fixed, then the tree saves
    await row.locator('input[aria-label=编号]').fill('jj-chunxilu-xinshequ');
    await page.click('[data-testid=save-organisation]');
    await page.locator('.gf-success', { hasText: '组织机构已保存' }).waitFor();
    expect(await page.locator('[data-problems-for]').count()).to.equal(0);
    await page.close();
  });

  it('an administrator creating an account sees each field error next to its field, then creates it', async () => {
    const page = await signIn('admin');
    await page.click('nav >> text=用户管理');
    await page.click('text=+ 新增用户');
    const form = page.locator('[data-testid=account-form]');
    await form.locator('input[name=username]').fill('x');
    await form.locator('input[name=displayName]').fill('新窗口 刘洋');
    await form.locator('button', { hasText: '保存' }).click();
    await form.locator('.gf-field-bad input[name=username]').waitFor();
    await screenshot(page, 'admin-users-errors');
    await form.locator('input[name=username]').fill('clerk4');
    await form.locator('input[name=password]').fill('govflow-2026');
    await form.locator('select[name=unitId]').selectOption('jj-chunxilu');
    await form.locator('button', { hasText: '保存' }).click();
    await page.locator('.gf-success', { hasText: 'clerk4' }).waitFor();
    await page.locator('[data-testid=users] tr', { hasText: '新窗口 刘洋' }).waitFor();
    await page.close();
  });

  it('an administrator warned that 2027 has no holiday data enters a day, declares the year complete, and the warning goes', async () => {
    await moveClock('2026-11-02T09:00:00+08:00');
    const page = await signIn('admin');
    await page.click('nav >> text=工作日历');
    const warning = page.locator('[data-testid=coverage-warning]');
    await warning.waitFor();
    expect(await warning.textContent()).to.contain('2027-01-01');
    await page.click('[aria-label=下一年]');
    await page.locator('[data-testid=calendar-year]', { hasText: '2027' }).waitFor();
    const newYear = page.locator('[data-date="2027-01-01"]');
    expect(await newYear.getAttribute('data-kind')).to.equal('work');
    await newYear.click();
    expect(await newYear.getAttribute('data-kind')).to.equal('rest');
    await page.check('input[name=covered]');
    await screenshot(page, 'admin-calendar');
    await page.click('[data-testid=save-calendar]');
    await page.locator('.gf-success', { hasText: '立即生效' }).waitFor();
    expect(await warning.count()).to.equal(0);
    await page.close();
  });

  it('a lead sees on the diagram that 审核 ran over its limit and 受理 did not', async () => {
    // Given a case whose 受理 took no time and whose 审核 (limit 4) took five working days
    const clerk = await new HttpClient(server.url).login('clerk');
    const accepted = await clerk.post<{ tasks: { id: string }[] }>('/api/cases', REEMPLOYMENT_APPLICATION);
    expect(accepted.status).to.equal(201);
    const first = accepted.body.tasks[0]?.id ?? '';
    const verifiedMaterials = ['id-card', 'loss-statement'];
    expect((await clerk.post(`/api/tasks/${first}/complete`, { verifiedMaterials })).status).to.equal(200);
    await moveClock('2026-11-09T10:00:00+08:00');
    const reviewer = await new HttpClient(server.url).login('reviewer');
    const review = (await reviewer.get<{ id: string; elementId: string }[]>('/api/tasks')).body.find(
      (t) => t.elementId === 'review',
    );
    expect((await reviewer.post(`/api/tasks/${review?.id ?? ''}/complete`, { opinion: '审核通过' })).status).to.equal(
      200,
    );

    const page = await signIn('lead');
    await page.click('nav >> text=环节分析');
    await page.waitForSelector('[data-testid=heatmap-diagram][data-ready=yes]');
    await page.waitForSelector('.gf-heat-hot[data-element-id=review]');
    await page.waitForSelector('.gf-heat-cool[data-element-id=accept]');
    expect(await page.textContent('[data-badge-for=review]')).to.contain('限 4');
    await page.waitForSelector('[data-testid=chart-steps] canvas');
    await screenshot(page, 'lead-step-analysis');
    await page.close();
  });

  it('a supervisor opens the reports, scores, signals, complaints and evaluations, and the shell switches to English', async () => {
    const clerk = await new HttpClient(server.url).login('clerk');
    expect((await clerk.post('/api/cases', REEMPLOYMENT_APPLICATION)).status).to.equal(201);
    const page = await signIn('supervisor');
    for (const [nav, ready, shot] of [
      ['统计报表', '[data-testid=chart-report] canvas', 'supervisor-reports'],
      ['绩效考核', '[data-testid=chart-scores] canvas', 'supervisor-scores'],
      ['预警纠错', '[data-testid=signals] table', 'supervisor-signals'],
      ['投诉处理', '[data-testid=complaints] table', 'supervisor-complaints'],
      ['好差评', '[data-testid=chart-satisfaction] canvas', 'supervisor-evaluations'],
    ] as const) {
      await page.click(`nav >> text=${nav}`);
      await page.waitForSelector(ready);
      // Every request of the page answered (its 正在加载… shows from the first render until then): an error
      // from any of them would be on the page now
      await page.locator('main .gf-loading').waitFor({ state: 'detached' });
      expect(await page.locator('main [role=alert]').allTextContents(), nav).to.deep.equal([]);
      await screenshot(page, shot);
    }
    // The step overdue since the lead's case shows as a card; the supervisor closes it with an opinion
    await page.click('nav >> text=预警纠错');
    await page.locator('[data-testid=signals] tbody tr').first().click();
    await page.waitForSelector('[data-testid=signal-detail] .gf-evidence-ok');
    await page.fill('[data-action=close] textarea', '已督促整改，维持');
    await page.click('[data-action=close] button[type=submit]');
    await page.locator('[data-testid=signals] tbody tr', { hasText: '已办结' }).first().waitFor();
    await screenshot(page, 'supervisor-signal-closed');

    await page.click('[data-testid=locale-switch]');
    await page.waitForSelector('nav >> text=Live board');
    await page.click('nav >> text=Live board');
    await page.waitForSelector('[data-testid=board] >> text=Open cases by department');
    await screenshot(page, 'shell-english');
    await page.evaluate(() => localStorage.removeItem('govflow.locale'));
    await page.close();
  });
});
