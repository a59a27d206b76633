package org.cpom.persistence;

import org.cpom.core.i18n.Language;

/**
 * The tenant boundary iDempiere's PO enforces before every save and delete (release-12 {@code PO.checkCrossTenant}
 * with writing = true): a session logged into a tenant (AD_Client_ID &gt; 0) writes only records of that tenant, and
 * records of client System (0) are refused too; a System session (AD_Client_ID 0) writes any record.
 * {@link JdbcRecordStore} applies the same condition so that tests and the demo refuse what the server refuses.
 * iDempiere's CrossTenantException speaks English only; these texts exist in French and English.
 */
public final class TenantGuard {

    private TenantGuard() {
    }

    /** PO's condition: true when a session of {@code sessionClientId} may not write a record of {@code recordClientId}. */
    public static boolean refusesWrite(int sessionClientId, int recordClientId) {
        return sessionClientId > 0 && recordClientId != sessionClientId;
    }

    /** Throws {@link CrossTenantWriteException} when {@link #refusesWrite} says so; {@code recordId} 0 is a new record. */
    public static void checkWrite(int sessionClientId, String table, int recordId, int recordClientId) {
        if (refusesWrite(sessionClientId, recordClientId)) {
            throw new CrossTenantWriteException(sessionClientId, table, recordId, recordClientId);
        }
    }

    /** The refusal of a process that writes client System records, started from a tenant role. */
    public static String systemOnlyProcess(Language language, int sessionClientId) {
        return language == Language.FR
                ? "Ce processus met à jour des données de référence communes à tous les clients (client Système, 0) :"
                        + " il ne peut pas être lancé depuis le client " + sessionClientId
                        + ". Lancez-le avec un rôle du client Système (System Administrator). Rien n’a été modifié."
                : "This process updates reference data shared by every client (client System, 0): it cannot run"
                        + " from client " + sessionClientId
                        + ". Run it with a role of client System (System Administrator). Nothing was changed.";
    }

    /** A write refused by the tenant boundary; the database is unchanged. */
    public static final class CrossTenantWriteException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int sessionClientId;
        private final String table;
        private final int recordId;
        private final int recordClientId;

        CrossTenantWriteException(int sessionClientId, String table, int recordId, int recordClientId) {
            super(text(Language.EN, sessionClientId, table, recordId, recordClientId) + " / "
                    + text(Language.FR, sessionClientId, table, recordId, recordClientId));
            this.sessionClientId = sessionClientId;
            this.table = table;
            this.recordId = recordId;
            this.recordClientId = recordClientId;
        }

        public String getMessage(Language language) {
            return text(language, sessionClientId, table, recordId, recordClientId);
        }

        public int recordClientId() {
            return recordClientId;
        }

        private static String text(Language language, int session, String table, int id, int owner) {
            boolean fr = language == Language.FR;
            String record = id > 0 ? (fr ? "L’enregistrement " + id + " de " : "Record " + id + " of ") + table
                    : (fr ? "Un nouvel enregistrement de " : "A new record of ") + table;
            String system = owner == 0
                    ? (fr ? " Les données du client Système s’écrivent avec un rôle du client Système."
                            : " Records of client System are written with a role of client System.")
                    : "";
            return fr
                    ? "Écriture entre clients refusée : " + record + " appartient au client " + owner
                            + ", la session travaille dans le client " + session + "." + system
                    : "Cross-tenant write refused: " + record + " belongs to client " + owner
                            + ", the session works in client " + session + "." + system;
        }
    }
}
