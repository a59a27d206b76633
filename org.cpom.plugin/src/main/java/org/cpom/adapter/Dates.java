package org.cpom.adapter;

import java.sql.Timestamp;
import java.time.LocalDate;

/** Conversions between iDempiere's Timestamp columns and the core's LocalDate. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate toLocalDate(Timestamp ts) {
        return ts == null ? null : ts.toLocalDateTime().toLocalDate();
    }

    public static Timestamp toTimestamp(LocalDate date) {
        return date == null ? null : Timestamp.valueOf(date.atStartOfDay());
    }

    public static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return toLocalDate(ts);
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.util.Date d) {
            return new Timestamp(d.getTime()).toLocalDateTime().toLocalDate();
        }
        throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
    }
}
