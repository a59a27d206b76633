package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.cpom.core.rule.ValidationResult;

/**
 * The CPOM rules of one table, as seen by a save: the record is read through the table's generated I_
 * interface, turned into core values, and checked by the core rules. Rules needing other rows ask them with at
 * most one SQL query on {@code connection} (the saving transaction's connection, so uncommitted rows of the same
 * transaction are seen). {@code connection} is null only outside iDempiere when no database is reachable: then
 * only the rules needing no lookup run.
 *
 * @param <R> the I_ interface of the table
 */
public interface SaveRules<R> {

    /** AD_Table.TableName this rule set guards. */
    String tableName();

    /** The I_ interface the record is read through. */
    Class<R> recordType();

    ValidationResult check(SaveType type, R record, Connection connection) throws SQLException;

    /** Untyped entry point used by event handlers and the JDBC store. */
    default ValidationResult checkObject(SaveType type, Object record, Connection connection) throws SQLException {
        return check(type, recordType().cast(record), connection);
    }

    /**
     * The check, plus the columns the save itself sets when it passes (read-only figures, values copied from other
     * rows, who and when for a done flag): the event handler sets them on the PO before iDempiere writes it, the
     * JDBC store writes them with the row. Tables computing nothing keep this default (no extra query).
     *
     * @param userId the saving session's user (Env AD_User_ID), 0 when unknown
     */
    default SaveOutcome checkAndDerive(SaveType type, R record, Connection connection, int userId)
            throws SQLException {
        return new SaveOutcome(check(type, record, connection), Map.of());
    }

    /** Untyped {@link #checkAndDerive}. */
    default SaveOutcome checkAndDeriveObject(SaveType type, Object record, Connection connection, int userId)
            throws SQLException {
        return checkAndDerive(type, recordType().cast(record), connection, userId);
    }
}
