package org.cpom.adapter;

import java.util.ArrayList;
import java.util.List;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.Coded;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.ColumnLimits;
import org.cpom.core.text.TextRules;

/**
 * Collects list columns holding a code outside their list while a record is mapped; local to one validation.
 * Such a value is reported naming the record, the field and the value.
 */
public final class ListCodes {

    private final String table;
    private final List<String> invalidColumns = new ArrayList<>();
    private final List<String> invalidValues = new ArrayList<>();

    public ListCodes(String table) {
        this.table = table;
    }

    <E extends Enum<E> & Coded> E decode(Class<E> type, String column, String code) {
        try {
            return Coded.fromCode(type, code);
        } catch (IllegalArgumentException e) {
            invalidColumns.add(column);
            invalidValues.add(TextRules.shorten(code));
            return null;
        }
    }

    public boolean isEmpty() {
        return invalidColumns.isEmpty();
    }

    /** One violation per column whose code is not in its list. */
    public ValidationResult violations(String recordLabel) {
        ValidationResult.Builder b = ValidationResult.builder();
        for (int i = 0; i < invalidColumns.size(); i++) {
            String column = invalidColumns.get(i);
            b.add(MessageKeys.LIST_VALUE_INVALID, column, Label.of(ColumnLimits.recordTypeKey(table)),
                    TextRules.shorten(recordLabel), Label.field(column), invalidValues.get(i));
        }
        return b.build();
    }
}
