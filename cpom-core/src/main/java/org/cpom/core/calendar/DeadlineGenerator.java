package org.cpom.core.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.contract.ContractPeriod;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Contract;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.PerimeterMember;

/**
 * Generates the deadlines of a contract for every year of its period (docs/deadlines.md gives each date and its
 * source). Keys are stable across recomputations so that {@link DeadlinePlan#merge} can tell an update from an
 * insert:
 * <ul>
 * <li>{@code EPRD/<N>}, {@code ERRD/<N>}, {@code ACTF/<N>} ({@code ACTF/<N>/SAD} for the services autonomie à
 * domicile): only when an establishment of the perimeter files an EPRD in year N ({@link EprdScope});</li>
 * <li>{@code ANRV/<N>}, {@code MIDR/<N>}, {@code FEVL/<last year>}, {@code RENW/<year of DateTo>}: the end year in
 * the key, so that after a prorogation the request for the old end (kept when done) and the one for the new end
 * are two deadlines;</li>
 * <li>{@code ACTS/<sheet id>} ({@code ACTS/<Value>} for a sheet not stored yet), {@code INDV/<indicator id>/<N>},
 * {@code MODU/<establishment id>/<N>}.</li>
 * </ul>
 * Names are rendered in {@code language} (the client's language) and cut to 60 characters.
 */
public final class DeadlineGenerator {

    private DeadlineGenerator() {
    }

    /** The deadlines of the contract, ordered by due date then key; empty when the period is incomplete. */
    public static List<Deadline> generate(CalendarInput in, DeadlineCalendarSettings s, Language language) {
        Contract c = in.contract();
        List<Integer> years = ContractPeriod.years(c);
        if (years.isEmpty()) {
            return List.of();
        }
        Map<String, Deadline> out = new LinkedHashMap<>();
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        for (int year : years) {
            EprdFilers filers = eprdFilers(in, year);
            if (filers.any()) {
                add(out, eprd(in, s, language, year));
                add(out, yearly(DeadlineType.ERRD, year, s.errdDue().atYear(year + 1), Responsible.ACCOUNTANT,
                        MessageKeys.DEADLINE_NAME_ERRD, MessageKeys.DEADLINE_REF_ERRD, language));
                // R314-214: the forecast activity table by 31 October N-1, by 15 March N for the services autonomie
                // à domicile; none when that date falls before the contract (the first year's is in the contract)
                LocalDate forecast = s.activityForecastDue().atYear(year - 1);
                if (filers.others() && !forecast.isBefore(c.dateFrom())) {
                    add(out, yearly(DeadlineType.ACTIVITY_FORECAST, year, forecast, Responsible.ACCOUNTANT,
                            MessageKeys.DEADLINE_NAME_ACTF, MessageKeys.DEADLINE_REF_ACTF, language));
                }
                LocalDate homeCare = s.activityForecastHomeCareDue().atYear(year);
                if (filers.homeCare() && !homeCare.isBefore(c.dateFrom())) {
                    add(out, new Deadline(0, "ACTF/" + year + "/SAD", DeadlineType.ACTIVITY_FORECAST, year,
                            name(language, MessageKeys.DEADLINE_NAME_ACTF_HOME_CARE, year), homeCare,
                            ref(language, MessageKeys.DEADLINE_REF_ACTF_HOME_CARE), Responsible.ACCOUNTANT, 0, 0, 0,
                            0, null, false, null));
                }
            }
            int rank = ContractPeriod.yearNumber(c, year);
            if (rank == s.midTermYear() && year < last) {
                add(out, new Deadline(0, "MIDR/" + year, DeadlineType.MID_TERM_REVIEW, year,
                        name(language, MessageKeys.DEADLINE_NAME_MIDR, year, rank), s.midTermDue().atYear(year),
                        ref(language, MessageKeys.DEADLINE_REF_MIDR), Responsible.CONTRACT_MANAGER, 0, 0, 0, 0, null,
                        false, null));
            } else if (s.annualReviews() && year > first && year < last) {
                add(out, yearly(DeadlineType.ANNUAL_REVIEW, year, s.annualReviewDue().atYear(year),
                        Responsible.CONTRACT_MANAGER, MessageKeys.DEADLINE_NAME_ANRV, MessageKeys.DEADLINE_REF_ANRV,
                        language));
            }
        }
        LocalDate evaluation = notBefore(c.dateTo().minusMonths(s.finalEvaluationMonthsBeforeEnd()), c.dateFrom());
        add(out, new Deadline(0, "FEVL/" + last, DeadlineType.FINAL_EVALUATION, last,
                name(language, MessageKeys.DEADLINE_NAME_FEVL, last), evaluation,
                ref(language, MessageKeys.DEADLINE_REF_FEVL), Responsible.CONTRACT_MANAGER, 0, 0, 0, 0, null, false,
                null));
        LocalDate renewal = notBefore(c.dateTo().minusMonths(s.renewalMonthsBeforeEnd()), c.dateFrom());
        add(out, new Deadline(0, "RENW/" + c.dateTo().getYear(), DeadlineType.RENEWAL_REQUEST, renewal.getYear(),
                name(language, c.extended() ? MessageKeys.DEADLINE_NAME_RENEWAL : MessageKeys.DEADLINE_NAME_RENW,
                        c.dateTo()),
                renewal, ref(language, MessageKeys.DEADLINE_REF_RENW), Responsible.CONTRACT_MANAGER, 0, 0, 0, 0, null,
                false, null));
        Map<Integer, ActionSheet> sheetsById = new HashMap<>();
        for (ActionSheet sheet : in.actionSheets()) {
            sheetsById.put(sheet.id(), sheet);
            Deadline d = actionSheet(sheet, language);
            if (d != null) {
                add(out, d);
            }
        }
        for (Indicator indicator : in.indicators()) {
            if (!indicator.active() || indicator.id() <= 0) {
                continue;
            }
            ActionSheet sheet = indicator.actionSheetId() > 0 ? sheetsById.get(indicator.actionSheetId()) : null;
            int pilot = sheet == null ? 0 : sheet.pilotUserId();
            for (int year : years) {
                add(out, new Deadline(0, "INDV/" + indicator.id() + "/" + year, DeadlineType.INDICATOR_VALUES, year,
                        name(language, MessageKeys.DEADLINE_NAME_INDV, year, indicator.label()),
                        s.indicatorActualsDue().atYear(year + 1), ref(language, MessageKeys.DEADLINE_REF_INDV),
                        pilot > 0 ? Responsible.PILOT : Responsible.CONTRACT_MANAGER, pilot, 0,
                        indicator.actionSheetId(), indicator.id(), null, false, null));
            }
        }
        for (ModulationRisk.Assessment risk : in.modulationRisks()) {
            if (risk.atRisk() && ContractPeriod.containsYear(c, risk.fiscalYear())) {
                add(out, new Deadline(0, "MODU/" + risk.establishmentId() + "/" + risk.fiscalYear(),
                        DeadlineType.MODULATION, risk.fiscalYear(),
                        name(language, MessageKeys.DEADLINE_NAME_MODU, risk.fiscalYear(), risk.establishmentName()),
                        s.modulationDue().atYear(risk.fiscalYear()), modulationRef(language, risk),
                        Responsible.CONTRACT_MANAGER, 0, risk.establishmentId(), 0, 0, risk.amountAtRisk(), false,
                        null));
            }
        }
        List<Deadline> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::key));
        return List.copyOf(list);
    }

    /**
     * Due date of the EPRD of {@code year}: without a known notification, {@link DeadlineCalendarSettings#eprdDue()}
     * of the year; with one, the notification + {@code eprdDaysAfterNotification} days, never before eprdDue and never
     * after {@link DeadlineCalendarSettings#eprdLatest()} (when set).
     */
    public static LocalDate eprdDueDate(int year, LocalDate lastNotification, DeadlineCalendarSettings s) {
        LocalDate regulatory = s.eprdDue().atYear(year);
        if (lastNotification == null) {
            return regulatory;
        }
        LocalDate due = lastNotification.plusDays(s.eprdDaysAfterNotification());
        if (due.isBefore(regulatory)) {
            due = regulatory;
        }
        if (s.eprdLatest() != null) {
            LocalDate latest = s.eprdLatest().atYear(year);
            if (due.isAfter(latest) && !latest.isBefore(regulatory)) {
                due = latest;
            }
        }
        return due;
    }

    private static Deadline eprd(CalendarInput in, DeadlineCalendarSettings s, Language language, int year) {
        return yearly(DeadlineType.EPRD, year, eprdDueDate(year, in.lastTariffNotifications().get(year), s),
                Responsible.ACCOUNTANT, MessageKeys.DEADLINE_NAME_EPRD, MessageKeys.DEADLINE_REF_EPRD, language);
    }

    /** Which establishments present in a year file the EPRD: home-care services (L313-1-3) and the others. */
    private record EprdFilers(boolean homeCare, boolean others) {
        boolean any() {
            return homeCare || others;
        }
    }

    private static EprdFilers eprdFilers(CalendarInput in, int year) {
        boolean homeCare = false;
        boolean others = false;
        for (PerimeterMember m : in.perimeter()) {
            boolean present = (m.dateJoined() == null || m.dateJoined().getYear() <= year)
                    && (m.dateLeft() == null || m.dateLeft().getYear() >= year);
            if (present && EprdScope.filesEprd(in.contract().legalBasis(), m, in.eprdRequested())) {
                if (m.family() == EsmsCategory.Family.HOME_CARE) {
                    homeCare = true;
                } else {
                    others = true;
                }
            }
        }
        return new EprdFilers(homeCare, others);
    }

    private static Deadline actionSheet(ActionSheet sheet, Language language) {
        if (sheet.dueDate() == null || sheet.actionStatus() == ActionStatus.ABANDONED) {
            return null;
        }
        String ref = sheet.id() > 0 ? String.valueOf(sheet.id()) : sheet.value();
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String key = cut("ACTS/" + ref.strip(), Deadline.KEY_MAX_LENGTH);
        boolean done = sheet.actionStatus() == ActionStatus.DONE;
        return new Deadline(0, key, DeadlineType.ACTION_SHEET, sheet.dueDate().getYear(),
                name(language, MessageKeys.DEADLINE_NAME_ACTS, sheet.label()), sheet.dueDate(),
                ref(language, MessageKeys.DEADLINE_REF_ACTS), Responsible.PILOT, sheet.pilotUserId(), 0, sheet.id(), 0,
                null, done, null);
    }

    private static Deadline yearly(DeadlineType type, int year, LocalDate due, Responsible responsible,
            String nameKey, String refKey, Language language) {
        return new Deadline(0, type.code() + "/" + year, type, year, name(language, nameKey, year), due,
                ref(language, refKey), responsible, 0, 0, 0, 0, null, false, null);
    }

    private static String modulationRef(Language language, ModulationRisk.Assessment risk) {
        String key = risk.rule() == org.cpom.core.activity.ModulationRule.SHORTFALL_POINTS
                ? MessageKeys.DEADLINE_REF_MODU_POINTS : MessageKeys.DEADLINE_REF_MODU_PRO_RATA;
        return cut(Messages.format(language, key, risk.rate(), risk.threshold(), risk.amountAtRisk()),
                Deadline.LEGAL_REFERENCE_MAX_LENGTH);
    }

    private static String name(Language language, String key, Object... args) {
        return cut(Messages.format(language, key, args), Deadline.NAME_MAX_LENGTH);
    }

    private static String ref(Language language, String key) {
        return cut(Messages.format(language, key), Deadline.LEGAL_REFERENCE_MAX_LENGTH);
    }

    private static LocalDate notBefore(LocalDate date, LocalDate floor) {
        return date.isBefore(floor) ? floor : date;
    }

    private static void add(Map<String, Deadline> out, Deadline d) {
        out.putIfAbsent(d.key(), d);
    }

    static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end) + "…";
    }

    /** Sum of the amounts at risk of the generated MODU deadlines (0 when none). */
    public static BigDecimal amountAtRisk(List<Deadline> deadlines) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Deadline d : deadlines) {
            if (d.type() == DeadlineType.MODULATION && d.amount() != null) {
                sum = sum.add(d.amount());
            }
        }
        return sum;
    }
}
