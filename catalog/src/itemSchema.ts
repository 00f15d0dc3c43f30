import { CASE_KINDS, HANDLING_KINDS, ITEM_LEVELS, ITEM_TYPES, SERVICE_OBJECTS } from './item.js';

const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max });
const days = { type: 'number', exclusiveMinimum: 0, maximum: 3650, multipleOf: 0.5 };
const id = { type: 'string', pattern: '^[A-Za-z0-9][\\w.\\-]{0,63}$' };

/** JSON Schema of an approval item; `validateItem` checks every item against it before the consistency rules. */
export const ITEM_SCHEMA = {
  $id: 'https://govflow.cn/schema/item.json',
  type: 'object',
  additionalProperties: false,
  required: [
    'code',
    'basicCode',
    'version',
    'name',
    'type',
    'department',
    'agency',
    'level',
    'basis',
    'conditions',
    'statutoryDays',
    'promisedDays',
    'timeUnit',
    'caseKind',
    'fee',
    'service',
    'overtimeDefault',
    'materials',
    'form',
    'processXml',
  ],
  properties: {
    code: id,
    basicCode: id,
    version: { type: 'integer', minimum: 1 },
    name: text(100),
    type: { enum: ITEM_TYPES },
    handling: { enum: HANDLING_KINDS },
    parentCode: id,
    department: text(60),
    agency: text(60),
    level: { enum: ITEM_LEVELS },
    basis: {
      type: 'array',
      minItems: 1,
      maxItems: 20,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['law'],
        properties: { law: text(200), articles: text(200) },
      },
    },
    conditions: { type: 'array', maxItems: 50, items: text(500) },
    statutoryDays: days,
    promisedDays: days,
    timeUnit: { enum: ['working', 'calendar'] },
    caseKind: { enum: CASE_KINDS },
    fee: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['charged'],
          properties: { charged: { const: false } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['charged', 'standard', 'basis'],
          properties: {
            charged: { const: true },
            standard: text(500),
            basis: text(500),
            amountYuan: { type: 'number', minimum: 0, maximum: 100_000_000 },
          },
        },
      ],
    },
    service: {
      type: 'object',
      additionalProperties: false,
      required: ['objects', 'place', 'hours', 'phone', 'complaintPhone', 'onlineDepth', 'visits', 'result'],
      properties: {
        objects: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: SERVICE_OBJECTS } },
        place: text(200),
        hours: text(100),
        phone: { type: 'string', pattern: '^[0-9\\-]{5,20}$' },
        complaintPhone: { type: 'string', pattern: '^[0-9\\-]{5,20}$' },
        onlineDepth: { enum: [0, 1, 2, 3, 4] },
        visits: { type: 'integer', minimum: 0, maximum: 5 },
        result: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'type'],
          properties: { name: text(100), type: { enum: ['证照', '批文', '其他'] }, sample: text(200) },
        },
      },
    },
    thresholds: {
      type: 'object',
      additionalProperties: false,
      required: ['yellowDaysLeft', 'redDaysLeft'],
      properties: {
        yellowDaysLeft: { type: 'number', minimum: 0, maximum: 365, multipleOf: 0.5 },
        redDaysLeft: { type: 'number', minimum: 0, maximum: 365, multipleOf: 0.5 },
      },
    },
    overtimeDefault: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['enabled'],
          properties: { enabled: { const: false } },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['enabled', 'basis'],
          properties: { enabled: { const: true }, basis: text(500) },
        },
      ],
    },
    materials: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'required', 'originals', 'copies', 'form', 'source'],
        properties: {
          id,
          name: text(100),
          required: { type: 'boolean' },
          requiredWhen: text(500),
          originals: { type: 'integer', minimum: 0, maximum: 20 },
          copies: { type: 'integer', minimum: 0, maximum: 20 },
          form: { enum: ['paper', 'electronic', 'either'] },
          source: { enum: ['申请人自备', '政府部门核发'] },
          standard: text(500),
          blankForm: text(200),
          sample: text(200),
          note: text(500),
        },
      },
    },
    form: {
      type: 'object',
      additionalProperties: false,
      required: ['schema'],
      properties: { schema: { type: 'object' }, uiSchema: { type: 'object' } },
    },
    processXml: { type: 'string', minLength: 1, maxLength: 4 * 1024 * 1024 },
  },
} as const;
