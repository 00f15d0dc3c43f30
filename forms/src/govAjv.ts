import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { dateKeywords, type LooseKeywordDefinition, type NowSource } from './dateKeywords.js';
import { checkGovFormat, GOV_FORMATS } from './formats/index.js';

/** The part of an ajv 8 instance govflow extends (any copy of ajv 8 fits, e.g. the one inside @rjsf/validator-ajv8). */
export interface ExtensibleAjv {
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
  addKeyword(definition: LooseKeywordDefinition): unknown;
}

/**
 * Adds govflow's vocabulary to an ajv 8 instance: the formats `cn-id-number`, `cn-uscc`, `cn-mobile`, `cn-date`
 * and the keywords `minDate` / `maxDate`. The server's validator and the browser's rjsf validator both use it.
 */
export function addGovVocabulary<A extends ExtensibleAjv>(ajv: A, fallbackNow: NowSource = () => new Date()): A {
  for (const name of Object.keys(GOV_FORMATS)) {
    ajv.addFormat(name, { type: 'string', validate: (value: string) => checkGovFormat(name, value) });
  }
  for (const keyword of dateKeywords(fallbackNow)) ajv.addKeyword(keyword);
  return ajv;
}

type AddFormats = (ajv: Ajv) => Ajv;
const formatsModule = formatsPlugin as unknown as AddFormats & { default?: AddFormats };
const addFormats: AddFormats = formatsModule.default ?? formatsModule;

/**
 * A new ajv instance configured the govflow way: all errors, verbose (the localizer reads the bad value),
 * ajv-formats plus govflow's vocabulary, and a `{ now }` context passed to keywords.
 */
export function createGovAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    passContext: true,
    messages: true,
  });
  addFormats(ajv);
  return addGovVocabulary(ajv);
}
