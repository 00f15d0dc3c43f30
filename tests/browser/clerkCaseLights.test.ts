import { expect } from 'chai';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: a case from the window to the supervisor and the applicant', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let receipt = '';
  let code = '';
  let caseUrl = '';

  before(async () => {
    server = await startTestServer({ webApp: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => expect(pageErrors, 'no script errors on any page').to.deep.equal([]));

  const open = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  };
  const signIn = async (username: string): Promise<Page> => {
    const page = await open();
    await page.goto(server.url);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', 'govflow');
    await page.click('button[type=submit]');
    await page.waitForSelector('.gf-shell');
    return page;
  };
  const moveClock = async (now: string): Promise<void> => {
    const moved = await fetch(`${server.url}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now }),
    });
    expect(moved.status).to.equal(200);
  };
  const light = (page: Page, which: string) => page.locator(`[data-testid=lights-bar] [data-light=${which}] strong`);

  it('a clerk finds the item by code, is blocked by a missing material, accepts, and completes the first step on the case page', async () => {
    const page = await signIn('clerk');
    // Given the item found by its code
    await page.fill('input[name=item-search]', 'JJ-RS-001');
    await page.selectOption('select[name=item]', 'JJ-RS-001');
    await page.fill('#root_applicantName', '王仕碧');
    await page.fill('#root_idNumber', '510104196003152846');
    await page.fill('#root_phone', '13980012345');
    await page.check('input[name=material-id-card]');
    // Then acceptance is blocked while the loss statement is missing
    const accept = page.locator('button[type=submit]', { hasText: '受理' });
    expect(await accept.isDisabled()).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.contain('再就业证遗失声明');
    await screenshot(page, 'clerk-intake-blocked');

    // When the last material arrives, then the case is accepted with its receipt number and query code
    await page.check('input[name=material-loss-statement]');
    await accept.click();
    await page.waitForSelector('[data-testid=verification-code]');
    receipt = (await page.textContent('.gf-success strong')) ?? '';
    code = (await page.textContent('[data-testid=verification-code]')) ?? '';
    expect(receipt).to.match(/^SL\d{8}-\d{4}$/);

    // And the worklist shows the 受理 step, green
    const row = page.locator('[data-testid=worklist] [data-task]', { hasText: receipt });
    await row.waitFor();
    expect(await row.getAttribute('data-light')).to.equal('green');
    await screenshot(page, 'clerk-desk');

    // When she opens it, the diagram marks the current step with its light
    await row.click();
    await page.waitForSelector('[data-testid=case-diagram][data-ready=yes]');
    await page.waitForSelector('.gf-current[data-element-id=accept]');
    // (the badge names a light only once the case's lights are read: it does not start out green)
    await page.locator('[data-badge-for=accept]', { hasText: '绿灯' }).waitFor();
    caseUrl = page.url();
    const evidenceBefore = (await page.locator('[data-testid=evidence][data-verified=yes]').textContent()) ?? '';
    expect(evidenceBefore).to.contain('证据链校验通过');
    await screenshot(page, 'case-page');

    // When she completes the step with an opinion
    await page.fill('[data-action=complete] textarea[name=opinion]', '材料齐全，同意受理');
    await page.click('[data-action=complete] button[type=submit]');
    await page.locator('.gf-success', { hasText: '已办理完成' }).waitFor();

    // Then the timeline records it, the evidence still verifies, and the next step is current
    await page
      .locator('[data-testid=timeline] li[data-type="task.completed"]', { hasText: '材料齐全，同意受理' })
      .waitFor();
    await page.waitForSelector('.gf-current[data-element-id=review]');
    // (the evidence checked again, over the longer record: not the badge from before the command)
    await page.locator('[data-testid=evidence][data-verified=yes]').filter({ hasNotText: evidenceBefore }).waitFor();
    await screenshot(page, 'case-page-completed');
    await page.close();
  });

  it("a refused command shows the server's Chinese message inside the form that sent it", async () => {
    const page = await signIn('reviewer');
    await page.goto(caseUrl);
    await page.waitForSelector('[data-testid=case-commands]');
    await page.click('[data-testid=case-commands] button[data-open=extend]');
    await page.fill('[data-action=extend] input[name=days]', '3');
    await page.click('[data-action=extend] button[type=submit]');
    const alert = page.locator('[data-action=extend] [role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).to.contain('请求内容有误');
    // And each missing field says so under itself
    const approver = page.locator('[data-action=extend] .gf-field-bad', { has: page.locator('input[name=approver]') });
    expect(await approver.locator('.gf-field-error').textContent()).to.equal('必填，不能为空');
    expect(await page.locator('[data-action=extend] .gf-field-bad textarea[name=reason]').count()).to.equal(1);
    await screenshot(page, 'case-command-error');
    await page.close();
  });

  it("the light turns yellow and red as the manual clock advances, live on the clerk's screen and the case page", async () => {
    const page = await signIn('clerk');
    await page.goto(caseUrl);
    await page.waitForSelector('[data-testid=case-light] [data-light=green]');
    await light(page, 'green').filter({ hasText: '1' }).waitFor();

    // When the clock reaches three working days before the deadline
    await moveClock('2026-09-29T09:00:00+08:00');
    await light(page, 'yellow').filter({ hasText: '1' }).waitFor();
    await page.waitForSelector('[data-testid=case-light] [data-light=yellow]');
    await screenshot(page, 'case-page-yellow');

    // When it reaches the last working day
    await moveClock('2026-10-08T09:00:00+08:00');
    await light(page, 'red').filter({ hasText: '1' }).waitFor();
    await page.waitForSelector('[data-testid=case-light] [data-light=red]');
    await screenshot(page, 'case-page-red');
    await page.close();
  });

  it('a supervisor sees the red case on the board and drills down to it', async () => {
    const page = await signIn('supervisor');
    await page.waitForSelector('[data-testid=board]');
    await page.locator('[data-total=red] strong', { hasText: '1' }).waitFor();
    await page.waitForSelector('[data-testid=chart-departments] canvas');
    await page.click('[data-total=red]');
    const row = page.locator('[data-testid=drill-down] tbody tr', { hasText: receipt });
    await row.waitFor();
    expect(await row.locator('[data-light]').first().getAttribute('data-light')).to.equal('red');
    await screenshot(page, 'supervisor-board');
    await row.locator('a').click();
    await page.waitForSelector('[data-testid=case-page]');
    expect(await page.locator('[data-testid=open-steps]').count()).to.equal(0);
    await page.close();
  });

  it('an applicant reads the guide, queries the progress and applies online on the portal, which never loads bpmn-js', async () => {
    const page = await open();
    const scripts: Promise<string>[] = [];
    page.on('response', (response: Response) => {
      if (response.url().endsWith('.js')) scripts.push(response.text());
    });
    await page.goto(`${server.url}/portal.html`);
    await page.fill('input[name=q]', '再就业');
    await page.click('[data-code=JJ-RS-001] a');
    await page.waitForSelector('[data-testid=guide-materials] tbody tr');
    expect(await page.textContent('[data-testid=guide-detail]')).to.contain('不收费');
    await screenshot(page, 'portal-guide');

    await page.click('a[href="#/progress"]');
    await page.fill('input[name=receiptNumber]', receipt);
    await page.fill('input[name=code]', 'WRONG123');
    await page.click('[data-testid=progress] button[type=submit]');
    await page.locator('[data-testid=progress] [role=alert]', { hasText: '不正确' }).waitFor();
    await page.fill('input[name=code]', code);
    await page.click('[data-testid=progress] button[type=submit]');
    const answer = page.locator('[data-testid=progress-answer]');
    await answer.waitFor();
    expect(await answer.textContent()).to.contain('审核');
    await screenshot(page, 'portal-progress');

    // An applicant signs in on the portal and applies online, choosing the handling unit when asked
    await page.goto(`${server.url}/portal.html#/apply/JJ-RS-001`);
    await page.fill('[data-testid=portal-login] input[name=username]', 'applicant');
    await page.fill('[data-testid=portal-login] input[name=password]', 'govflow');
    await page.click('[data-testid=portal-login] button[type=submit]');
    await page.fill('#root_applicantName', '张明');
    await page.fill('#root_idNumber', '510104196003152846');
    await page.fill('#root_phone', '13980012345');
    await page.check('input[name=material-id-card]');
    await page.check('input[name=material-loss-statement]');
    await page.click('[data-testid=apply] button[type=submit]');
    await page.locator('[data-testid=apply] [role=alert]', { hasText: '请选择办理单位' }).waitFor();
    await page.selectOption('select[name=unitId]', 'jj-chunxilu');
    await page.click('[data-testid=apply] button[type=submit]');
    await page.waitForSelector('[data-testid=application-submitted]');
    await screenshot(page, 'portal-applied');

    const bodies = await Promise.all(scripts);
    expect(bodies.length).to.be.greaterThan(0);
    expect(bodies.filter((body) => body.includes('djs-container'))).to.deep.equal([]);
    await page.close();
  });
});
