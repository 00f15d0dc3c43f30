import type { ErrorObject } from 'ajv';
import * as zhModule from 'ajv-i18n/localize/zh/index.js';
import { explainGovFormat, GOV_FORMATS } from './formats/index.js';

type Localize = (errors?: ErrorObject[] | null) => void;
// CommonJS interop differs between Node and bundlers: the function may sit on `default` or be the module.
const zh = zhModule as unknown as Localize & { default?: Localize & { default?: Localize } };
const localizeZh: Localize = zh.default?.default ?? zh.default ?? zh;

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是或否',
  object: '对象',
  array: '列表',
  null: '空值',
};

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  email: '电子邮箱地址',
  date: '日期（YYYY-MM-DD）',
  time: '时间',
  'date-time': '日期时间',
  uri: '网址',
  url: '网址',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  uuid: 'UUID',
  hostname: '主机名',
};

/**
 * Puts Chinese messages on ajv errors, in place: ajv-i18n's zh translation, then govflow's own wording for
 * required fields (named by their title), types, formats (e.g. 「身份证号码校验位不正确」), enums and the
 * `minDate` / `maxDate` keywords. Fits @rjsf/validator-ajv8's `Localizer`, so the browser shows the same text.
 */
export function localizeFormErrors(errors?: ErrorObject[] | null, rootSchema?: unknown): void {
  if (!errors || errors.length === 0) return;
  localizeZh(errors);
  for (const error of errors) {
    const message = govMessage(error, rootSchema);
    if (message !== undefined) error.message = message;
  }
}

function govMessage(error: ErrorObject, rootSchema: unknown): string | undefined {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      // @rjsf/validator-ajv8 quotes the property ('name') before localizing, so it can put titles in later
      const missing = String(params['missingProperty']).replace(/^'(.*)'$/, '$1');
      const title = titleOf(error.parentSchema, missing) ?? titleOf(schemaAt(rootSchema, error.instancePath), missing);
      return title === undefined ? `请填写必填项“${missing}”` : `请填写“${title}”`;
    }
    case 'type': {
      const types = String(params['type'])
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? t);
      return `应当是${types.join('或')}`;
    }
    case 'format':
      return formatMessage(String(params['format']), error.data);
    case 'enum': {
      const allowed = params['allowedValues'];
      if (!Array.isArray(allowed) || allowed.length > 20) return undefined;
      return `应为以下选项之一：${allowed.map((v) => String(v)).join('、')}`;
    }
    case 'additionalProperties':
      return `不允许填写未定义的项“${String(params['additionalProperty'])}”`;
    case 'minDate':
    case 'maxDate':
      return dateMessage(error.keyword, params);
    default:
      return undefined;
  }
}

function formatMessage(format: string, data: unknown): string {
  const gov = GOV_FORMATS[format];
  if (gov) return (typeof data === 'string' ? explainGovFormat(gov, data) : undefined) ?? `${gov.label}格式不正确`;
  return `格式不正确，应为${FORMAT_NAMES[format] ?? format}`;
}

function dateMessage(keyword: string, params: Record<string, unknown>): string {
  const limit = String(params['limit']);
  const resolved = String(params['resolved']);
  const subject = params['subject'] === 'birthDate' ? '身份证号码中的出生日期' : '日期';
  const bound = limit === 'today' ? `今天（${resolved}）` : resolved;
  return `${subject}不能${keyword === 'minDate' ? '早于' : '晚于'}${bound}`;
}

function titleOf(parentSchema: unknown, property: string): string | undefined {
  if (typeof parentSchema !== 'object' || parentSchema === null) return undefined;
  const properties = (parentSchema as { properties?: Record<string, { title?: unknown }> }).properties;
  const title = properties?.[property]?.title;
  return typeof title === 'string' && title !== '' ? title : undefined;
}

/** The schema that describes the data at a JSON Pointer, following `properties` and `items` only. */
function schemaAt(rootSchema: unknown, pointer: string): unknown {
  let node = rootSchema;
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    if (typeof node !== 'object' || node === null) return undefined;
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const { properties, items } = node as { properties?: Record<string, unknown>; items?: unknown };
    node =
      properties && Object.hasOwn(properties, segment)
        ? properties[segment]
        : /^\d+$/.test(segment)
          ? items
          : undefined;
  }
  return node;
}
