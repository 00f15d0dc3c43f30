import type { SignalLevel } from '../../store/signalStore.js';

/** The two ladder schemes (DOMAIN.md, *local*): lights only, or warning → yellow card → red card. */
export const LADDER_SCHEMES = ['lights', 'cards'] as const;
/** A ladder scheme. */
export type LadderScheme = (typeof LADDER_SCHEMES)[number];

/** The detectors beyond time, each of which a center may switch off. */
export const DETECTOR_KINDS = [
  'step-integrity',
  'materials-missing',
  'reason-missing',
  'fee-excess',
  'late-entry',
  'late-forwarding',
] as const;
/** A detector beyond time. */
export type DetectorKind = (typeof DETECTOR_KINDS)[number];

/** The rules an item may override. */
export interface SignalRules {
  /** (a) `lights`: an overdue case or step is signalled red at once; (b) `cards`: warning, yellow card, red card. */
  readonly scheme: LadderScheme;
  /** Scheme (b): working days before the case's deadline the warning comes (0: none). */
  readonly warningDaysLeft: number;
  /** Scheme (b): the supervision period (督办期) in working days after a deadline before the red card. */
  readonly supervisionDays: number;
  /** Working days the recipients have to answer a signal. */
  readonly answerDays: number;
  /** Working days between the materials' arrival and the case's entry beyond which the entry is late. */
  readonly lateEntryDays: number;
  /** The fewest characters a refusal's reason must have to count as a reason. */
  readonly minReasonLength: number;
}

/** The center-wide settings with per-item overrides. */
export interface SignalSettings {
  readonly center: SignalRules & {
    /**
     * Whether the center practises overtime-default approval (超时默许, *local*): then the items that enable
     * it (with their legal basis) are deemed approved at their promised deadline.
     */
    readonly overtimeDefault: boolean;
    /** The levels whose signals must be answered (a warning is a notice). */
    readonly answerLevels: readonly SignalLevel[];
    /** Who issues the supervision recommendation letter (监察建议书). */
    readonly letterIssuer: string;
    /** Which detectors run. */
    readonly detectors: Readonly<Record<DetectorKind, boolean>>;
  };
  /** Overrides by item code (实施编码). */
  readonly items: Readonly<Record<string, Partial<SignalRules>>>;
}

/** The rules in force for one item, with the center-wide parts. */
export type ResolvedSignalRules = SignalSettings['center'];

/**
 * The defaults: seed 000's scheme (a) — lights, an overdue case or step signalled red with its letter at
 * once — with scheme (b)'s numbers ready (a one-day warning, a five-day supervision period); answers
 * within three working days; overtime-default approval off until the center adopts it.
 */
export const DEFAULT_SIGNAL_SETTINGS: SignalSettings = {
  center: {
    scheme: 'lights',
    warningDaysLeft: 1,
    supervisionDays: 5,
    answerDays: 3,
    lateEntryDays: 1,
    minReasonLength: 4,
    overtimeDefault: false,
    answerLevels: ['yellow', 'red'],
    letterIssuer: '区纪委监委（效能办）',
    detectors: {
      'step-integrity': true,
      'materials-missing': true,
      'reason-missing': true,
      'fee-excess': true,
      'late-entry': true,
      'late-forwarding': true,
    },
  },
  items: {},
};

/** The rules for an item: the center's, overridden by the item's own. */
export function rulesFor(settings: SignalSettings, itemCode: string): ResolvedSignalRules {
  const own = Object.hasOwn(settings.items, itemCode) ? settings.items[itemCode] : undefined;
  return { ...settings.center, ...(own ?? {}) };
}

/** Settings as stored, completed with the defaults for anything a former version did not have. */
export function withDefaults(stored: Readonly<Record<string, unknown>> | undefined): SignalSettings {
  if (!stored) return DEFAULT_SIGNAL_SETTINGS;
  const center = (stored['center'] ?? {}) as Partial<SignalSettings['center']>;
  return {
    center: {
      ...DEFAULT_SIGNAL_SETTINGS.center,
      ...center,
      detectors: { ...DEFAULT_SIGNAL_SETTINGS.center.detectors, ...(center.detectors ?? {}) },
    },
    items: (stored['items'] ?? {}) as SignalSettings['items'],
  };
}

const days = (minimum: number, maximum: number) => ({ type: 'number', minimum, maximum, multipleOf: 0.5 }) as const;

const RULE_PROPERTIES = {
  scheme: { enum: [...LADDER_SCHEMES] },
  warningDaysLeft: days(0, 30),
  supervisionDays: days(0.5, 60),
  answerDays: days(0.5, 30),
  lateEntryDays: days(0.5, 60),
  minReasonLength: { type: 'integer', minimum: 1, maximum: 200 },
} as const;

/** `PUT /api/supervision/signal-settings`: the whole settings document, with the version it was read at. */
export const SIGNAL_SETTINGS_SCHEMA = {
  type: 'object',
  required: ['center', 'items'],
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 0 },
    center: {
      type: 'object',
      additionalProperties: false,
      required: [...Object.keys(RULE_PROPERTIES), 'overtimeDefault', 'answerLevels', 'letterIssuer', 'detectors'],
      properties: {
        ...RULE_PROPERTIES,
        overtimeDefault: { type: 'boolean' },
        answerLevels: { type: 'array', uniqueItems: true, maxItems: 3, items: { enum: ['warning', 'yellow', 'red'] } },
        letterIssuer: { type: 'string', minLength: 1, maxLength: 60, pattern: '\\S' },
        detectors: {
          type: 'object',
          additionalProperties: false,
          required: [...DETECTOR_KINDS],
          properties: Object.fromEntries(DETECTOR_KINDS.map((kind) => [kind, { type: 'boolean' }])),
        },
      },
    },
    items: {
      type: 'object',
      maxProperties: 1000,
      propertyNames: { pattern: '^[\\w.\\-]{1,100}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: RULE_PROPERTIES,
      },
    },
  },
} as const;
