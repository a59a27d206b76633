package org.cpom.plugin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;

import org.compiere.model.MNote;
import org.compiere.util.CLogger;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.cpom.core.i18n.Language;
import org.cpom.plugin.PerimeterGuardCheck.GuardTrigger;

/**
 * Runs {@link PerimeterGuardCheck} once the 2Packs are applied and tells the administrator when the guard triggers
 * are missing, where an iDempiere administrator looks:
 * <ul>
 * <li>a SEVERE entry in the server log (CLogger); iDempiere also turns SEVERE entries into AD_Issue records when
 * AD_System.IsAutoErrorReport is set;</li>
 * <li>a notice (AD_Note) of client System to each user of a System role (System Administrator), as iDempiere's
 * alert processor and scheduler notify each recipient: it is counted on the dashboard's Notice activity when that
 * user logs into client System and listed in the Notice window. One unprocessed notice per user at a time: a
 * restart adds none while the first is not acknowledged.</li>
 * </ul>
 * It runs on the pack-in thread, whose context is client System (Incremental2PackActivator.setupPackInContext).
 */
final class PerimeterGuardAlert implements Runnable {

    /** AD_Message of the notice (its text is in TextMsg, in English then French). */
    static final String NOTICE_MESSAGE = org.cpom.core.i18n.MessageKeys.PERIMETER_GUARD_MISSING;

    @Override
    public void run() {
        CLogger log = CLogger.getCLogger(PerimeterGuardAlert.class);
        try (Connection connection = DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED)) {
            List<GuardTrigger> missing = PerimeterGuardCheck.missing(connection);
            if (missing.isEmpty()) {
                log.info("CPOM perimeter guard present: " + PerimeterGuardCheck.TRIGGERS);
                return;
            }
            String text = PerimeterGuardCheck.message(Language.EN, missing) + "\n\n"
                    + PerimeterGuardCheck.message(Language.FR, missing);
            log.severe(text);
            for (int user : PerimeterGuardCheck.noticeRecipients(connection)) {
                MNote note = new MNote(Env.getCtx(), NOTICE_MESSAGE, user, 0, 0, null);
                note.setReference(PerimeterGuardCheck.NOTICE_REFERENCE);
                note.setTextMsg(text);
                note.saveEx();
            }
        } catch (SQLException | RuntimeException e) {
            // start-up must go on; the failure itself is what the administrator must see
            log.log(Level.SEVERE, "CPOM: the perimeter guard could not be checked / la garde du périmètre CPOM n’a pas"
                    + " pu être vérifiée", e);
        }
    }
}
