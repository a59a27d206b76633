package org.cpom.core.text;

import java.util.Map;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;

/**
 * Length and mandatory checks of text columns. SQL metacharacters (quotes, semicolons, comment dashes,
 * backslashes) are ordinary text here: the persistence layer binds parameters, so nothing is rejected for them.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Rejects a value longer than its column allows, naming the record and the field.
     * Length is counted in Java chars' code points so a 10,000-character input is measured, never truncated.
     */
    public static ValidationResult checkLength(String table, String column, String value, String recordLabel) {
        if (value == null) {
            return ValidationResult.ok();
        }
        int max = ColumnLimits.maxLength(table, column);
        if (max < 0) {
            throw new IllegalArgumentException("Unknown text column " + table + "." + column);
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            return ValidationResult.of(MessageKeys.TEXT_TOO_LONG, column, Label.of(ColumnLimits.recordTypeKey(table)),
                    shorten(recordLabel), Label.field(column), length, max);
        }
        return ValidationResult.ok();
    }

    /** Checks several columns of one record at once (column → value). */
    public static ValidationResult checkLengths(String table, Map<String, String> values, String recordLabel) {
        ValidationResult.Builder b = ValidationResult.builder();
        values.forEach((column, value) -> b.add(checkLength(table, column, value, recordLabel)));
        return b.build();
    }

    /** A mandatory text must be present and not blank. */
    public static ValidationResult checkMandatory(String table, String column, String value, String recordLabel) {
        if (value == null || value.isBlank()) {
            return mandatory(table, column, recordLabel);
        }
        return ValidationResult.ok();
    }

    /** The generic "field is mandatory" violation for any column. */
    public static ValidationResult mandatory(String table, String column, String recordLabel) {
        return ValidationResult.of(MessageKeys.FIELD_MANDATORY, column, Label.of(ColumnLimits.recordTypeKey(table)),
                shorten(recordLabel), Label.field(column));
    }

    /** A list column holding a code outside its list (e.g. a hostile FunctionalGroup "C9"). */
    public static ValidationResult invalidListValue(String table, String column, String code, String recordLabel) {
        return ValidationResult.of(MessageKeys.LIST_VALUE_INVALID, column, Label.of(ColumnLimits.recordTypeKey(table)),
                shorten(recordLabel), Label.field(column), shorten(code));
    }

    /** Record labels taken from user text are cut so that a hostile 10,000-char name cannot flood a message. */
    public static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() > 60 ? label.substring(0, 60) + "…" : label;
    }
}
