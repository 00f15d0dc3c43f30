/**
 * Benchmark of issue 4's form validation: how many application forms of a realistic 40-field item
 * (餐饮服务许可 with an if/then company section, nested address and premises, a staff table) one core
 * validates per second with `@govflow/forms` — the code the server runs on every application — next to
 * the raw ajv function it wraps and the browser's rjsf validator, measured in the same run.
 *
 * Run: `node --conditions=govflow-source --import tsx bench/forms.bench.ts` (`--quick` for a smoke run).
 * Prints a markdown report to stdout and writes JSON to bench/out/forms-latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createFormValidator, createGovAjv, formCacheKey, type FormSchema } from '@govflow/forms';
import { createGovRjsfValidator } from '@govflow/forms/react';
import type { RJSFSchema } from '@rjsf/utils';
import { machineInfo } from './lib/machine.js';
import { fmt, median, progress, range } from './lib/stats.js';

const quick = process.argv.includes('--quick');
const PLAN = {
  rounds: quick ? 2 : 7,
  perRound: quick ? 2_000 : 40_000,
  rjsfPerRound: quick ? 200 : 4_000,
  compiles: quick ? 5 : 40,
};
const TARGET_PER_SECOND = 20_000;
const NOW = new Date('2026-11-21T02:00:00Z');

const text = (title: string, maxLength = 50) => ({ type: 'string', title, minLength: 1, maxLength });
const mobile = (title: string) => ({ type: 'string', title, format: 'cn-mobile' });
const date = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  title,
  format: 'cn-date',
  ...extra,
});

/** The 40 fields of a catering-service licence application (餐饮服务许可申请表). */
export const FORTY_FIELD_FORM: FormSchema = {
  type: 'object',
  title: '餐饮服务许可申请表',
  required: [
    'applicantType',
    'applicantName',
    'idNumber',
    'phone',
    'address',
    'premises',
    'category',
    'staff',
    'applyDate',
    'agreeTerms',
  ],
  properties: {
    applicantType: { type: 'string', title: '申请人类型', enum: ['个人', '企业'] }, // 1
    applicantName: text('申请人姓名'), // 2
    gender: { type: 'string', title: '性别', enum: ['男', '女'] }, // 3
    idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-number', maxDate: 'today-18y' }, // 4
    phone: mobile('手机号码'), // 5
    landline: { type: 'string', title: '固定电话', pattern: '^0\\d{2,3}-\\d{7,8}$' }, // 6
    email: { type: 'string', title: '电子邮箱', format: 'email', maxLength: 100 }, // 7
    legalRepresentative: text('法定代表人'), // 8
    registeredCapital: { type: 'number', title: '注册资本（万元）', minimum: 0, maximum: 1_000_000 }, // 9
    establishedOn: date('成立日期', { maxDate: 'today' }), // 10
    businessScope: text('经营范围', 500), // 11
    address: {
      type: 'object',
      title: '经营场所',
      required: ['province', 'city', 'district', 'detail'],
      properties: {
        province: text('省'), // 12
        city: text('市'), // 13
        district: text('区县'), // 14
        street: text('街道（乡镇）'), // 15
        detail: text('详细地址', 200), // 16
        postcode: { type: 'string', title: '邮政编码', pattern: '^\\d{6}$' }, // 17
      },
    },
    premises: {
      type: 'object',
      title: '场所情况',
      required: ['area', 'ownership'],
      properties: {
        area: { type: 'number', title: '经营面积（平方米）', exclusiveMinimum: 0, maximum: 100_000 }, // 18
        seats: { type: 'integer', title: '就餐座位数', minimum: 0, maximum: 10_000 }, // 19
        kitchenArea: { type: 'number', title: '加工操作区面积', minimum: 0 }, // 20
        hasParking: { type: 'boolean', title: '有无停车场' }, // 21
        floor: { type: 'integer', title: '所在楼层', minimum: -5, maximum: 200 }, // 22
        ownership: { type: 'string', title: '场所权属', enum: ['自有', '租赁'] }, // 23
        leaseEnd: date('租赁到期日'), // 24
      },
    },
    category: { type: 'string', title: '经营类别', enum: ['热食类', '冷食类', '生食类', '糕点类', '自制饮品'] }, // 25
    mainDishes: { type: 'array', title: '主要菜品', maxItems: 20, items: text('菜品') }, // 26
    openingHours: { type: 'string', title: '营业时间', pattern: '^\\d{2}:\\d{2}-\\d{2}:\\d{2}$' }, // 27
    employeesCount: { type: 'integer', title: '从业人员数', minimum: 1, maximum: 10_000 }, // 28
    healthCertCount: { type: 'integer', title: '持健康证人数', minimum: 0 }, // 29
    staff: {
      type: 'array',
      title: '主要从业人员',
      minItems: 1,
      maxItems: 50,
      items: {
        type: 'object',
        required: ['name', 'idNumber', 'role'],
        properties: {
          name: text('姓名'), // 30
          idNumber: { type: 'string', title: '身份证号码', format: 'cn-id-number' }, // 31
          role: { type: 'string', title: '岗位', enum: ['厨师', '食品安全管理员', '服务员', '其他'] }, // 32
          healthCertNo: text('健康证编号', 30), // 33
        },
      },
    },
    foodSafetyOfficer: text('食品安全管理员'), // 34
    officerPhone: mobile('管理员手机'), // 35
    applyDate: date('申请日期', { maxDate: 'today' }), // 36
    remarks: text('备注', 1000), // 37
    agreeTerms: { type: 'boolean', title: '承诺所填信息真实', const: true }, // 38
  },
  if: { properties: { applicantType: { const: '企业' } }, required: ['applicantType'] },
  then: {
    required: ['companyName', 'uscc'],
    properties: {
      companyName: text('企业名称', 100), // 39
      uscc: { type: 'string', title: '统一社会信用代码', format: 'cn-uscc' }, // 40
    },
  },
};

/** `count` distinct valid company applications (names and dishes differ), so no run reuses one object. */
function validApplications(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => ({
    applicantType: '企业',
    applicantName: `王仕碧${i}`,
    gender: '女',
    idNumber: '510104196003152842',
    phone: '13980012345',
    landline: '028-86612345',
    email: `shop${i}@example.cn`,
    legalRepresentative: '王仕碧',
    registeredCapital: 50 + i,
    establishedOn: '2019-05-20',
    businessScope: '热食类食品制售；冷食类食品制售；自制饮品制售',
    companyName: `成都锦江区第${i}号餐饮有限公司`,
    uscc: '91440300MA5F00001A',
    address: {
      province: '四川省',
      city: '成都市',
      district: '锦江区',
      street: '春熙路街道',
      detail: `中山广场 ${i} 号`,
      postcode: '610021',
    },
    premises: {
      area: 180.5,
      seats: 60,
      kitchenArea: 45,
      hasParking: false,
      floor: 1,
      ownership: '租赁',
      leaseEnd: '2029-12-31',
    },
    category: '热食类',
    mainDishes: ['回锅肉', '麻婆豆腐', '宫保鸡丁', `招牌菜${i}`],
    openingHours: '10:00-22:00',
    employeesCount: 12,
    healthCertCount: 12,
    staff: [
      { name: '张三', idNumber: '11010519491231002X', role: '厨师', healthCertNo: 'JK2026-0001' },
      { name: '李四', idNumber: '510104196003152842', role: '食品安全管理员', healthCertNo: 'JK2026-0002' },
      { name: '赵六', idNumber: '11010519491231002X', role: '服务员', healthCertNo: 'JK2026-0003' },
    ],
    foodSafetyOfficer: '李四',
    officerPhone: '13880012345',
    applyDate: '2026-11-21',
    remarks: '无',
    agreeTerms: true,
  }));
}

/** The same applications with five typical mistakes: bad ID check digit, short mobile, bad USCC, a missing field, a future date. */
function invalidApplications(valid: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return valid.map((v) => {
    const { category: _dropped, ...rest } = v;
    return {
      ...rest,
      idNumber: '510104196003152841',
      phone: '1398001234',
      uscc: '91440300MA5F00001B',
      applyDate: '2026-12-01',
    };
  });
}

interface Measured {
  readonly label: string;
  readonly rounds: number[];
}

/** Runs `work` over the inputs `perRound` times per round, interleaving the contenders, and returns ops/s per round. */
function measure(contenders: { label: string; perRound: number; work: (i: number) => void }[]): Measured[] {
  const results = contenders.map((c) => ({ label: c.label, rounds: [] as number[] }));
  for (let round = -1; round < PLAN.rounds; round += 1) {
    contenders.forEach((contender, index) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < contender.perRound; i += 1) contender.work(i);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (round >= 0) results[index]?.rounds.push(contender.perRound / seconds); // round -1 is the warm-up
    });
    progress(`round ${round < 0 ? 'warm-up' : round + 1} done`);
  }
  return results;
}

function main(): void {
  const machine = machineInfo();
  progress(`${machine.cpuModel}, nproc ${machine.nproc}, node ${machine.node}${quick ? ' (quick run)' : ''}`);
  const fieldCount = countLeafFields(FORTY_FIELD_FORM);
  if (fieldCount !== 40) throw new Error(`the benchmark form has ${fieldCount} fields, not 40`);

  const valid = validApplications(100);
  const invalid = invalidApplications(valid);
  const validator = createFormValidator(FORTY_FIELD_FORM, { cacheKey: formCacheKey('BENCH-CY-001', 1) });
  const first = validator.validate(valid[0], { now: NOW });
  if (!first.valid) throw new Error(`the valid application does not validate: ${JSON.stringify(first.errors)}`);
  const errorCount = validator.validate(invalid[0], { now: NOW }).errors.length;
  if (errorCount !== 5) throw new Error(`the invalid application has ${errorCount} errors, not 5`);

  const rawAjv = createGovAjv().compile(FORTY_FIELD_FORM);
  const context = { now: NOW };
  const rjsf = createGovRjsfValidator(() => NOW);
  const rjsfSchema = FORTY_FIELD_FORM as RJSFSchema;
  if (rjsf.validateFormData(valid[0], rjsfSchema).errors.length !== 0)
    throw new Error('rjsf rejects the valid application');

  const measured = measure([
    {
      label: 'govflow `validate`, valid form',
      perRound: PLAN.perRound,
      work: (i) => validator.validate(valid[i % 100], { now: NOW }),
    },
    {
      label: 'govflow `validate`, 5 errors (Chinese messages, paths)',
      perRound: PLAN.perRound,
      work: (i) => validator.validate(invalid[i % 100], { now: NOW }),
    },
    {
      label: 'raw ajv function (same schema and vocabulary, no limits check, no messages), valid form',
      perRound: PLAN.perRound,
      work: (i) => rawAjv.call(context, valid[i % 100]),
    },
    {
      label: 'cached lookup `createFormValidator(schema, { cacheKey })`',
      perRound: PLAN.perRound,
      work: () => createFormValidator(FORTY_FIELD_FORM, { cacheKey: formCacheKey('BENCH-CY-001', 1) }),
    },
    {
      label: 'browser: @rjsf/validator-ajv8 `validateFormData` with the govflow vocabulary, valid form',
      perRound: PLAN.rjsfPerRound,
      work: (i) => rjsf.validateFormData(valid[i % 100], rjsfSchema),
    },
  ]);

  const compileMs: number[] = [];
  for (let i = 0; i < PLAN.compiles; i += 1) {
    const fresh = structuredClone(FORTY_FIELD_FORM);
    const start = process.hrtime.bigint();
    createFormValidator(fresh, { cacheKey: `BENCH-COMPILE@${i}` });
    compileMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }

  const headline = median(measured[0]?.rounds ?? [0]);
  const report = [
    `## Forms (issue 4)`,
    '',
    `Run ${new Date().toISOString()} with \`node --conditions=govflow-source --import tsx bench/forms.bench.ts\`${quick ? ' (--quick: numbers not meaningful)' : ''}.`,
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | \`${machine.cpuModel}\`, nproc = ${machine.nproc} |`,
    `| memory | ${machine.memoryGiB} GiB |`,
    `| node | ${machine.node} (${machine.platform}) |`,
    '',
    `Form: 40 fields (${JSON.stringify(FORTY_FIELD_FORM).length.toLocaleString('en-US')} bytes of schema), if/then company section, nested objects, a 3-row staff table, all four govflow formats and \`maxDate\`. ${PLAN.rounds} measured rounds after one warm-up, contenders interleaved; median (min – max) per round.`,
    '',
    '| what | per second: median (min – max) | µs each |',
    '|---|---:|---:|',
    ...measured.map((m) => {
      const mid = median(m.rounds);
      const { min, max } = range(m.rounds);
      return `| ${m.label} | ${fmt(mid)} (${fmt(min)} – ${fmt(max)}) | ${fmt(1e6 / mid, 1)} |`;
    }),
    `| compile the schema once per item version (\`createFormValidator\` on a cache miss) | — | ${fmt(median(compileMs) * 1000, 0)} (median of ${PLAN.compiles}) |`,
    '',
    `Target: ≥ ${fmt(TARGET_PER_SECOND)} validations/s for a 40-field form → **${headline >= TARGET_PER_SECOND ? 'met' : 'NOT met'}** (${fmt(headline)}/s, ${fmt(headline / TARGET_PER_SECOND, 1)}× the target).`,
  ].join('\n');
  console.log(report);
  mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
  writeFileSync(
    new URL('./out/forms-latest.json', import.meta.url),
    `${JSON.stringify({ machine, plan: PLAN, measured, compileMs, targetPerSecond: TARGET_PER_SECOND }, null, 2)}\n`,
  );
}

/** Leaf fields of a schema: properties that are not objects or arrays of objects, counted once per definition. */
function countLeafFields(schema: Record<string, unknown>): number {
  let count = 0;
  const visit = (node: Record<string, unknown>): void => {
    for (const key of ['properties']) {
      const properties = node[key] as Record<string, Record<string, unknown>> | undefined;
      for (const child of Object.values(properties ?? {})) {
        if (child['type'] === 'object') visit(child);
        else if (child['type'] === 'array' && (child['items'] as Record<string, unknown>)['type'] === 'object')
          visit(child['items'] as Record<string, unknown>);
        else count += 1;
      }
    }
    for (const branch of ['then', 'else']) if (node[branch]) visit(node[branch] as Record<string, unknown>);
  };
  visit(schema);
  return count;
}

main();
