import { addDays, addYears, type CalendarDate, compareDates } from '../../platform/calendarDate';
import type { PatentType } from './patentType';

/** Patent Law (2020) Art. 42 took effect on 2021-06-01 and raised the design term from 10 to 15 years. */
export const DESIGN_15_YEAR_TERM_FROM: CalendarDate = '2021-06-01';

/**
 * Statutory term in years, counted from the filing date (Patent Law Art. 42): invention 20, utility model 10,
 * design 10 for filings before 2021-06-01 and 15 from that day (the 2020 amendment applies to applications
 * filed on or after its entry into force).
 */
export function termYears(type: PatentType, filingDate: CalendarDate): number {
  switch (type) {
    case 'invention':
      return 20;
    case 'utility_model':
      return 10;
    case 'design':
      return compareDates(filingDate, DESIGN_15_YEAR_TERM_FROM) >= 0 ? 15 : 10;
  }
}

/**
 * The last day of protection: the day before the term's anniversary of the filing date (a patent filed on
 * 2021-11-30 with a 10-year term is protected up to and including 2031-11-29). For a PCT national-phase entry
 * the filing date is the international filing date. Term extensions (examination delay, new drugs) are
 * not derivable from bibliographic data and are not added here.
 */
export function expiryDate(type: PatentType, filingDate: CalendarDate): CalendarDate {
  const anniversary = addYears(filingDate, termYears(type, filingDate));
  return addDays(anniversary, -1);
}
