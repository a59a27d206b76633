package org.cpom.event;

import java.util.List;

import org.adempiere.base.event.IEventManager;
import org.compiere.model.PO;
import org.cpom.adapter.SaveOutcome;
import org.cpom.adapter.SaveRules;
import org.cpom.adapter.SaveType;
import org.cpom.core.i18n.Language;
import org.cpom.core.rule.ValidationResult;
import org.cpom.persistence.PoRecordStore;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * Base of the CPOM model event handlers: a plain OSGi EventHandler (registered by DS with event.topics and an
 * event.filter on tableName), because iDempiere sends its PO events through EventAdmin. It reads the PO from
 * {@link IEventManager#EVENT_DATA}, runs the table's rules and vetoes by adding the message, rendered in the
 * user's language, to the {@link IEventManager#EVENT_ERROR_MESSAGES} list; the PO then is not written.
 */
public abstract class CpomEventHandler implements EventHandler {

    private final SaveRules<?> rules;
    private final SaveContextProvider contexts;

    protected CpomEventHandler(SaveRules<?> rules) {
        this(rules, new IdempiereSaveContexts());
    }

    protected CpomEventHandler(SaveRules<?> rules, SaveContextProvider contexts) {
        this.rules = rules;
        this.contexts = contexts;
    }

    @Override
    public void handleEvent(Event event) {
        SaveType type = SaveType.ofTopic(event.getTopic());
        Object data = event.getProperty(IEventManager.EVENT_DATA);
        if (type == null || !rules.recordType().isInstance(data)) {
            return;
        }
        Language language = Language.EN;
        try (SaveContext context = contexts.open(data)) {
            language = context.language();
            SaveOutcome outcome = rules.checkAndDeriveObject(type, data, context.connection(), context.userId());
            ValidationResult result = outcome.result();
            if (result.hasErrors()) {
                veto(event, result.render(language));
            } else if (data instanceof PO po && type != SaveType.DELETE) {
                // PO.save fires the model events before it writes, so values set here are saved with the record
                outcome.derived().forEach((column, value) -> po.set_ValueNoCheck(column, PoRecordStore.poValue(value)));
            }
        } catch (Exception e) {
            // a rule that cannot be checked must not let the record through unchecked
            veto(event, rules.tableName() + ": " + e.getMessage());
        }
    }

    /** The table this handler guards. */
    public String tableName() {
        return rules.tableName();
    }

    @SuppressWarnings("unchecked")
    private static void veto(Event event, String message) {
        Object errors = event.getProperty(IEventManager.EVENT_ERROR_MESSAGES);
        if (errors instanceof List<?> list) {
            ((List<String>) list).add(message);
        } else {
            // no error list means the sender cannot hear a veto; failing is the only way left to stop the save
            throw new IllegalStateException(message);
        }
    }
}
