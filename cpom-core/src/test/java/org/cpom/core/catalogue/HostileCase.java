package org.cpom.core.catalogue;

import java.util.Map;
import java.util.function.Supplier;

import org.cpom.core.rule.ValidationResult;

/**
 * One hostile input: the record as the user would save it (its table, its column values), the message key it
 * must be rejected with, and the core check that rejects it. The iDempiere layer replays {@link #columns()}
 * through real POs and proves the database unchanged.
 *
 * @param id          stable identifier, e.g. {@code EST-FINESS-KEY-EG}
 * @param operation   SAVE (insert/update of {@code record}), DELETE, COMPLETE (sign), STATUS (doc action),
 *                    APPLY (amendment), GENERATE (budget years), RENEW, or UPDATE_SIGNED (change of a signed header)
 * @param record      the hostile domain record (see {@link Columns#of(Object)})
 */
public record HostileCase(String id, String operation, String description, Object record, String expectedKey,
        Supplier<ValidationResult> check) {

    public String table() {
        return Columns.tableOf(record);
    }

    public Map<String, Object> columns() {
        return Columns.of(record);
    }

    public ValidationResult run() {
        return check.get();
    }

    @Override
    public String toString() {
        return id;
    }
}
