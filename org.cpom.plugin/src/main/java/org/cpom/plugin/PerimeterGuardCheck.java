package org.cpom.plugin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cpom.core.i18n.Language;

/**
 * Start-up check of the perimeter guard: the two PostgreSQL triggers the 2Pack creates (perimeter_guard.sql of the
 * dictionary) that stop two racing transactions from putting one establishment into two overlapping contracts.
 * iDempiere's SQLStatement handler only logs a failed CREATE TRIGGER ("failed but ignored") and the pack still
 * reports success, so the plugin looks for the triggers itself after pack-in. Without them the save rules still
 * refuse every overlap a single transaction can see; only concurrent saves are unguarded.
 *
 * <p>Plain JDBC so that it runs on any connection: the iDempiere start-up hook and embedded PostgreSQL in tests.
 */
public final class PerimeterGuardCheck {

    /** A guard trigger and the table it is on (PostgreSQL folds both names to lower case). */
    public record GuardTrigger(String name, String table) {
        @Override
        public String toString() {
            return name + " (" + table + ")";
        }
    }

    /** The triggers of perimeter_guard.sql. */
    public static final List<GuardTrigger> TRIGGERS = List.of(
            new GuardTrigger("cpom_perimeter_line", "cpom_contractestablishment"),
            new GuardTrigger("cpom_perimeter_contract", "cpom_contract"));

    /** AD_Note.Reference of the administrator notice, also used to avoid one notice per restart. */
    public static final String NOTICE_REFERENCE = "CPOM perimeter guard missing / garde du périmètre CPOM absente";

    /**
     * Enabled triggers on tables visible in the search path ('O' fires in normal sessions, 'A' always; 'D' is
     * disabled and 'R' fires only in replica sessions).
     */
    static final String TRIGGERS_SQL = "SELECT lower(t.tgname), lower(c.relname) FROM pg_trigger t "
            + "JOIN pg_class c ON c.oid=t.tgrelid WHERE NOT t.tgisinternal AND t.tgenabled IN ('O','A') "
            + "AND pg_table_is_visible(c.oid) AND lower(t.tgname) LIKE 'cpom\\_%'";

    static final String OPEN_NOTICE_SQL = "SELECT COUNT(*) FROM AD_Note WHERE AD_Client_ID=0 AND Processed='N' "
            + "AND Reference=?";

    private PerimeterGuardCheck() {
    }

    /** The guard triggers that are absent or disabled, in {@link #TRIGGERS} order (empty when the guard is whole). */
    public static List<GuardTrigger> missing(Connection connection) throws SQLException {
        Set<GuardTrigger> present = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(TRIGGERS_SQL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                present.add(new GuardTrigger(rs.getString(1), rs.getString(2)));
            }
        }
        List<GuardTrigger> missing = new ArrayList<>();
        for (GuardTrigger t : TRIGGERS) {
            if (!present.contains(new GuardTrigger(t.name().toLowerCase(Locale.ROOT), t.table()))) {
                missing.add(t);
            }
        }
        return missing;
    }

    /** True when an unprocessed notice of the System client about the guard is already waiting. */
    public static boolean noticeWaiting(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(OPEN_NOTICE_SQL)) {
            ps.setString(1, NOTICE_REFERENCE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** What the administrator reads: what is missing, what it means, how to restore it. */
    public static String message(Language language, List<GuardTrigger> missing) {
        String names = String.join(", ", missing.stream().map(GuardTrigger::toString).toList());
        if (language == Language.FR) {
            return "CPOM : garde du périmètre incomplète, déclencheur(s) absent(s) ou désactivé(s) dans la base : "
                    + names + ". Les règles d’enregistrement refusent toujours un établissement dans deux contrats"
                    + " dont les périodes se chevauchent, mais deux enregistrements simultanés ne sont plus"
                    + " protégés. Rétablissez-les en exécutant, avec l’utilisateur propriétaire de la base"
                    + " iDempiere, la dernière section (« Perimeter concurrency guard ») de db/postgresql/cpom_schema.sql"
                    + " dans le bundle org.cpom.plugin (fonctions et déclencheurs cpom_perimeter_*).";
        }
        return "CPOM: perimeter guard incomplete, trigger(s) missing or disabled in the database: " + names
                + ". The save rules still refuse an establishment in two contracts whose periods overlap, but two"
                + " simultaneous saves are no longer guarded. Restore them by running, as the owner of the"
                + " iDempiere database, the last section (\"Perimeter concurrency guard\") of db/postgresql/cpom_schema.sql"
                + " in the org.cpom.plugin bundle (functions and triggers cpom_perimeter_*).";
    }
}
