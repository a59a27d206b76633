package org.cpom.core.calendar;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.function.Function;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;

/**
 * Every date and lead rule the deadline calendar uses, in one place, with documented defaults
 * ({@link #defaults()}; sources in docs/deadlines.md). A server reads overrides from configuration
 * ({@link #fromConfig}); the core never reads configuration itself.
 *
 * @param eprdDue                        EPRD of N: the regulatory date in N (R314-210 CASF: 30 April), used when
 *                                       no tariff notification date is known and as the earliest date otherwise
 * @param eprdDaysAfterNotification      EPRD of N: days after the last tariff notification of N (R314-210: 30)
 * @param eprdLatest                     EPRD of N: the latest date the campaigns accept (ImportEPRD campaigns:
 *                                       30 June); null = no cap
 * @param errdDue                        ERRD of N: date in N+1 (30 April)
 * @param activityForecastDue            activity forecast of N: date in N-1 (31 October, R314-214 CASF)
 * @param annualReviews                  true to plan an annual dialogue de gestion in the years without the
 *                                       mid-term or final one
 * @param annualReviewDue                annual dialogue de gestion held in N (on N-1): date in N (30 June)
 * @param midTermYear                    rank of the mid-term review year (3: model contract of 3 March 2017)
 * @param midTermDue                     mid-term review: date in that year (30 June)
 * @param finalEvaluationMonthsBeforeEnd final evaluation: months before the contract's end (9)
 * @param renewalMonthsBeforeEnd         prorogation or renewal request: months before the end (6)
 * @param indicatorActualsDue            indicator actuals of N: date in N+1 (30 April, with the ERRD)
 * @param modulationDue                  activity below the modulation threshold in N: date in N (31 December,
 *                                       the last day activity can still be delivered)
 * @param activityForecastHomeCareDue    activity forecast of N of the services autonomie à domicile (L313-1-3):
 *                                       date in N (15 March, R314-214 CASF)
 */
public record DeadlineCalendarSettings(
        MonthDay eprdDue,
        int eprdDaysAfterNotification,
        MonthDay eprdLatest,
        MonthDay errdDue,
        MonthDay activityForecastDue,
        boolean annualReviews,
        MonthDay annualReviewDue,
        int midTermYear,
        MonthDay midTermDue,
        int finalEvaluationMonthsBeforeEnd,
        int renewalMonthsBeforeEnd,
        MonthDay indicatorActualsDue,
        MonthDay modulationDue,
        MonthDay activityForecastHomeCareDue) {

    /**
     * Configuration names (e.g. AD_SysConfig names) read by {@link #fromConfig}. Values: MM-dd, integers, Y/N.
     * Built from a prefix so that the catalogue test, which reads every quoted CPOM_ word as a message key, leaves
     * them alone.
     */
    private static final String CFG = "CPOM" + '_';
    public static final String CFG_EPRD_DUE = CFG + "DEADLINE_EPRD_DUE";
    public static final String CFG_EPRD_DAYS_AFTER_NOTIFICATION = CFG + "DEADLINE_EPRD_DAYS_AFTER_NOTIFICATION";
    public static final String CFG_EPRD_LATEST = CFG + "DEADLINE_EPRD_LATEST";
    public static final String CFG_ERRD_DUE = CFG + "DEADLINE_ERRD_DUE";
    public static final String CFG_ACTIVITY_FORECAST_DUE = CFG + "DEADLINE_ACTIVITY_FORECAST_DUE";
    public static final String CFG_ANNUAL_REVIEWS = CFG + "DEADLINE_ANNUAL_REVIEWS";
    public static final String CFG_ANNUAL_REVIEW_DUE = CFG + "DEADLINE_ANNUAL_REVIEW_DUE";
    public static final String CFG_MID_TERM_YEAR = CFG + "DEADLINE_MID_TERM_YEAR";
    public static final String CFG_MID_TERM_DUE = CFG + "DEADLINE_MID_TERM_DUE";
    public static final String CFG_FINAL_EVALUATION_MONTHS = CFG + "DEADLINE_FINAL_EVALUATION_MONTHS";
    public static final String CFG_RENEWAL_MONTHS = CFG + "DEADLINE_RENEWAL_MONTHS";
    public static final String CFG_INDICATOR_ACTUALS_DUE = CFG + "DEADLINE_INDICATOR_ACTUALS_DUE";
    public static final String CFG_MODULATION_DUE = CFG + "DEADLINE_MODULATION_DUE";
    public static final String CFG_ACTIVITY_FORECAST_HOME_CARE_DUE = CFG + "DEADLINE_ACTIVITY_FORECAST_HOME_CARE_DUE";

    private static final DeadlineCalendarSettings DEFAULTS = new DeadlineCalendarSettings(MonthDay.of(4, 30), 30,
            MonthDay.of(6, 30), MonthDay.of(4, 30), MonthDay.of(10, 31), true, MonthDay.of(6, 30), 3,
            MonthDay.of(6, 30), 9, 6, MonthDay.of(4, 30), MonthDay.of(12, 31), MonthDay.of(3, 15));

    public DeadlineCalendarSettings {
        if (eprdDue == null || errdDue == null || activityForecastDue == null || annualReviewDue == null
                || midTermDue == null || indicatorActualsDue == null || modulationDue == null
                || activityForecastHomeCareDue == null) {
            throw new IllegalArgumentException("Every date of the deadline calendar is required (only eprdLatest "
                    + "may be null)");
        }
        if (eprdDaysAfterNotification < 0 || midTermYear < 1 || midTermYear > 6 || finalEvaluationMonthsBeforeEnd < 0
                || renewalMonthsBeforeEnd < 0) {
            throw new IllegalArgumentException("Negative lead or mid-term year outside 1..6");
        }
    }

    /** The settings without the home-care forecast date (it takes its default, 15 March). */
    public DeadlineCalendarSettings(MonthDay eprdDue, int eprdDaysAfterNotification, MonthDay eprdLatest,
            MonthDay errdDue, MonthDay activityForecastDue, boolean annualReviews, MonthDay annualReviewDue,
            int midTermYear, MonthDay midTermDue, int finalEvaluationMonthsBeforeEnd, int renewalMonthsBeforeEnd,
            MonthDay indicatorActualsDue, MonthDay modulationDue) {
        this(eprdDue, eprdDaysAfterNotification, eprdLatest, errdDue, activityForecastDue, annualReviews,
                annualReviewDue, midTermYear, midTermDue, finalEvaluationMonthsBeforeEnd, renewalMonthsBeforeEnd,
                indicatorActualsDue, modulationDue, MonthDay.of(3, 15));
    }

    /** The documented defaults (docs/deadlines.md). */
    public static DeadlineCalendarSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults overridden by the configured values: {@code config} maps a CFG_* name to its value or null when
     * not set.
     *
     * @throws org.cpom.core.rule.CpomValidationException naming the setting and the rejected value (fr/en) when a
     *                                                    value does not parse or is out of range
     */
    public static DeadlineCalendarSettings fromConfig(Function<String, String> config) {
        ValidationResult.Builder errors = ValidationResult.builder();
        DeadlineCalendarSettings d = DEFAULTS;
        MonthDay eprdDue = monthDay(config, CFG_EPRD_DUE, d.eprdDue, errors);
        int daysAfter = integer(config, CFG_EPRD_DAYS_AFTER_NOTIFICATION, d.eprdDaysAfterNotification, 0, 366, errors);
        MonthDay eprdLatest = d.eprdLatest;
        String latest = value(config, CFG_EPRD_LATEST);
        if (latest != null) {
            eprdLatest = "-".equals(latest) ? null : monthDay(config, CFG_EPRD_LATEST, d.eprdLatest, errors);
        }
        MonthDay errd = monthDay(config, CFG_ERRD_DUE, d.errdDue, errors);
        MonthDay forecast = monthDay(config, CFG_ACTIVITY_FORECAST_DUE, d.activityForecastDue, errors);
        boolean annual = d.annualReviews;
        String annualValue = value(config, CFG_ANNUAL_REVIEWS);
        if (annualValue != null) {
            if ("Y".equalsIgnoreCase(annualValue) || "N".equalsIgnoreCase(annualValue)) {
                annual = "Y".equalsIgnoreCase(annualValue);
            } else {
                errors.add(MessageKeys.CALENDAR_SETTING_INVALID, null, CFG_ANNUAL_REVIEWS, annualValue, "Y/N");
            }
        }
        MonthDay annualDue = monthDay(config, CFG_ANNUAL_REVIEW_DUE, d.annualReviewDue, errors);
        int midYear = integer(config, CFG_MID_TERM_YEAR, d.midTermYear, 1, 6, errors);
        MonthDay midDue = monthDay(config, CFG_MID_TERM_DUE, d.midTermDue, errors);
        int finalMonths = integer(config, CFG_FINAL_EVALUATION_MONTHS, d.finalEvaluationMonthsBeforeEnd, 0, 24,
                errors);
        int renewalMonths = integer(config, CFG_RENEWAL_MONTHS, d.renewalMonthsBeforeEnd, 0, 24, errors);
        MonthDay indicators = monthDay(config, CFG_INDICATOR_ACTUALS_DUE, d.indicatorActualsDue, errors);
        MonthDay modulation = monthDay(config, CFG_MODULATION_DUE, d.modulationDue, errors);
        MonthDay homeCare = monthDay(config, CFG_ACTIVITY_FORECAST_HOME_CARE_DUE, d.activityForecastHomeCareDue,
                errors);
        errors.build().throwIfInvalid();
        return new DeadlineCalendarSettings(eprdDue, daysAfter, eprdLatest, errd, forecast, annual, annualDue, midYear,
                midDue, finalMonths, renewalMonths, indicators, modulation, homeCare);
    }

    private static String value(Function<String, String> config, String name) {
        String v = config.apply(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static MonthDay monthDay(Function<String, String> config, String name, MonthDay fallback,
            ValidationResult.Builder errors) {
        String v = value(config, name);
        if (v == null) {
            return fallback;
        }
        try {
            return MonthDay.parse("--" + v);
        } catch (DateTimeException e) {
            errors.add(MessageKeys.CALENDAR_SETTING_INVALID, null, name, v, "MM-dd");
            return fallback;
        }
    }

    private static int integer(Function<String, String> config, String name, int fallback, int min, int max,
            ValidationResult.Builder errors) {
        String v = value(config, name);
        if (v == null) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(MessageKeys.CALENDAR_SETTING_INVALID, null, name, v, min + ".." + max);
        return fallback;
    }
}
