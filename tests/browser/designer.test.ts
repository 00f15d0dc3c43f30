import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

// Needs the built web app: `npm run build -w designer` (npm test builds it before the suites run).
describe('browser: an administrator models a three-step item in the designer and publishes it', function () {
  this.timeout(120_000);
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    browser = await launchBrowser();
    server = await startTestServer({ webApp: true });
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'designer-failure');
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The designer's problem list entries: `rule@element name`. */
  const problems = async (): Promise<string[]> =>
    page.$$eval('[data-testid=problem-list] li button', (buttons) =>
      buttons.map((b) => `${b.getAttribute('data-rule')}@${b.querySelector('.gf-problem-where')?.textContent ?? ''}`),
    );

  /** Selects a shape on the canvas by its element id. */
  const selectShape = async (id: string): Promise<void> => {
    await page.click(`.djs-element.djs-shape[data-element-id="${id}"]`);
  };

  /** The id of the shape most recently appended (the one bpmn-js selected). */
  const selectedId = (): Promise<string> =>
    page.$eval('.djs-element.selected', (e) => e.getAttribute('data-element-id') ?? '');

  /** Appends a shape after `from` through its context pad, names it, and returns its id. */
  const append = async (from: string, entry: string, name?: string): Promise<string> => {
    await selectShape(from);
    await page.click(`.djs-context-pad [data-action="${entry}"]`);
    const id = await selectedId();
    expect(id).not.to.equal(from);
    if (name !== undefined) {
      await page.waitForSelector('.djs-direct-editing-parent', { state: 'visible' });
      await page.keyboard.type(name);
    }
    await page.click('[data-testid=modeler-canvas]', { position: { x: 300, y: 400 } });
    await page.waitForSelector('.djs-direct-editing-parent', { state: 'hidden' });
    return id;
  };

  /** Sets a step's limit and ticks a candidate group in the properties panel. */
  const configureStep = async (id: string, days: string, group: string): Promise<void> => {
    await selectShape(id);
    const limit = page.locator('[data-entry-id="gov-timeLimit"] input');
    await limit.fill(days);
    await page.check(`.gf-picker input[name="group-${group}"]`);
    await expect(await page.locator(`.gf-chip`, { hasText: group }).count()).to.equal(1);
  };

  it('creates the item, draws 受理 → 审查 → 决定, sees lint and the critical path, publishes, and finds it in the catalog', async () => {
    // Given the administrator signs in and opens the catalog
    await page.goto(server.url);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', 'govflow');
    await page.click('button[type=submit]');
    await page.click('nav >> text=事项目录');
    await page.waitForSelector('[data-testid=catalog] [data-code]');
    await page.fill('input[name=search]', '再就业');
    await page.waitForSelector('[data-testid=catalog] [data-code="JJ-RS-001"]');
    await page.fill('input[name=search]', '');
    await screenshot(page, 'designer-catalog');

    // When a new item is started
    await page.click('button:has-text("新建事项")');
    await page.fill('input[name=newCode]', 'JJ-TEST-101');
    await page.fill('input[name=newName]', '失业登记证明开具');
    await page.fill('input[name=newDepartment]', '区人力资源和社会保障局');
    await page.click('button:has-text("创建草稿")');
    await page.waitForSelector('[data-testid=item-editor]');
    await page.fill('input[name=basis-0-law]', '《就业服务与就业管理规定》');
    await page.fill('input[name=basis-0-articles]', '第六十三条');
    await screenshot(page, 'designer-item-basic');

    // And the process tab is opened: the designer loads with the start event only
    await page.click('[role=tab]:has-text("办理流程")');
    await page.waitForSelector('[data-testid=modeler-canvas][data-ready=true]');

    // When the first step is appended after the start event, it has no way out: a lint error appears
    const accept = await append('start', 'append.append-task', '受理');
    await page.locator('[data-testid=problem-list] [data-rule=no-outgoing]', { hasText: '受理' }).waitFor();
    expect(await problems()).to.include('no-outgoing@受理');
    expect(await page.locator(`.djs-overlay .gf-lint-badge-error[data-element-id="${accept}"]`).count()).to.equal(1);
    await screenshot(page, 'designer-lint-error');

    // When two more steps and the end event are appended, the error is gone
    const review = await append(accept, 'append.append-task', '审查');
    const decide = await append(review, 'append.append-task', '决定');
    await append(decide, 'append.end-event');
    await page.waitForSelector('[data-testid=problem-list] [data-rule=no-outgoing]', { state: 'detached' });
    expect(await page.textContent('[data-testid=error-count]')).to.equal('0');

    // When each step gets its limit and candidate group in the panel
    await configureStep(accept, '1', 'street-window');
    await configureStep(review, '5', 'district-labour');
    await configureStep(decide, '2', 'district-labour-lead');
    await page.click('[data-entry-id="gov-signOff"] input');

    // Then the critical path is 1 + 5 + 2 = 8 working days, within the promised 10
    await page.locator('[data-testid=critical-path-days]', { hasText: '8' }).waitFor();
    expect(await page.textContent('[data-testid=critical-path]')).to.contain('承诺 10');
    expect(await problems()).not.to.include.members([`time-limit-missing@受理`]);
    await selectShape(review);
    await page.$eval('.gf-designer-panel .bio-properties-panel-scroll-container', (e) => e.scrollTo(0, 0));
    await screenshot(page, 'designer-critical-path');

    // When the administrator saves and publishes
    await page.click('button:has-text("保存草稿")');
    await page.waitForSelector('[role=status]:has-text("校验通过，关键路径 8 个工作日")');
    expect(await page.textContent('[data-testid=draft-status]')).to.contain('草稿');
    await page.click('[data-testid=publish]');
    await page.waitForSelector('text=已发布第 1 版');
    await screenshot(page, 'designer-published');

    // Then the catalog lists the item with its three steps
    const items = (await (await fetch(`${server.url}/api/items`)).json()) as unknown;
    const token = await page.evaluate(() => sessionStorage.getItem('govflow.token'));
    const listed = (await (
      await fetch(`${server.url}/api/items`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { code: string; name: string; promisedDays: number }[];
    expect(items).to.not.equal(undefined);
    expect(listed.find((i) => i.code === 'JJ-TEST-101')).to.include({ name: '失业登记证明开具', promisedDays: 10 });
    const detail = (await (
      await fetch(`${server.url}/api/items/JJ-TEST-101`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { steps: { name: string; timeLimit: number }[]; criticalPath: { totalDays: number } };
    expect(detail.steps.map((s) => [s.name, s.timeLimit])).to.deep.equal([
      ['受理', 1],
      ['审查', 5],
      ['决定', 2],
    ]);
    expect(detail.criticalPath.totalDays).to.equal(8);
    expect(pageErrors).to.deep.equal([]);
  });
});
