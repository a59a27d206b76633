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

    /** AD_Note.Reference of the administrator notices, also used to avoid one notice per restart. */
    public static final String NOTICE_REFERENCE = "CPOM perimeter guard missing / garde du périmètre CPOM absente";

    /**
     * Enabled triggers on tables visible in the search path ('O' fires in normal sessions, 'A' always; 'D' is
     * disabled and 'R' fires only in replica sessions).
     */
    static final String TRIGGERS_SQL = "SELECT lower(t.tgname), lower(c.relname) FROM pg_trigger t "
            + "JOIN pg_class c ON c.oid=t.tgrelid WHERE NOT t.tgisinternal AND t.tgenabled IN ('O','A') "
            + "AND pg_table_is_visible(c.oid) AND lower(t.tgname) LIKE 'cpom\\_%'";

    /**
     * Who gets the notice: the active users of an active role of client System (the System Administrator role and
     * the like), as iDempiere's alert and scheduler address each recipient by user, except those who already have an
     * unprocessed notice about the guard (a restart adds no second one). AD_User_ID 0 cannot be a recipient:
     * X_AD_Note.setAD_User_ID stores NULL for it, and the dashboard then counts the notice for nobody.
     */
    static final String RECIPIENTS_SQL = "SELECT DISTINCT ur.AD_User_ID FROM AD_User_Roles ur "
            + "JOIN AD_Role r ON r.AD_Role_ID=ur.AD_Role_ID JOIN AD_User u ON u.AD_User_ID=ur.AD_User_ID "
            + "WHERE r.AD_Client_ID=0 AND ur.IsActive='Y' AND r.IsActive='Y' AND u.IsActive='Y' AND ur.AD_User_ID>0 "
            + "AND NOT EXISTS (SELECT 1 FROM AD_Note n WHERE n.AD_Client_ID=0 AND n.AD_User_ID=ur.AD_User_ID "
            + "AND n.Processed='N' AND n.Reference=?) ORDER BY 1";

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

    /** The System users to notify now (see {@link #RECIPIENTS_SQL}), in id order. */
    public static List<Integer> noticeRecipients(Connection connection) throws SQLException {
        List<Integer> users = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(RECIPIENTS_SQL)) {
            ps.setString(1, NOTICE_REFERENCE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.add(rs.getInt(1));
                }
            }
        }
        return users;
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
