package org.cpom.event;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.adempiere.base.event.IEventManager;
import org.adempiere.base.event.IEventTopics;
import org.compiere.model.PO;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.persistence.PoRecordStore;
import org.cpom.service.DeadlineService;
import org.cpom.service.SysConfigSettings;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Keeps a contract's deadline calendar in step with the contract (DS component on the after-save events): after
 * its period or legal basis changes (an avenant applied by ApplyAmendment, a prorogation, DateTo of a draft), after
 * a perimeter line is added, changed or removed, after an action sheet's due date, status, pilot or name changes,
 * after an activity row is saved (its modulation risk makes or withdraws a MODU deadline before the year ends).
 * Only a contract whose calendar was generated once is recomputed ({@link DeadlineService#recomputeIfCalendar});
 * the writes go through POs in the saving transaction, so a refused deadline makes the whole save fail.
 */
@Component(service = EventHandler.class, immediate = true, property = {
                "event.topics=adempiere/po/afterNew",
                "event.topics=adempiere/po/afterChange",
                "event.topics=adempiere/po/afterDelete",
                "event.filter=(|(tableName=CPOM_Contract)(tableName=CPOM_ContractEstablishment)"
                        + "(tableName=CPOM_ActionSheet)(tableName=CPOM_Activity))"})
public final class CalendarRecomputeHandler implements EventHandler {

    /** Contract columns the calendar depends on. */
    static final List<String> CONTRACT_COLUMNS = List.of("DateFrom", "DateTo", "IsExtended", "LegalBasis",
            "IsEPRDRequested");
    /** Action sheet columns a deadline is made of. */
    static final List<String> SHEET_COLUMNS = List.of("DueDate", "ActionStatus", "AD_User_ID", "Value", "Name",
            "IsActive");
    private static final Set<String> TOPICS = Set.of(IEventTopics.PO_AFTER_NEW, IEventTopics.PO_AFTER_CHANGE,
            IEventTopics.PO_AFTER_DELETE);

    @Override
    public void handleEvent(Event event) {
        if (!TOPICS.contains(event.getTopic()) || !(event.getProperty(IEventManager.EVENT_DATA) instanceof PO po)) {
            return;
        }
        int contractId = contractOf(po, event.getTopic());
        if (contractId <= 0) {
            return;
        }
        Language language = Language.of(Env.getAD_Language(po.getCtx()));
        Trx trx = po.get_TrxName() == null ? null : Trx.get(po.get_TrxName(), false);
        if (trx == null) {
            return; // a save outside a transaction has no place to write the deadlines atomically with it
        }
        try {
            Connection connection = trx.getConnection();
            new DeadlineService(connection, new PoRecordStore(po.getCtx(), po.get_TrxName()),
                    SysConfigSettings.of(connection, po.getAD_Client_ID()))
                    .recomputeIfCalendar(contractId, LocalDate.now());
        } catch (CpomValidationException e) {
            veto(event, e.getMessage(language));
        } catch (Exception e) {
            veto(event, "CPOM_Deadline: " + e.getMessage());
        }
    }

    /** The contract whose calendar the saved record changes, 0 when the change does not matter to it. */
    static int contractOf(PO po, String topic) {
        boolean changed = !IEventTopics.PO_AFTER_CHANGE.equals(topic);
        switch (po.get_TableName()) {
            case "CPOM_Contract" -> {
                return changed(po, CONTRACT_COLUMNS) && !IEventTopics.PO_AFTER_DELETE.equals(topic)
                        && !IEventTopics.PO_AFTER_NEW.equals(topic) ? po.get_ID() : 0;
            }
            case "CPOM_ActionSheet" -> {
                return changed || changed(po, SHEET_COLUMNS) ? po.get_ValueAsInt("CPOM_Contract_ID") : 0;
            }
            case "CPOM_ContractEstablishment", "CPOM_Activity" -> {
                return po.get_ValueAsInt("CPOM_Contract_ID");
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean changed(PO po, List<String> columns) {
        for (String column : columns) {
            if (po.is_ValueChanged(column)) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void veto(Event event, String message) {
        if (event.getProperty(IEventManager.EVENT_ERROR_MESSAGES) instanceof List<?> list) {
            ((List<String>) list).add(message);
        } else {
            throw new IllegalStateException(message);
        }
    }
}
