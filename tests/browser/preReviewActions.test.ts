import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { REEMPLOYMENT_APPLICATION, UNEMPLOYMENT_BENEFIT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const REASONS = ['申请人已于2026年9月10日补领再就业证，本次申请不属于补办情形', '所附遗失声明登报日期早于原证发放日期'];
const LEGAL_BASIS = '《就业服务与就业管理规定》第六十三条';

/**
 * How long the queue is given to (wrongly) reload while the page is hidden: absence can only be shown by
 * waiting; this never asserts speed.
 */
const HIDDEN_WAIT_MS = 1500;
/** How late the queue's answer comes when the test makes it slow (a slow network, not a speed check). */
const SLOW_QUEUE_MS = 800;

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: the street window’s 预审 queue refuses with reasons and forwards a district item up to 锦江区', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  let agent: HttpClient;
  const pageErrors: string[] = [];
  let reissue = { id: '', number: '' };
  let benefit = { id: '', number: '' };

  /** The agent of 科甲巷社区 registers an application and forwards it to 春熙路街道, as the village page does. */
  const registerAndForward = async (application: object) => {
    const registered = await agent.post<{ id: string; number: string }>('/api/applications', application);
    expect(registered.status).to.equal(201);
    const forwarded = await agent.post(`/api/applications/${registered.body.id}/forward`, { toUnitId: 'jj-chunxilu' });
    expect(forwarded.status).to.equal(200);
    return { id: registered.body.id, number: registered.body.number };
  };

  before(async () => {
    server = await startTestServer({ webApp: true });
    browser = await launchBrowser();
    agent = await new HttpClient(server.url).login('agent');
    reissue = await registerAndForward(REEMPLOYMENT_APPLICATION);
    benefit = await registerAndForward(UNEMPLOYMENT_BENEFIT_APPLICATION);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => expect(pageErrors, 'no script errors on any page').to.deep.equal([]));

  const signIn = (username: string, options: { fakeClock?: boolean } = {}): Promise<Page> =>
    signedInPage(browser, server.url, username, '.gf-shell', pageErrors, options);

  const openQueue = async (page: Page) => {
    await page.click('a[href="#/prereview"]');
    await page.locator('[data-testid=prereview-queue]').waitFor();
  };
  const tabs = (page: Page) =>
    page.$$eval('[data-testid=prereview-actions] [role=tab]', (buttons) => buttons.map((b) => b.textContent));
  const pathActions = (page: Page) =>
    page.$$eval('[data-testid=application-path] li', (items) => items.map((li) => li.getAttribute('data-action')));
  const queueNumbers = (page: Page) =>
    page.$$eval('[data-testid=application-list] tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));

  it('given the street clerk opens the reissue, when she refuses it without a reason, then the server’s message shows under the reasons; with reasons and a basis it ends 不予受理 with a printable decision', async () => {
    const clerk = await signIn('clerk');
    await openQueue(clerk);
    await clerk.locator('[data-testid=application-list] tbody tr').nth(1).waitFor();
    expect(await queueNumbers(clerk)).to.have.members([reissue.number, benefit.number]);

    await clerk.click(`a:has-text("${reissue.number}")`);
    await clerk.locator('[data-testid=application-form-data]', { hasText: '王仕碧' }).waitFor();
    // The actions come once the item and the organisation have loaded, after the form data
    await clerk.locator('[data-action=accept]').waitFor();
    // The street decides a town item: accept, return or refuse — it has no one to forward it to
    expect(await tabs(clerk)).to.deep.equal(['受理', '退回补正', '不予受理']);
    await clerk.click('[data-testid=prereview-actions] [role=tab]:has-text("不予受理")');
    await clerk.click('[data-action=refuse] button[type=submit]');
    const fieldError = clerk.locator('[data-action=refuse] .gf-field-bad:has(textarea[name=reasons]) .gf-field-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).to.equal('不予受理须写明理由（至少一条）');
    // The form says so once: under the field, with a pointer to it above the button
    expect(await clerk.textContent('[data-action=refuse] [role=alert]')).to.equal('请按标出的项目修改后再提交。');
    expect(await clerk.textContent('[data-testid=application-status]')).to.equal('待办理');
    await screenshot(clerk, 'prereview-refuse-no-reason');

    await clerk.fill('[data-action=refuse] textarea[name=reasons]', `${REASONS[0]}\n\n  ${REASONS[1]}  \n`);
    await clerk.fill('[data-action=refuse] input[name=legalBasis]', LEGAL_BASIS);
    await clerk.click('[data-action=refuse] button[type=submit]');
    await clerk.locator('[data-testid=application-status]', { hasText: '不予受理' }).waitFor();
    // Then nothing more can be done on it, and its path records the decision with each reason
    expect(await clerk.locator('[data-testid=prereview-actions]').count()).to.equal(0);
    expect(await pathActions(clerk)).to.deep.equal(['registered', 'forwarded', 'refused']);
    const refused = clerk.locator('[data-testid=application-path] li[data-action=refused]');
    const hopText = (await refused.textContent()) ?? '';
    const number = /不予受理决定书 (BSL\d{8}-\d{4})/.exec(hopText)?.[1];
    expect(number, hopText).to.be.a('string');
    for (const reason of REASONS) expect(hopText).to.contain(`· ${reason}`);
    expect(hopText).to.contain(`依据：${LEGAL_BASIS}`);
    expect(hopText).to.contain('春熙路街道');
    expect(await clerk.textContent('[data-testid=application-path] [data-verified=yes]')).to.contain('3 条记录');
    await screenshot(clerk, 'prereview-refused');

    // And the decision prints: numbered, addressed to the applicant, with the reasons, the basis and the remedies
    const href = (await refused.locator('a:has-text("打印决定书")').getAttribute('href')) ?? '';
    const document = await clerk.request.get(new URL(href, server.url).href);
    expect([document.status(), document.headers()['content-type']]).to.deep.equal([200, 'text/html; charset=utf-8']);
    const html = await document.text();
    for (const expected of [
      '不予受理决定书',
      `编号：${number}`,
      '王仕碧',
      '失业人员再就业证补办',
      ...REASONS,
      LEGAL_BASIS,
    ]) {
      expect(html).to.contain(expected);
    }
    expect(html).to.contain('行政复议');
    const printed = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await printed.setContent(html);
    await screenshot(printed, 'prereview-refusal-decision');
    await printed.close();

    // And it leaves the queue; the agent who registered it sees it refused
    // — even while the queue's answer is slow: the list read when the reissue was opened still held it, and
    // must not be shown again in the meantime
    await clerk.route('**/api/applications/queue', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_QUEUE_MS));
      await route.continue();
    });
    await clerk.click('a:has-text("← 预审队列")');
    await clerk.locator('[data-testid=prereview-queue] .gf-loading').waitFor();
    await clerk.locator(`[data-testid=application-list] a:has-text("${benefit.number}")`).waitFor();
    expect(await queueNumbers(clerk)).to.deep.equal([benefit.number]);
    await clerk.unroute('**/api/applications/queue');
    const followed = await agent.get<{ status: string; statusText: string }>(`/api/applications/${reissue.id}`);
    expect([followed.status, followed.body.status, followed.body.statusText]).to.deep.equal([
      200,
      'refused',
      '不予受理',
    ]);
    await clerk.close();
  });

  it('given the district benefit at the street, when the clerk opens it, then only 报送上级 is offered, with 锦江区 first; past the district it is refused in Chinese, to 锦江区 it goes', async () => {
    const clerk = await signIn('clerk');
    await openQueue(clerk);
    await clerk.click(`a:has-text("${benefit.number}")`);
    await clerk.locator('[data-testid=application-form-data]', { hasText: '刘桂兰' }).waitFor();
    await clerk.locator('[data-action=forward]').waitFor();
    // The street does not decide a district item: no accept, return or refuse to press in vain
    expect(await tabs(clerk)).to.deep.equal(['报送上级']);
    expect(await clerk.textContent('[data-testid=prereview-actions]')).to.contain('本单位不是该事项的办理层级');
    expect(await clerk.inputValue('select[name=toUnitId]')).to.equal('jj');
    const disabled = await clerk.$$eval('select[name=toUnitId] option:disabled', (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(disabled).to.include.members(['jj-chunxilu', 'jj-shuyuanjie', 'jj-chunxilu-kejiaxiang']);
    expect(disabled).to.not.include.members(['jj', 'cd']);
    await screenshot(clerk, 'prereview-forward-district');

    await clerk.selectOption('select[name=toUnitId]', 'cd');
    await clerk.click('[data-action=forward] button[type=submit]');
    const error = clerk.locator('[data-action=forward] .gf-error');
    await error.waitFor();
    expect(await error.textContent()).to.contain('「失业保险金申领」由区县级办理，不能报送到成都市');
    expect(await pathActions(clerk)).to.deep.equal(['registered', 'forwarded']);

    await clerk.selectOption('select[name=toUnitId]', 'jj');
    await clerk.fill('[data-action=forward] textarea[name=note]', '区级事项，报送区人社局');
    await clerk.click('[data-action=forward] button[type=submit]');
    await clerk.locator('[data-testid=application-path] li[data-action=forwarded]').nth(1).waitFor();
    // Then it is at the district's labour window, its path shows both hops, and the street can no longer act
    expect(await clerk.textContent('[data-testid=application-place]')).to.equal('锦江区 锦江区政务服务中心人社窗口');
    const hop =
      (await clerk.locator('[data-testid=application-path] li[data-action=forwarded]').nth(1).textContent()) ?? '';
    expect(hop).to.contain('报送至 锦江区 锦江区政务服务中心人社窗口');
    expect(hop).to.contain('说明：区级事项，报送区人社局');
    expect(await clerk.textContent('[data-testid=application-path]')).to.contain('春熙路街道 报送时限');
    expect(await clerk.locator('[data-testid=prereview-actions]').count()).to.equal(0);
    expect(await clerk.textContent('[data-testid=application-status]')).to.equal('待办理');
    expect(await clerk.textContent('[data-testid=held-elsewhere]')).to.contain(
      '该申请现由 锦江区 锦江区政务服务中心人社窗口 办理',
    );
    await screenshot(clerk, 'prereview-forwarded-district');

    await clerk.click('a:has-text("← 预审队列")');
    await clerk.locator('[data-testid=prereview-queue] p.gf-muted', { hasText: '没有待预审的申请' }).waitFor();
    await clerk.close();
  });

  it('when 区人社局’s reviewer opens her queue, then the benefit waits there with its whole path; she decides it (no one above to forward to) and accepts it', async () => {
    const reviewer = await signIn('reviewer');
    await openQueue(reviewer);
    await reviewer.click(`a:has-text("${benefit.number}")`);
    await reviewer.locator('[data-testid=application-form-data]', { hasText: '刘桂兰' }).waitFor();
    await reviewer.locator('[data-testid=prereview-actions]').waitFor();
    expect(await tabs(reviewer)).to.deep.equal(['受理', '退回补正', '不予受理']);
    expect(await pathActions(reviewer)).to.deep.equal(['registered', 'forwarded', 'forwarded']);
    expect(await reviewer.textContent('[data-testid=application-path] [data-verified=yes]')).to.contain('哈希链完整');
    await screenshot(reviewer, 'prereview-district-queue');

    await reviewer.click('[data-action=accept] button[type=submit]');
    await reviewer.locator('[data-testid=accepted-notice]').waitFor();
    expect(await reviewer.textContent('[data-testid=receipt-number]')).to.match(/^SL\d{8}-\d{4}$/);
    await reviewer.locator('[data-testid=application-status]', { hasText: '已受理' }).waitFor();
    expect(await pathActions(reviewer)).to.deep.equal(['registered', 'forwarded', 'forwarded', 'accepted']);
    await screenshot(reviewer, 'prereview-district-accepted');
    await reviewer.close();
  });

  it('given the queue open at the street, when the agent forwards a new application, then it appears within 30 s without pressing 刷新; while the page is hidden it waits, and shows as soon as the page is seen again', async () => {
    const clerk = await signIn('clerk', { fakeClock: true });
    await openQueue(clerk);
    await clerk.locator('[data-testid=prereview-queue] p.gf-muted', { hasText: '没有待预审的申请' }).waitFor();
    expect(await clerk.textContent('[data-testid=prereview-queue]')).to.contain('每 30 秒自动刷新');

    const first = await registerAndForward({
      ...REEMPLOYMENT_APPLICATION,
      applicantName: '李秀英',
      formData: { ...REEMPLOYMENT_APPLICATION.formData, applicantName: '李秀英' },
    });
    await clerk.clock.fastForward(30_000);
    await clerk.locator(`[data-testid=application-list] a:has-text("${first.number}")`).waitFor();
    expect(await clerk.textContent('[data-testid=prereview-queue] h2 .gf-count')).to.equal('1');
    await screenshot(clerk, 'prereview-queue-refreshed');

    // When the window's page is hidden (another tab in front), the queue is not asked for
    const queueRequests: string[] = [];
    clerk.on('request', (request) => {
      if (request.url().endsWith('/api/applications/queue')) queueRequests.push(request.url());
    });
    await clerk.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const second = await registerAndForward({
      ...UNEMPLOYMENT_BENEFIT_APPLICATION,
      applicantName: '陈建国',
      formData: { ...UNEMPLOYMENT_BENEFIT_APPLICATION.formData, applicantName: '陈建国' },
    });
    await clerk.clock.fastForward(120_000);
    const asked = await clerk
      .waitForRequest((request) => request.url().endsWith('/api/applications/queue'), { timeout: HIDDEN_WAIT_MS })
      .then(
        () => true,
        () => false,
      );
    expect(asked, 'the queue was reloaded while the page was hidden').to.equal(false);
    expect(await queueNumbers(clerk)).to.deep.equal([first.number]);

    // When it is seen again, the queue reloads at once
    await clerk.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await clerk.locator(`[data-testid=application-list] a:has-text("${second.number}")`).waitFor();
    expect(queueRequests).to.have.length(1);
    expect(await queueNumbers(clerk)).to.have.members([first.number, second.number]);
    await clerk.close();
  });
});
