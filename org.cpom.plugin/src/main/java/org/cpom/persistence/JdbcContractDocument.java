package org.cpom.persistence;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractDocumentSteps.Outcome;

/**
 * Runs a document action on a stored contract outside iDempiere, the way iDempiere release 12 runs the Document
 * Action button of MCpomContract:
 * <ul>
 * <li>the actions offered are those of {@code DocumentEngine.getValidActions} for a table without special case,
 * followed by MCpomContract's {@code customizeValidActions} ({@link #validActions});</li>
 * <li>the button starts the workflow CPOM_Contract_Process. Its standard user transition (MWFNodeNext.isValidFor)
 * goes to the DocPrepare node then the DocComplete node only when the action is Complete on a document that is not
 * completed, closed, voided, reversed or waiting; every other action goes to the DocAuto node ("--");</li>
 * <li>each node calls {@code DocumentEngine.processIt(nodeAction, docAction)}: the node's action when
 * {@code getActionOptions} of the status allows it, else the chosen action when allowed, else nothing at all when
 * one of them is "--" (the action is silently not done), else IllegalStateException;</li>
 * <li>each node saves the contract; the workflow's transaction is rolled back when a node fails.</li>
 * </ul>
 * The steps are {@link ContractDocumentSteps} (the same code MCpomContract calls); the resulting columns are written
 * through {@link JdbcRecordStore}, so the contract's save rules check each transition too.
 */
public final class JdbcContractDocument {

    /** DocAction "no action": the DocAuto node's action. */
    public static final String ACTION_NONE = "--";

    private final JdbcRecordStore store;

    public JdbcContractDocument(JdbcRecordStore store) {
        this.store = store;
    }

    /**
     * DocumentEngine.getActionOptions: the actions processIt accepts in a status (whatever the button offers).
     */
    public static List<String> actionOptions(String docStatus) {
        String s = docStatus == null ? "" : docStatus;
        return switch (s) {
            case "IN" -> List.of("PR", "IX", "XL", "VO");
            case "DR" -> List.of("PR", "IX", "CO", "XL", "VO");
            case "IP", "AP" -> List.of("CO", "WC", "AP", "RJ", "XL", "VO", "PR");
            case "NA" -> List.of("RJ", "PR", "XL", "VO");
            case "WP", "WC" -> List.of("CO", "WC", "RE", "VO", "CL");
            case "CO" -> List.of("CL", "RE", "RA", "RC", "PO", "VO");
            case "CL" -> List.of("PO", "RE");
            case "RE", "VO" -> List.of("PO");
            default -> List.of();
        };
    }

    /**
     * The actions the Document Action button offers: DocumentEngine.getValidActions' own options for a table that
     * is none of its special cases (Unlock first when the record is locked), then the contract's
     * customizeValidActions from the index the engine reached.
     *
     * @param processing the Processing column ("Y"/"N" or a Boolean), null when unknown
     */
    public static List<String> validActions(String docStatus, Object processing) {
        String[] options = new String[16];
        int index = 0;
        boolean locked = "Y".equals(processing) || Boolean.TRUE.equals(processing);
        if (locked) {
            options[index++] = "XL";
        }
        switch (docStatus) {
            case "NA" -> {
                options[index++] = "PR";
                options[index++] = "VO";
            }
            case "DR", "IP", "IN" -> {
                options[index++] = "CO";
                options[index++] = "PR";
                options[index++] = "VO";
            }
            case "AP" -> {
                options[index++] = "CO";
                options[index++] = "VO";
            }
            case "CO" -> options[index++] = "CL";
            case "WP", "WC" -> {
                options[index++] = "VO";
                options[index++] = "PR";
            }
            default -> {
                // no option
            }
        }
        index = ContractDocumentSteps.customizeValidActions(docStatus, options, index);
        return List.copyOf(Arrays.asList(options).subList(0, index));
    }

    /**
     * Runs the action chosen on the Document Action button ({@code docAction}) through the contract's workflow.
     * Returns the last node's outcome; an action the engine does not accept in the status does nothing and comes
     * back as an allowed outcome that changes nothing, as on the server.
     */
    public Outcome processIt(int contractId, String docAction, LocalDate today) throws SQLException {
        Contract c = load(contractId);
        if (throughPrepareAndComplete(code(c), docAction)) {
            Savepoint savepoint = store.connection().setSavepoint();
            Outcome prepared = node(c, "PR", docAction, today);
            Outcome outcome = prepared.ok() ? node(load(contractId), "CO", docAction, today) : prepared;
            if (outcome.ok()) {
                store.connection().releaseSavepoint(savepoint);
            } else {
                store.connection().rollback(savepoint); // the workflow's transaction is rolled back
            }
            return outcome;
        }
        return node(c, ACTION_NONE, docAction, today);
    }

    /** MWFNodeNext.isValidFor of the standard user transition Start → DocPrepare. */
    static boolean throughPrepareAndComplete(String docStatus, String docAction) {
        return "CO".equals(docAction) && !List.of("CO", "WC", "WP", "VO", "CL", "RE").contains(docStatus);
    }

    /** One DocAction node: DocumentEngine.processIt(nodeAction, docAction), then the save. */
    private Outcome node(Contract c, String nodeAction, String docAction, LocalDate today) throws SQLException {
        String status = code(c);
        List<String> accepted = actionOptions(status);
        String action;
        if (accepted.contains(nodeAction)) {
            action = nodeAction;
        } else if (accepted.contains(docAction)) {
            action = docAction;
        } else if (ACTION_NONE.equals(nodeAction) || ACTION_NONE.equals(docAction)) {
            return new Outcome(ValidationResult.ok(), c.docStatus(), Map.of()); // "No Action": nothing happens
        } else {
            throw new IllegalStateException("Status=" + status + " - Invalid Actions: Process=" + nodeAction
                    + ", Doc=" + docAction);
        }
        Outcome outcome = switch (action) {
            case "PR" -> ContractDocumentSteps.prepare(c);
            case "CO" -> complete(c, today);
            case "VO", "RC", "RA" -> ContractDocumentSteps.voidIt(c); // MCpomContract reverses by voiding
            case "CL" -> ContractDocumentSteps.close(c);
            case "RE" -> ContractDocumentSteps.reActivate(c);
            case "XL" -> ContractDocumentSteps.unlock(c);
            default -> throw new UnsupportedOperationException("Document action " + action
                    + " is not reproduced outside iDempiere (status " + status + ")");
        };
        if (outcome.ok()) {
            store.update("CPOM_Contract", c.id(), outcome.changes());
        }
        return outcome;
    }

    /** DocumentEngine's Complete: prepares first when the document is drafted or invalid. */
    private Outcome complete(Contract c, LocalDate today) throws SQLException {
        Contract current = c;
        if (c.docStatus() == null || c.docStatus() == DocStatus.DRAFTED || c.docStatus() == DocStatus.INVALID) {
            Outcome prepared = ContractDocumentSteps.prepare(c);
            if (!prepared.ok()) {
                return prepared;
            }
            current = c.withDocStatus(DocStatus.IN_PROGRESS);
        }
        return ContractDocumentSteps.complete(current, store.connection(), today);
    }

    private Contract load(int contractId) throws SQLException {
        return ContractSql.load(store.connection(), contractId)
                .orElseThrow(() -> new SQLException("No CPOM_Contract record with id " + contractId));
    }

    private static String code(Contract c) {
        return c.docStatus() == null ? "DR" : c.docStatus().code();
    }
}
