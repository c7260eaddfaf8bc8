import { z } from 'zod';
import { type AdvertisingWord, DEFAULT_ADVERTISING_WORDS } from './advertisingWords';
import { DEFAULT_ANNUAL_FEE_CONFIG } from './annualFee';
import { DEFAULT_ELIGIBILITY_RULES, type EligibilityRules } from './eligibility';
import { DEFAULT_FEE_CAPS, type FeeCaps } from './paymentTerms';
import { DEFAULT_REMINDER_DAYS } from './uptake';

/**
 * The configurable parts of the open-licence rules. [P] rules are code; these are the [T]/[R]/[U] items
 * the project was told to keep adjustable: the minimum term (pilot practice), the fee guidance (2024
 * notice, unverified), the advertising word list, the annual-fee reduction rate (15%, [R]), and the
 * schedule of the background jobs.
 */
export interface OpenLicenceSettings {
  minimumTermMonths: number | null;
  feeCaps: FeeCaps;
  advertisingWords: AdvertisingWord[];
  annualFeeReductionBp: number;
  /** How often published declarations are re-verified, in minutes. */
  reverifyIntervalMinutes: number;
  /** Days before the filing deadline a reminder is sent. */
  filingReminderDays: number[];
}

export const DEFAULT_SETTINGS: OpenLicenceSettings = {
  minimumTermMonths: DEFAULT_ELIGIBILITY_RULES.minimumTermMonths,
  feeCaps: DEFAULT_FEE_CAPS,
  advertisingWords: [...DEFAULT_ADVERTISING_WORDS],
  annualFeeReductionBp: DEFAULT_ANNUAL_FEE_CONFIG.openLicenceReductionBp,
  reverifyIntervalMinutes: 24 * 60,
  filingReminderDays: [...DEFAULT_REMINDER_DAYS],
};

const advertisingWordSchema = z.object({
  word: z.string().trim().min(1).max(40),
  exceptFollowedBy: z.array(z.string().min(1).max(20)).max(100).optional(),
  exceptPrecededBy: z.array(z.string().min(1).max(20)).max(100).optional(),
});

/** Every field optional: a stored or submitted patch is merged over the defaults. */
export const settingsPatchSchema = z
  .object({
    minimumTermMonths: z.number().int().min(1).max(240).nullable(),
    feeCaps: z
      .object({
        fixedFeeFen: z.number().int().min(1),
        netSalesRateBp: z.number().int().min(1).max(10_000),
        profitRateBp: z.number().int().min(1).max(10_000),
      })
      .strict(),
    advertisingWords: z.array(advertisingWordSchema).max(2000),
    annualFeeReductionBp: z.number().int().min(0).max(10_000),
    reverifyIntervalMinutes: z
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60),
    filingReminderDays: z.array(z.number().int().min(1).max(89)).min(1).max(10),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Stored settings over the defaults; an unreadable stored value falls back to the defaults per key. */
export function resolveSettings(stored: unknown): OpenLicenceSettings {
  const parsed = settingsPatchSchema.safeParse(stored ?? {});
  const patch: SettingsPatch = parsed.success ? parsed.data : {};
  return { ...DEFAULT_SETTINGS, ...patch } as OpenLicenceSettings;
}

export function eligibilityRulesOf(settings: OpenLicenceSettings): EligibilityRules {
  return {
    minimumTermMonths: settings.minimumTermMonths,
    feeCaps: settings.feeCaps,
    advertisingWords: settings.advertisingWords,
  };
}
