package org.cpom.core.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;

/**
 * CPOM_Contract.AlertLeadDays: how many days before a due date the responsible users are alerted, e.g.
 * {@code "90,30,7"} (the column's default, {@link #DEFAULT}). Each item is a whole number of days from 0 (on the
 * due date) to {@link #MAX_DAYS}; spaces around items are allowed; an empty item, a duplicate or anything else is
 * refused with a message naming the contract and the item.
 *
 * @param days the lead days, largest first, without duplicates
 */
public record AlertLeadDays(List<Integer> days) {

    /** The column default. */
    public static final String DEFAULT = "90,30,7";
    /** Two years: further ahead than any CPOM deadline needs. */
    public static final int MAX_DAYS = 730;

    public AlertLeadDays {
        List<Integer> sorted = new ArrayList<>(days);
        sorted.sort(Collections.reverseOrder());
        days = List.copyOf(sorted);
    }

    /** The lead days of {@link #DEFAULT}. */
    public static AlertLeadDays defaults() {
        return new AlertLeadDays(List.of(90, 30, 7));
    }

    /** The problems of a value (valid for null or blank: the default applies). */
    public static ValidationResult validate(String contractLabel, String value) {
        ValidationResult.Builder b = ValidationResult.builder();
        parse(contractLabel, value, b);
        return b.build();
    }

    /**
     * Parses a value; null or blank gives {@link #defaults()}.
     *
     * @throws org.cpom.core.rule.CpomValidationException when {@link #validate} fails
     */
    public static AlertLeadDays parse(String contractLabel, String value) {
        ValidationResult.Builder b = ValidationResult.builder();
        AlertLeadDays parsed = parse(contractLabel, value, b);
        b.build().throwIfInvalid();
        return parsed;
    }

    private static AlertLeadDays parse(String contractLabel, String value, ValidationResult.Builder b) {
        if (value == null || value.isBlank()) {
            return defaults();
        }
        List<Integer> days = new ArrayList<>();
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        for (String raw : value.split(",", -1)) {
            String item = raw.strip();
            String itemShown = item.length() > 20 ? item.substring(0, 20) + "…" : item;
            int n;
            try {
                if (!item.matches("-?\\d{1,9}")) {
                    throw new NumberFormatException(item);
                }
                n = Integer.parseInt(item);
            } catch (NumberFormatException e) {
                b.add(MessageKeys.ALERT_LEAD_DAYS_NOT_NUMBER, "AlertLeadDays", contractLabel, itemShown, shown);
                continue;
            }
            if (n < 0 || n > MAX_DAYS) {
                b.add(MessageKeys.ALERT_LEAD_DAYS_RANGE, "AlertLeadDays", contractLabel, n, MAX_DAYS);
            } else if (days.contains(n)) {
                b.add(MessageKeys.ALERT_LEAD_DAYS_DUPLICATE, "AlertLeadDays", contractLabel, n);
            } else {
                days.add(n);
            }
        }
        return new AlertLeadDays(days);
    }
}
