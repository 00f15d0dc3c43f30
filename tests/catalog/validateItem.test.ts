import { expect } from 'chai';
import { validateItem, type ItemProblem } from '@govflow/catalog';
import { baseItem, stepsProcess } from './support.js';

const codes = (problems: readonly ItemProblem[]) => problems.map((p) => p.code);

describe('catalog / validateItem: every consistency rule has its code and a Chinese message', () => {
  it("given seed 000's item as shipped, when validated, then it is valid with its compiled model", async () => {
    const result = await validateItem(baseItem());
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.equal(true);
    expect(result.model?.userSteps.map((s) => s.name)).to.deep.equal(['受理', '审核', '发证']);
  });

  it('given something that is not an item, when validated, then every schema error is listed with its path', async () => {
    const result = await validateItem({ code: '', name: 5, materials: [{}] });
    expect(result.valid).to.equal(false);
    expect(new Set(codes(result.errors))).to.deep.equal(new Set(['ITEM_SCHEMA_INVALID']));
    const paths = result.errors.map((e) => e.path);
    expect(paths).to.include.members(['/code', '/name', '/basicCode', '/processXml']);
    for (const e of result.errors) expect(e.message).to.match(/[\u4e00-\u9fff]/);
  });

  it('given a promised limit above the statutory one, then PROMISED_EXCEEDS_STATUTORY; given it equal, then valid', async () => {
    const item = { ...baseItem(), promisedDays: 25 };
    const result = await validateItem(item);
    expect(codes(result.errors)).to.include('PROMISED_EXCEEDS_STATUTORY');
    expect(result.errors.find((e) => e.code === 'PROMISED_EXCEEDS_STATUTORY')?.message).to.contain('超过法定时限');
    expect((await validateItem({ ...baseItem(), promisedDays: 20 })).valid).to.equal(true);
  });

  it('given a process that does not compile, then PROCESS_INVALID names the BPMN element and rule', async () => {
    const item = {
      ...baseItem(),
      processXml: baseItem()
        .processXml.replace('<bpmn:endEvent id="end" name="办结">', '<bpmn:scriptTask id="end" name="办结">')
        .replace('</bpmn:endEvent>', '</bpmn:scriptTask>'),
    };
    const result = await validateItem(item);
    const problem = result.errors.find(
      (e) => e.code === 'PROCESS_INVALID' && e.details?.['rule'] === 'unsupported-element',
    );
    expect(problem?.path).to.equal('/processXml#end');
    expect(result.valid).to.equal(false);
  });

  it('given a step that checks a material the item does not list, then STEP_MATERIAL_UNKNOWN; given a listed one, then valid', async () => {
    const bad = { ...baseItem(), processXml: stepsProcess([1, 2], ['id-card', 'passport']) };
    const result = await validateItem(bad);
    expect(
      result.errors.filter((e) => e.code === 'STEP_MATERIAL_UNKNOWN').map((e) => e.details?.['materialId']),
    ).to.deep.equal(['passport']);
    expect((await validateItem({ ...baseItem(), processXml: stepsProcess([1, 2], ['id-card']) })).valid).to.equal(true);
  });

  it('given a critical path longer than the promise, then CRITICAL_PATH_EXCEEDS_PROMISED with both numbers', async () => {
    const result = await validateItem({ ...baseItem(), processXml: stepsProcess([3, 3, 2]) });
    const problem = result.errors.find((e) => e.code === 'CRITICAL_PATH_EXCEEDS_PROMISED');
    expect(problem?.details).to.include({ criticalPathDays: 8, promisedDays: 7 });
    expect((await validateItem({ ...baseItem(), processXml: stepsProcess([3, 3, 1]) })).valid).to.equal(true);
  });

  it('given more steps than the center allows, then TOO_MANY_STEPS is only a warning', async () => {
    const item = { ...baseItem(), promisedDays: 9, processXml: stepsProcess([1, 1, 1, 1, 1, 1, 1, 1, 1]) };
    const result = await validateItem(item);
    expect(result.valid).to.equal(true);
    expect(codes(result.warnings)).to.include('TOO_MANY_STEPS');
    const strict = await validateItem(item, {
      maxSteps: 9,
      jointCapDays: 45,
      jointExtensionDays: 15,
      defaultThresholds: { yellowDaysLeft: 10, redDaysLeft: 3 },
    });
    expect(codes(strict.warnings)).not.to.include('TOO_MANY_STEPS');
  });

  it('given a charged item without a standard or basis, then the schema rejects it; with both, it is valid', async () => {
    const missing = await validateItem({ ...baseItem(), fee: { charged: true, standard: '', basis: '' } });
    expect(missing.valid).to.equal(false);
    expect(missing.errors.map((e) => e.path)).to.include.members(['/fee']);
    const charged = await validateItem({
      ...baseItem(),
      fee: { charged: true, standard: '工本费每证 5 元', basis: '川价发〔2004〕112号' },
    });
    expect(charged.valid).to.equal(true);
  });

  it('given a joint item (联办件) beyond the 45-day cap, then JOINT_LIMIT_EXCEEDS_CAP; at 45, valid', async () => {
    const over = await validateItem({ ...baseItem(), caseKind: '联办件', statutoryDays: 60 });
    expect(codes(over.errors)).to.include('JOINT_LIMIT_EXCEEDS_CAP');
    expect((await validateItem({ ...baseItem(), caseKind: '联办件', statutoryDays: 45 })).valid).to.equal(true);
  });

  it('given a material condition that does not parse or a duplicate material id, then both are reported', async () => {
    const item = baseItem();
    const materials = [...item.materials, { ...item.materials[0], requiredWhen: 'applicantType = ' }];
    const result = await validateItem({ ...item, materials });
    expect(codes(result.errors)).to.include.members(['DUPLICATE_MATERIAL_ID', 'MATERIAL_CONDITION_INVALID']);
    expect(result.errors.find((e) => e.code === 'MATERIAL_CONDITION_INVALID')?.path).to.equal(
      '/materials/3/requiredWhen',
    );
  });

  it('given red after yellow in the thresholds, then THRESHOLDS_ORDER', async () => {
    const result = await validateItem({ ...baseItem(), thresholds: { yellowDaysLeft: 1, redDaysLeft: 3 } });
    expect(codes(result.errors)).to.deep.equal(['THRESHOLDS_ORDER']);
  });

  it('given a form schema that is not JSON Schema, then FORM_SCHEMA_INVALID', async () => {
    const result = await validateItem({ ...baseItem(), form: { schema: { type: 'nonsense' } } });
    expect(codes(result.errors)).to.deep.equal(['FORM_SCHEMA_INVALID']);
  });

  it('given several problems at once, then every one is reported', async () => {
    const result = await validateItem({
      ...baseItem(),
      promisedDays: 30,
      thresholds: { yellowDaysLeft: 1, redDaysLeft: 2 },
      processXml: stepsProcess([1], ['nope']),
    });
    expect(codes(result.errors)).to.include.members([
      'PROMISED_EXCEEDS_STATUTORY',
      'THRESHOLDS_ORDER',
      'STEP_MATERIAL_UNKNOWN',
    ]);
  });
});
