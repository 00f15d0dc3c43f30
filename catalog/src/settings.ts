/** A center's catalog settings (*local* practice is configuration, not code). */
export interface CatalogSettings {
  /** Most steps a process should have before a warning (Xi'an: 8). */
  readonly maxSteps: number;
  /** Statutory cap for joint handling (联办件), working days (行政许可法 Art. 43: 45). */
  readonly jointCapDays: number;
  /** The extension joint handling may get with the government head's approval (15). */
  readonly jointExtensionDays: number;
  /** Light thresholds for items that set none (seed 000: yellow inside 10 working days, red inside 3). */
  readonly defaultThresholds: { readonly yellowDaysLeft: number; readonly redDaysLeft: number };
}

/** Defaults: Xi'an's 8 steps, the statutory 45 (+15) days for joint handling, Jinjiang's lights. */
export const DEFAULT_CATALOG_SETTINGS: CatalogSettings = {
  maxSteps: 8,
  jointCapDays: 45,
  jointExtensionDays: 15,
  defaultThresholds: { yellowDaysLeft: 10, redDaysLeft: 3 },
};
