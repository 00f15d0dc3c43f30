import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { UNEMPLOYMENT_BENEFIT_APPLICATION } from '../support/demoApplication.js';
import { HttpClient } from '../support/httpClient.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

/** A small PDF (the file API checks the content's signature, not the name). */
const SCAN = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024, 0x20)]);

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: a village agent registers and forwards upward; the street window pre-reviews and accepts', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  let agent: Page;
  let complete = { id: '', number: '' };
  let incomplete = { id: '', number: '' };

  before(async () => {
    server = await startTestServer({ webApp: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(() => expect(pageErrors, 'no script errors on any page').to.deep.equal([]));

  const signIn = (username: string): Promise<Page> =>
    signedInPage(browser, server.url, username, '.gf-shell', pageErrors);

  /** Registers 王仕碧's reissue at the agent's room, with the materials ticked; answers the application's id and number. */
  const register = async (materials: readonly string[]) => {
    await agent.click('a[href="#/forwarding"]');
    await agent.click('[data-testid=village-agent] [role=tab]:has-text("收件登记")');
    await agent.fill('input[name=item-search]', '再就业证补办');
    await agent.selectOption('select[name=item]', 'JJ-RS-001');
    await agent.fill('#root_applicantName', '王仕碧');
    await agent.fill('#root_idNumber', '510104196003152846');
    await agent.fill('#root_phone', '13980012345');
    for (const id of materials) await agent.check(`input[name=material-${id}]`);
    return async (submitText: string) => {
      await agent.click(`.gf-fw-editor button[type=submit]:has-text("${submitText}")`);
      const notice = agent.locator('[data-testid=registered-notice]');
      await notice.waitFor();
      const number = (await agent.locator('.gf-case-title h2').textContent())?.replace('申请 ', '') ?? '';
      const id = decodeURIComponent(new URL(agent.url()).hash.split('/')[2] ?? '');
      return { id, number, notice: (await notice.textContent()) ?? '' };
    };
  };
  const pathActions = (page: Page) =>
    page.$$eval('[data-testid=application-path] li', (items) => items.map((li) => li.getAttribute('data-action')));

  it('given the agent of 科甲巷社区, when she registers a reissue with both materials and a scan, then the application waits at her room with its path', async () => {
    agent = await signIn('agent');
    const submit = await register(['id-card', 'loss-statement']);
    // When the scan of the ID card is attached through the file API
    await agent.setInputFiles('#scan-id-card', { name: '身份证.pdf', mimeType: 'application/pdf', buffer: SCAN });
    const uploaded = agent.locator('[data-testid=upload-scan-id-card] .gf-upload-done');
    await uploaded.waitFor();
    expect(await uploaded.textContent()).to.contain('身份证.pdf');
    await screenshot(agent, 'village-register');
    const registered = await submit('登记');
    complete = registered;
    // Then it is registered complete, at the room, with one verified hop and the scan attached
    expect(registered.notice).to.contain('材料齐全');
    expect(registered.number).to.match(/^SQ\d{8}-\d{4}$/);
    expect(await agent.textContent('[data-testid=application-status]')).to.equal('待办理');
    expect(await agent.textContent('[data-testid=application-place]')).to.contain('科甲巷社区');
    expect(await pathActions(agent)).to.deep.equal(['registered']);
    expect(await agent.textContent('[data-testid=application-path] [data-verified=yes]')).to.contain('哈希链完整');
    const file = agent.locator('[data-material=id-card] a.gf-fw-file');
    const download = await agent.request.get(new URL((await file.getAttribute('href')) ?? '', server.url).href);
    expect([download.status(), download.headers()['content-type']]).to.deep.equal([200, 'application/pdf']);
    // And the forward picker offers the street (the unit that handles a town-level item) first
    expect(await agent.inputValue('select[name=toUnitId]')).to.equal('jj-chunxilu');
  });

  it('when she forwards it past the item’s level to 锦江区, then the Chinese refusal shows under the form and nothing moves; to 春熙路街道 it goes', async () => {
    await agent.selectOption('select[name=toUnitId]', 'jj');
    await agent.click('[data-action=forward] button[type=submit]');
    const error = agent.locator('[data-action=forward] .gf-error');
    await error.waitFor();
    expect(await error.textContent()).to.contain('「失业人员再就业证补办」由乡镇（街道）级办理，不能报送到锦江区');
    await screenshot(agent, 'village-forward-refused');
    expect(await pathActions(agent)).to.deep.equal(['registered']);

    await agent.selectOption('select[name=toUnitId]', 'jj-chunxilu');
    await agent.fill('[data-action=forward] textarea[name=note]', '申请人行动不便，代办报送');
    await agent.click('[data-action=forward] button[type=submit]');
    await agent.locator('[data-testid=application-path] li[data-action=forwarded]').waitFor();
    expect(await agent.textContent('[data-testid=application-place]')).to.contain('春熙路街道');
    expect(await agent.textContent('[data-testid=application-path] li[data-action=forwarded]')).to.contain(
      '报送至 春熙路街道',
    );
    // The room can no longer act on it, but follows it
    expect(await agent.locator('[data-testid=forward-box]').count()).to.equal(0);
    await screenshot(agent, 'village-forwarded');
  });

  it('given a second applicant without the loss statement, when the agent registers anyway and forwards it, then her list shows both', async () => {
    const submit = await register(['id-card']);
    expect(await agent.textContent('[data-testid=incomplete-warning]')).to.contain('再就业证遗失声明');
    const registered = await submit('登记（材料不全）');
    incomplete = registered;
    expect(registered.notice).to.contain('材料尚缺：再就业证遗失声明');
    await agent.click('[data-action=forward] button[type=submit]');
    await agent.locator('[data-testid=application-path] li[data-action=forwarded]').waitFor();

    await agent.click('a:has-text("← 收件报送")');
    const rows = agent.locator('[data-testid=application-list] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).to.equal(2);
    expect(await agent.textContent('[data-testid=application-list]')).to.contain('失业人员再就业证补办');
    await screenshot(agent, 'village-my-applications');
  });

  it('given the street clerk’s queue, when she tries to accept the incomplete one, then the missing material is named in Chinese; she returns it with a one-time notice', async () => {
    const clerk = await signIn('clerk');
    await clerk.click('a[href="#/prereview"]');
    const rows = clerk.locator('[data-testid=application-list] tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).to.equal(2);
    await screenshot(clerk, 'prereview-queue');

    await clerk.click(`a:has-text("${incomplete.number}")`);
    await clerk.locator('[data-action=accept] button[type=submit]').click();
    const error = clerk.locator('[data-action=accept] .gf-error');
    await error.waitFor();
    expect(await error.textContent()).to.contain('申请材料不齐全，还需提交：再就业证遗失声明');
    await screenshot(clerk, 'prereview-accept-blocked');

    await clerk.click('[data-testid=prereview-actions] [role=tab]:has-text("退回补正")');
    await clerk.click('[data-action=return] button[type=submit]');
    await clerk.locator('[data-testid=application-status]', { hasText: '待补正' }).waitFor();
    expect(await clerk.textContent('[data-testid=application-path] li[data-action=returned]')).to.match(
      /一次性告知书 BZ\d{8}-\d{4}.*需补正：再就业证遗失声明/,
    );
    await clerk.close();
  });

  it('when the clerk opens the complete one, sees its form, scan and path, and accepts it, then she lands on the new case', async () => {
    const clerk = await signIn('clerk');
    await clerk.click('a[href="#/prereview"]');
    await clerk.click(`a:has-text("${complete.number}")`);
    await clerk.locator('[data-testid=application-form-data]', { hasText: '王仕碧' }).waitFor();
    expect(await clerk.textContent('[data-testid=application-form-data]')).to.contain('510104196003152846');
    expect(await clerk.locator('[data-material=id-card] a.gf-fw-file').count()).to.equal(1);
    expect(await pathActions(clerk)).to.deep.equal(['registered', 'forwarded']);
    expect(await clerk.textContent('[data-testid=application-path]')).to.contain('已按时报送');
    await screenshot(clerk, 'prereview-application');

    await clerk.locator('[data-action=accept] button[type=submit]').click();
    const notice = clerk.locator('[data-testid=accepted-notice]');
    await notice.waitFor();
    const receipt = (await clerk.textContent('[data-testid=receipt-number]')) ?? '';
    expect(receipt).to.match(/^SL\d{8}-\d{4}$/);
    expect(await clerk.textContent('[data-testid=verification-code]')).to.match(/^[2-9A-Z]{8}$/);
    await clerk.locator('[data-testid=application-status]', { hasText: '已受理' }).waitFor();
    expect(await pathActions(clerk)).to.deep.equal(['registered', 'forwarded', 'accepted']);
    await screenshot(clerk, 'prereview-accepted');

    await clerk.click('[data-testid=open-case]');
    await clerk.locator('[data-testid=case-page]').waitFor();
    expect(await clerk.textContent('.gf-case-title h2')).to.contain(receipt);
    await screenshot(clerk, 'prereview-case');
    await clerk.close();
  });

  it('given the item answering after the organisation, when the agent opens a district application, then the forward form waits for it and offers 锦江区 first', async () => {
    // Given 刘桂兰's unemployment benefit (a district item) registered at the agent's room
    const client = await new HttpClient(server.url).login('agent');
    const registered = await client.post<{ id: string }>('/api/applications', UNEMPLOYMENT_BENEFIT_APPLICATION);
    expect(registered.status).to.equal(201);
    // When the item's answer comes well after the organisation's
    const page = await signIn('agent');
    await page.route('**/api/items/JJ-RS-003', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(`${server.url}/#/forwarding/${encodeURIComponent(registered.body.id)}`);
    await page.locator('[data-action=forward]').waitFor();
    // Then the unit at the item's level is chosen, not merely the one above the village
    expect(await page.inputValue('select[name=toUnitId]')).to.equal('jj');
    await page.close();
  });

  it('when the agent brings the loss statement for the returned one, then her correction puts it back in the street’s queue', async () => {
    await agent.click(`a:has-text("${incomplete.number}")`);
    await agent.locator('[data-testid=correction]').waitFor();
    await agent.check('[data-testid=correction] input[name=material-loss-statement]');
    await screenshot(agent, 'village-correction');
    await agent.click('[data-testid=correction] button[type=submit]:has-text("提交补正")');
    await agent.locator('[data-testid=application-path] li[data-action=corrected]').waitFor();
    expect(await agent.textContent('[data-testid=application-status]')).to.equal('待办理');
    expect(await agent.textContent('[data-testid=application-path] li[data-action=corrected]')).to.contain(
      '材料已补齐',
    );
  });
});
