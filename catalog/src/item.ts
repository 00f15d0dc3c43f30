/**
 * The approval item (行政审批事项): what an administrator configures and a case runs on.
 * Field names follow DOMAIN.md "The approval item"; `itemSchema.ts` is the JSON Schema that validates it.
 */

/** Kinds of item (事项类型). */
export const ITEM_TYPES = [
  '行政许可',
  '行政确认',
  '行政裁决',
  '行政给付',
  '行政奖励',
  '行政备案',
  '其他行政权力',
  '公共服务',
] as const;
/** A kind of item. */
export type ItemType = (typeof ITEM_TYPES)[number];

/** Levels an item is handled at (行使层级), from the center down to the village room. */
export const ITEM_LEVELS = ['city', 'district', 'town', 'village'] as const;
/** A level. */
export type ItemLevel = (typeof ITEM_LEVELS)[number];

/** Chinese names of the levels. */
export const LEVEL_NAMES: Readonly<Record<ItemLevel, string>> = {
  city: '市级',
  district: '区县级',
  town: '乡镇（街道）级',
  village: '村（社区）级',
};

/** Case kinds: on the spot, promised time, joint (联办件, parallel approval). */
export const CASE_KINDS = ['即办件', '承诺件', '联办件'] as const;
/** A case kind. */
export type CaseKind = (typeof CASE_KINDS)[number];

/** Business handling kinds (业务办理项). */
export const HANDLING_KINDS = ['新设', '变更', '延续', '注销', '其他'] as const;
/** A handling kind. */
export type HandlingKind = (typeof HANDLING_KINDS)[number];

/** Who may apply (服务对象). */
export const SERVICE_OBJECTS = ['自然人', '法人', '其他组织'] as const;
/** A service object. */
export type ServiceObject = (typeof SERVICE_OBJECTS)[number];

/** A material the applicant must bring (申请材料). */
export interface Material {
  /** Stable id, referenced by process steps (`gov:materials`). */
  readonly id: string;
  readonly name: string;
  /** Required (必要性); with `requiredWhen`, required only when that FEEL condition on the form data holds. */
  readonly required: boolean;
  /** FEEL over the form data, e.g. `applicantType = "企业"`. */
  readonly requiredWhen?: string;
  /** 原件份数 / 复印件份数. */
  readonly originals: number;
  readonly copies: number;
  /** 纸质 / 电子 / 均可. */
  readonly form: 'paper' | 'electronic' | 'either';
  readonly source: '申请人自备' | '政府部门核发';
  /** Acceptance standard (受理标准). */
  readonly standard?: string;
  /** Blank form and sample (空白表格 / 示例样表) names or links. */
  readonly blankForm?: string;
  readonly sample?: string;
  readonly note?: string;
}

/** A legal basis (设定依据) with its articles. */
export interface LegalBasis {
  readonly law: string;
  readonly articles?: string;
}

/** Fees (收费): "不收费" is stated explicitly; a charged item states its standard and basis. */
export type Fee =
  | { readonly charged: false }
  | { readonly charged: true; readonly standard: string; readonly basis: string; readonly amountYuan?: number };

/** Service facts (服务信息). */
export interface ServiceFacts {
  readonly objects: readonly ServiceObject[];
  readonly place: string;
  readonly hours: string;
  readonly phone: string;
  readonly complaintPhone: string;
  /** 网办深度: 0 none … 4 fully online. */
  readonly onlineDepth: 0 | 1 | 2 | 3 | 4;
  /** 到现场次数. */
  readonly visits: number;
  /** 审批结果. */
  readonly result: { readonly name: string; readonly type: '证照' | '批文' | '其他'; readonly sample?: string };
}

/** The application form: a JSON Schema and its rjsf uiSchema. */
export interface ItemForm {
  readonly schema: Record<string, unknown>;
  readonly uiSchema?: Record<string, unknown>;
}

/** Light thresholds in working days left (seed 000: yellow inside 10, red inside 3). */
export interface LightThresholds {
  readonly yellowDaysLeft: number;
  readonly redDaysLeft: number;
}

/** Overtime-default approval (超时默许), on with its legal basis or off. */
export type OvertimeDefault = { readonly enabled: false } | { readonly enabled: true; readonly basis: string };

/** One version of an approval item. */
export interface ApprovalItem {
  /** Implementation code (实施编码), unique in the center. */
  readonly code: string;
  /** Basic code (基本编码) of the national catalog. */
  readonly basicCode: string;
  readonly version: number;
  readonly name: string;
  readonly type: ItemType;
  readonly handling?: HandlingKind;
  /** The main item (主项) this sub-item belongs to. */
  readonly parentCode?: string;
  /** Competent department (主管部门). */
  readonly department: string;
  /** Implementing agency (实施机关). */
  readonly agency: string;
  readonly level: ItemLevel;
  readonly basis: readonly LegalBasis[];
  /** Acceptance conditions (受理条件). */
  readonly conditions: readonly string[];
  /** Statutory and promised limits (法定 / 承诺办结时限). */
  readonly statutoryDays: number;
  readonly promisedDays: number;
  readonly timeUnit: 'working' | 'calendar';
  readonly caseKind: CaseKind;
  readonly fee: Fee;
  readonly service: ServiceFacts;
  readonly thresholds?: LightThresholds;
  readonly overtimeDefault: OvertimeDefault;
  readonly materials: readonly Material[];
  readonly form: ItemForm;
  /** The process model (办理流程), BPMN 2.0 XML with `gov:` attributes. */
  readonly processXml: string;
}
