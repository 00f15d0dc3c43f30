/** Deadlines of complaint handling and of 好差评 follow-ups, in working days (*local*: configuration, not code). */
export interface FeedbackSettings {
  readonly complaints: {
    /** Working days to decide whether to accept a complaint (受理与否). */
    readonly decideDays: number;
    /** Working days the department has to answer a forwarded complaint. */
    readonly answerDays: number;
  };
  readonly evaluations: {
    /** Working days to rectify after a negative evaluation (整改期限, 5–15 in practice). */
    readonly rectifyDays: number;
    /** Minutes a window evaluation code stays valid after the clerk's screen shows it. */
    readonly codeMinutes: number;
  };
}

/** The defaults: decide within 5 working days, answer within 10, rectify within 10; codes last 30 minutes. */
export const DEFAULT_FEEDBACK_SETTINGS: FeedbackSettings = {
  complaints: { decideDays: 5, answerDays: 10 },
  evaluations: { rectifyDays: 10, codeMinutes: 30 },
};

/** Settings as stored, completed with the defaults for anything missing. */
export function feedbackSettingsOf(stored: Readonly<Record<string, unknown>> | undefined): FeedbackSettings {
  const complaints = (stored?.['complaints'] ?? {}) as Partial<FeedbackSettings['complaints']>;
  const evaluations = (stored?.['evaluations'] ?? {}) as Partial<FeedbackSettings['evaluations']>;
  return {
    complaints: { ...DEFAULT_FEEDBACK_SETTINGS.complaints, ...complaints },
    evaluations: { ...DEFAULT_FEEDBACK_SETTINGS.evaluations, ...evaluations },
  };
}

const days = (maximum: number) => ({ type: 'integer', minimum: 1, maximum }) as const;

/** `PUT /api/supervision/feedback-settings`: the whole document, with the version it was read at. */
export const FEEDBACK_SETTINGS_SCHEMA = {
  type: 'object',
  required: ['complaints', 'evaluations'],
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 0 },
    complaints: {
      type: 'object',
      required: ['decideDays', 'answerDays'],
      additionalProperties: false,
      properties: { decideDays: days(30), answerDays: days(60) },
    },
    evaluations: {
      type: 'object',
      required: ['rectifyDays', 'codeMinutes'],
      additionalProperties: false,
      properties: { rectifyDays: days(60), codeMinutes: { type: 'integer', minimum: 5, maximum: 1440 } },
    },
  },
} as const;
