import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { VALID } from '../forms/fixtures.js';
import { launchBrowser, screenshot } from '../support/browser.js';
import type { HarnessRecord } from './forms-harness/main.js';
import { startFormsHarness, type FormsHarness } from './forms-harness/serveHarness.js';

const KB = 1024;

describe('browser: @govflow/forms/react widgets (GovForm, materials checklist, file upload)', function () {
  this.timeout(60_000);
  let harness: FormsHarness;
  let browser: Browser;
  let page: Page;

  before(async () => {
    browser = await launchBrowser(); // first, so `after` closes it even if the build fails
    harness = await startFormsHarness();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  });
  beforeEach(async () => {
    await page.goto(harness.url);
    await page.waitForSelector('.gov-form');
  });
  after(async () => {
    await browser?.close();
    await harness?.close();
  });

  const record = () => page.evaluate(() => (window as unknown as { harness: HarnessRecord }).harness);
  const submit = () => page.locator('button.gf-submit');
  async function fillPerson(): Promise<void> {
    await page.fill('#root_applicantName', '王仕碧');
    await page.fill('#root_idNumber', VALID.idNumber);
    await page.fill('#root_phone', VALID.phone);
  }
  async function tick(...ids: string[]): Promise<void> {
    for (const id of ids) await page.check(`input[name=material-${id}]`);
  }

  it('given applicant type 企业, when chosen, then the company section appears with required marks and its USCC is checked', async () => {
    // Given a personal application: no company fields
    expect(await page.locator('#root_companyName').count()).to.equal(0);

    // When the clerk chooses 企业
    await page.check('#root_applicantType-1');
    await page.waitForSelector('#root_uscc');
    expect(await page.textContent('label[for=root_companyName]')).to.equal('企业名称*');
    expect(await page.locator('label[for=root_uscc] .required').count()).to.equal(1);

    // And enters a credit code with a wrong check character, ticks the materials and submits
    await fillPerson();
    await page.fill('#root_companyName', '成都锦江餐饮有限公司');
    await page.fill('#root_uscc', '91350100M000100Y42');
    await tick('id-card', 'licence', 'health-cert');
    await submit().click();

    // Then the Chinese message stands under the field and nothing was submitted
    await page.waitForSelector('#root_uscc__error');
    expect(await page.textContent('#root_uscc__error')).to.contain('统一社会信用代码校验位不正确');
    expect(await page.textContent('.panel-danger')).to.contain('请更正以下问题');
    expect((await record()).submissions).to.have.length(0);
    await screenshot(page, 'forms-company-uscc-invalid');

    // When the code is corrected, the message goes away and the application is accepted
    await page.fill('#root_uscc', VALID.uscc);
    await page.waitForSelector('#root_uscc__error', { state: 'detached' });
    await submit().click();
    await page.waitForSelector('.harness-submitted');
    const [submission] = (await record()).submissions;
    expect(submission?.formData).to.include({
      applicantType: '企业',
      companyName: '成都锦江餐饮有限公司',
      uscc: VALID.uscc,
    });
    expect(Object.keys(submission?.materials ?? {})).to.have.members(['id-card', 'licence', 'health-cert']);

    // And switching back to 个人 hides the company section again
    await page.check('#root_applicantType-0');
    await page.waitForSelector('#root_uscc', { state: 'detached' });
  });

  it('given required materials missing, when the clerk works through the checklist, then submission stays blocked until all are in', async () => {
    await fillPerson();
    // Given nothing ticked: the button is disabled and the note lists every missing material
    expect(await submit().isDisabled()).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.equal(
      '材料不齐全，不能受理。还缺：法定代表人身份证、从业人员健康合格证明',
    );
    expect(await page.textContent('[data-testid=materials-status]')).to.contain('还缺 2 项');

    // When the ID card is ticked, only the health certificate is missing
    await tick('id-card');
    expect(await page.textContent('.gf-blocked')).to.equal('材料不齐全，不能受理。还缺：从业人员健康合格证明');

    // When an original is missing, the count shortfall is named
    await tick('health-cert');
    expect(await submit().isDisabled()).to.equal(false);
    await page.fill('input[name=material-id-card-originals]', '0');
    expect(await submit().isDisabled()).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.contain('法定代表人身份证（原件需 1 份，已收 0 份）');
    await page.fill('input[name=material-id-card-originals]', '1');
    expect(await submit().isDisabled()).to.equal(false);

    // When the applicant turns out to be a company, the business licence becomes required
    await page.check('#root_applicantType-1');
    await page.waitForSelector('#root_uscc');
    expect(await submit().isDisabled()).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.contain('营业执照');
    expect(await page.getAttribute('[data-material=licence]', 'class')).to.contain('gf-missing');
    await page.fill('#root_companyName', '成都锦江餐饮有限公司');
    await page.fill('#root_uscc', VALID.uscc);
    await page.press('#root_uscc', 'Enter'); // implicit submission is blocked as well
    await screenshot(page, 'forms-materials-blocked');
    expect((await record()).submissions).to.have.length(0);

    // Then ticking the licence unblocks it
    await tick('licence');
    expect(await submit().isDisabled()).to.equal(false);
    expect(await page.locator('.gf-blocked').count()).to.equal(0);
    expect(await page.textContent('[data-testid=materials-status]')).to.equal('本次需提交 3 项材料，已收齐');
  });

  it('given the upload field (1 MB, PDF/JPG/PNG), when files are chosen, then bad ones are refused in Chinese and a good one is uploaded by reference', async () => {
    const field = '[data-testid=upload-root_sitePlan]';
    // When a 2 MB file is chosen, it is refused before any upload
    await page.setInputFiles('#root_sitePlan', {
      name: '平面图.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.alloc(2 * 1024 * KB),
    });
    expect(await page.textContent(`${field} .gf-upload-error`)).to.equal(
      '文件“平面图.pdf”大小为 2 MB，超过上限 1 MB，请压缩或拆分后再上传',
    );
    // And a file of another type is refused too
    await page.setInputFiles('#root_sitePlan', {
      name: 'setup.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.alloc(KB),
    });
    expect(await page.textContent(`${field} .gf-upload-error`)).to.equal(
      '文件“setup.exe”的类型不符合要求，只接受 PDF、JPG、PNG 文件',
    );
    expect((await record()).uploads).to.have.length(0);

    // When a 100 KB PDF is chosen, `upload` receives the File and the form keeps only the returned reference
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100 * KB - 9, 0x20)]);
    await page.setInputFiles('#root_sitePlan', { name: 'plan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForSelector(`${field} .gf-upload-done`);
    expect(await page.textContent(`${field} .gf-upload-done`)).to.contain('已上传：plan.pdf（100 KB）');
    expect((await record()).uploads).to.deep.equal([{ name: 'plan.pdf', size: 100 * KB, type: 'application/pdf' }]);
    const formData = JSON.parse((await page.textContent('[data-testid=form-data]')) ?? '{}') as {
      sitePlan?: Record<string, unknown>;
    };
    expect(formData.sitePlan).to.include({ id: 'FILE-1', name: 'plan.pdf', size: 100 * KB });
    expect(formData.sitePlan?.['sha256']).to.match(/^[0-9a-f]{64}$/);
    expect(Object.keys(formData.sitePlan ?? {})).to.have.members(['id', 'name', 'size', 'sha256']);
    expect(JSON.stringify(formData).length).to.be.below(400); // a reference, not 100 KB of base64

    // And an electronic material in the checklist can be uploaded instead of handing in paper copies
    await page.setInputFiles('#material-health-cert-file', {
      name: '健康证明.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.waitForSelector('[data-material=health-cert] .gf-upload-done');
    expect(await page.isChecked('input[name=material-health-cert]')).to.equal(true);
    expect(await page.textContent('.gf-blocked')).to.equal('材料不齐全，不能受理。还缺：法定代表人身份证');
    await screenshot(page, 'forms-upload');
  });

  it('given empty and malformed fields, when submitted, then every message on the page is Chinese', async () => {
    await tick('id-card', 'health-cert');
    await page.fill('#root_idNumber', '110105194912310021');
    await page.fill('#root_phone', '12345');
    await page.fill('#root_applyDate', '2026-11-22'); // tomorrow in China on the harness's fixed clock
    await submit().click();
    await page.waitForSelector('.panel-danger');
    expect(await page.textContent('#root_applicantName__error')).to.equal('请填写“申请人（法定代表人）姓名”');
    expect(await page.textContent('#root_idNumber__error')).to.equal('身份证号码校验位不正确');
    expect(await page.textContent('#root_phone__error')).to.equal('手机号码应为11位数字，以13至19开头');
    expect(await page.textContent('#root_applyDate__error')).to.equal('日期不能晚于今天（2026-11-21）');
    const text = (await page.textContent('.gov-form')) ?? '';
    expect(text).to.not.match(/must|should|required property|is a required/i);
    await screenshot(page, 'forms-errors');
  });
});
