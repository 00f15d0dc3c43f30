/**
 * The hand-written items of the demo catalog (seed 000's 再就业证补办 and seed 002's parallel approvals
 * among them), department by department.
 */
import type { ApprovalItem } from '../item.js';
import { AGRICULTURE_ITEMS } from './items/agriculture.js';
import { CIVIL_AFFAIRS_ITEMS } from './items/civilAffairs.js';
import { CULTURE_ITEMS } from './items/culture.js';
import { ECOLOGY_ITEMS } from './items/ecology.js';
import { EDUCATION_ITEMS } from './items/education.js';
import { EMERGENCY_ITEMS } from './items/emergency.js';
import { FIRE_ITEMS } from './items/fire.js';
import { HEALTH_ITEMS } from './items/health.js';
import { HOUSING_ITEMS } from './items/housing.js';
import { JUSTICE_ITEMS } from './items/justice.js';
import { LABOUR_ITEMS } from './items/labour.js';
import { MARKET_ITEMS } from './items/market.js';
import { MEDICAL_INSURANCE_ITEMS } from './items/medicalInsurance.js';
import { PLANNING_ITEMS } from './items/planning.js';
import { PUBLIC_SECURITY_ITEMS } from './items/publicSecurity.js';
import { TAX_ITEMS } from './items/tax.js';
import { TOBACCO_ITEMS } from './items/tobacco.js';
import { URBAN_ITEMS } from './items/urban.js';
import { WEATHER_ITEMS } from './items/weather.js';
import { reemploymentCertificateReissue } from './reemploymentCertificateReissue.js';

/** Every hand-written item; seed 000's item first (the demo server and tests open it as the first item). */
export const HANDWRITTEN_ITEMS: readonly ApprovalItem[] = [
  reemploymentCertificateReissue,
  ...LABOUR_ITEMS,
  ...MARKET_ITEMS,
  ...HEALTH_ITEMS,
  ...PLANNING_ITEMS,
  ...HOUSING_ITEMS,
  ...AGRICULTURE_ITEMS,
  ...URBAN_ITEMS,
  ...WEATHER_ITEMS,
  ...FIRE_ITEMS,
  ...CIVIL_AFFAIRS_ITEMS,
  ...PUBLIC_SECURITY_ITEMS,
  ...JUSTICE_ITEMS,
  ...ECOLOGY_ITEMS,
  ...EMERGENCY_ITEMS,
  ...TOBACCO_ITEMS,
  ...TAX_ITEMS,
  ...CULTURE_ITEMS,
  ...EDUCATION_ITEMS,
  ...MEDICAL_INSURANCE_ITEMS,
];

/** Codes of the hand-written items (the rest of the catalog is generated from tables). */
export const HANDWRITTEN_ITEM_CODES: readonly string[] = HANDWRITTEN_ITEMS.map((item) => item.code);
