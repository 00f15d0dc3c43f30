import type { EvaluationLevel } from '../../store/port.js';

/** The five levels, best first (国办发〔2019〕51号). */
export const EVALUATION_LEVELS: readonly EvaluationLevel[] = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
];

/** Chinese names of the levels. */
export const EVALUATION_LEVEL_NAMES: Readonly<Record<EvaluationLevel, string>> = {
  'very-satisfied': '非常满意',
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  dissatisfied: '不满意',
  'very-dissatisfied': '非常不满意',
};

/** Whether a level is a negative review (差评): 不满意 and 非常不满意. */
export function isNegative(level: EvaluationLevel): boolean {
  return level === 'dissatisfied' || level === 'very-dissatisfied';
}

/** Whether a text names a level. */
export function isEvaluationLevel(value: string): value is EvaluationLevel {
  return (EVALUATION_LEVELS as readonly string[]).includes(value);
}
