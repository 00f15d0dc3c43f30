import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, signedInPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { reissueItem } from '../server/itemAdminSupport.js';

const CHINESE = /[\u3400-\u9fff]/;

/** The texts of every element matching `selector` (trimmed; empty ones left out). */
const textsOf = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (elements) => elements.map((e) => (e.textContent ?? '').trim()).filter(Boolean));

/** The texts among `texts` that still hold Chinese characters. */
const chinese = (texts: readonly string[]): string[] => texts.filter((text) => CHINESE.test(text));

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: an administrator switches to English and the designer and item editor follow, then back to Chinese', function () {
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
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'english-switch-failure');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Clicks the 中文 / English switch and waits for the page to load again in the other language. */
  const switchLanguage = async (): Promise<void> => {
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid=locale-switch]')]);
  };

  /** The palette entries' names (bpmn-js gives them as aria-label). */
  const paletteTitles = (): Promise<string[]> =>
    page.$$eval('.djs-palette .entry', (entries) =>
      entries.map((e) => e.getAttribute('aria-label') ?? e.getAttribute('title') ?? ''),
    );

  /** Opens a hash route afresh (the app reads the route on load). */
  const open = async (hash: string, selector: string): Promise<void> => {
    await page.goto(`${server.url}/#/${hash}`);
    await page.reload();
    await page.waitForSelector(selector, { state: 'attached' });
  };

  it('given English is chosen, then the palette, context pad, properties panel, problems and critical path of the designer are in English', async () => {
    // Given the administrator in the Chinese app (the default) switches to English
    expect(await page.textContent('[data-testid=locale-switch]')).to.equal('English');
    await switchLanguage();
    await page.waitForSelector('nav >> text=Item catalog');
    expect(await page.getAttribute('html', 'lang')).to.equal('en');

    // When the process of 失业人员再就业证补办 opens in the designer
    await open('items/JJ-RS-001/process', '[data-testid=modeler-canvas][data-ready=true]');

    // Then the palette speaks English, with govflow's words for an approval step
    const palette = await paletteTitles();
    expect(palette).to.include('Create approval step (user task)');
    expect(palette).to.include('Create parallel gateway (joint approval)');
    expect(chinese(palette)).to.deep.equal([]);

    // And the critical path badge and the problem list too
    const badge = (await page.textContent('[data-testid=critical-path]')) ?? '';
    expect(badge).to.contain('Critical path').and.to.contain('working days').and.to.contain('Promised 7');
    expect(badge).not.to.match(CHINESE);
    expect((await page.textContent('[data-testid=problem-list] header')) ?? '').to.contain('Problems');

    // When the 受理 step is selected, then its context pad and properties panel are in English
    await page.click('.djs-element.djs-shape[data-element-id="accept"]');
    await page.waitForSelector('[data-entry-id="gov-timeLimit"]');
    const pad = await page.$$eval('.djs-context-pad .entry', (entries) => entries.map((e) => e.getAttribute('title')));
    expect(pad).to.include('Append approval step');
    expect(chinese(pad.map(String))).to.deep.equal([]);
    const groups = await textsOf(page, '.bio-properties-panel-group-header-title');
    expect(groups).to.include.members([
      'General',
      'Step settings',
      'Assignee and candidate groups',
      'Materials checked',
    ]);
    expect(chinese(groups)).to.deep.equal([]);
    const labels = await textsOf(page, '.gf-designer-panel .bio-properties-panel-label');
    expect(labels).to.include.members(['Step time limit (working days)', 'Step kind', 'Candidate group ids']);
    expect(chinese(labels)).to.deep.equal([]);
    expect(await page.textContent('.bio-properties-panel-header-type')).to.match(/approval step/i);
    await page.$eval('.gf-designer-panel .bio-properties-panel-scroll-container', (e) => e.scrollTo(0, 0));
    await screenshot(page, 'english-designer');

    // When a step is appended with no way out, then the live lint says so in English
    await page.click('.djs-context-pad [data-action="append.append-task"]');
    await page.click('[data-testid=modeler-canvas]', { position: { x: 300, y: 400 } });
    await page.locator('[data-testid=problem-list] [data-rule=no-outgoing]').first().waitFor();
    const messages = await textsOf(page, '[data-testid=problem-list] .gf-problem-text');
    expect(messages).to.include('the element has no outgoing flow');
    expect(chinese(messages)).to.deep.equal([]);
    expect(chinese(await textsOf(page, '[data-testid=problem-list] .gf-problem-level'))).to.deep.equal([]);
  });

  it('given English is chosen, then the item editor’s tabs, fields, materials table and version history are in English', async () => {
    await open('items/JJ-RS-001/basic', '[data-testid=item-editor] input[name=name]');
    const tabs = await textsOf(page, '[role=tab]');
    expect(tabs).to.deep.equal([
      'Basic information',
      'Limits and fees',
      'Service information',
      'Materials',
      'Application form',
      'Process',
      'Version history',
    ]);
    const fields = await textsOf(page, '.gf-field-label');
    expect(fields).to.include.members(['Item name*', 'Item code', 'Item type*', 'Level*']);
    expect(chinese(fields)).to.deep.equal([]);
    expect(chinese(await textsOf(page, '.gf-section h3'))).to.deep.equal([]);
    expect(chinese(await textsOf(page, '.gf-editor-actions button'))).to.deep.equal([]);
    expect(await page.textContent('[data-testid=draft-status]')).to.equal('Published version 1');
    // The item type is shown in English while the item keeps its Chinese value
    expect(await page.$eval('select[name=type]', (s: HTMLSelectElement) => s.value)).to.equal('公共服务');
    expect(await page.$eval('select[name=type]', (s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)).to.equal(
      'Public service',
    );
    await screenshot(page, 'english-item-basic');

    await page.click('[role=tab]:has-text("Materials")');
    await page.waitForSelector('tr[data-material=id-card]');
    const headers = await textsOf(page, '.gf-materials-table th');
    expect(headers).to.include.members(['Required', 'Required when (FEEL)', 'Originals', 'Copies', 'Form', 'Source']);
    expect(chinese(headers)).to.deep.equal([]);
    const sources = await page.$$eval('select[name=material-0-source] option', (options) =>
      options.map((o) => `${(o as HTMLOptionElement).value}=${o.textContent ?? ''}`),
    );
    expect(sources).to.include('申请人自备=Brought by the applicant');

    // When version 2 is published with 审核 a day shorter, then the history and its diff are in English
    const token = await page.evaluate(() => sessionStorage.getItem('govflow.token'));
    const item = reissueItem();
    const processXml = item.processXml.replace(
      'gov:stepKind="审核" gov:timeLimit="4"',
      'gov:stepKind="审核" gov:timeLimit="3"',
    );
    const published = await fetch(`${server.url}/api/admin/items/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ item: { ...item, processXml } }),
    });
    expect(published.status).to.equal(201);
    await open('items/JJ-RS-001/history', '[data-testid=diff-report]');
    expect(await textsOf(page, '.gf-history-table th')).to.deep.equal([
      'Version',
      'Published at',
      'Published by',
      'Promised limit',
      'Content hash',
    ]);
    expect(await textsOf(page, '.gf-history-table td:first-child')).to.deep.equal(['Version 2', 'Version 1']);
    const report = await textsOf(page, '[data-testid=diff-report] .gf-report-card, [data-testid=diff-report] li');
    expect(report).to.include('Critical path7 → 6 days1 days shorter');
    expect(report).to.include('Step “审核” limit 4 → 3 days');
    expect(chinese(report.map((text) => text.replace('“审核”', '')))).to.deep.equal([]);
    await screenshot(page, 'english-item-history');
  });

  it('given the switch is used again, then the app is back in Chinese, the default', async () => {
    expect(await page.textContent('[data-testid=locale-switch]')).to.equal('中文');
    await switchLanguage();
    await page.waitForSelector('nav >> text=事项目录');
    expect(await page.getAttribute('html', 'lang')).to.equal('zh-CN');
    await open('items/JJ-RS-001/basic', '[data-testid=item-editor] input[name=name]');
    expect((await textsOf(page, '[role=tab]'))[0]).to.equal('基本信息');
    expect(await textsOf(page, '.gf-field-label')).to.include('事项名称*');
    await open('items/JJ-RS-001/process', '[data-testid=modeler-canvas][data-ready=true]');
    const palette = await paletteTitles();
    expect(palette).to.include('审批环节（用户任务）');
    expect((await page.textContent('[data-testid=critical-path]')) ?? '').to.contain('关键路径');
    expect(pageErrors).to.deep.equal([]);
  });
});
