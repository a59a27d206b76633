package org.cpom.model;

import java.io.File;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import org.compiere.model.ModelValidationEngine;
import org.compiere.model.ModelValidator;
import org.compiere.process.DocAction;
import org.compiere.process.DocOptions;
import org.compiere.process.DocumentEngine;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.compiere.util.Trx;
import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.adapter.ListCodes;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractDocumentSteps.Outcome;

/**
 * CPOM contract document. The document engine drives it (DR → IP in negotiation → CO signed → CL closed, VO
 * voided); each step fires the usual document validation events, then asks {@link ContractDocumentSteps} (the
 * core's transition and signature rules; the signature facts in one query) and applies the columns it returns.
 */
public class MCpomContract extends X_CPOM_Contract implements DocAction, DocOptions {

    private static final long serialVersionUID = 1L;

    /** Message of the last failed step, shown by the document engine. */
    private String processMsg;
    /** Set by a successful prepareIt so that completeIt does not prepare twice. */
    private boolean justPrepared;

    public MCpomContract(Properties ctx, int CPOM_Contract_ID, String trxName) {
        super(ctx, CPOM_Contract_ID, trxName);
    }

    public MCpomContract(Properties ctx, String CPOM_Contract_UU, String trxName) {
        super(ctx, CPOM_Contract_UU, trxName);
    }

    public MCpomContract(Properties ctx, ResultSet rs, String trxName) {
        super(ctx, rs, trxName);
    }

    /** The header as the core sees it. */
    public Contract toCore() {
        return CoreMapping.contract(this, new ListCodes(Table_Name));
    }

    private Language language() {
        return Language.of(Env.getAD_Language(getCtx()));
    }

    @Override
    public boolean processIt(String action) throws Exception {
        processMsg = null;
        return new DocumentEngine(this, getDocStatus()).processIt(action, getDocAction());
    }

    @Override
    public boolean unlockIt() {
        setProcessing(false);
        return true;
    }

    @Override
    public boolean invalidateIt() {
        setDocAction(DocAction.ACTION_Prepare);
        return true;
    }

    @Override
    public String prepareIt() {
        processMsg = ModelValidationEngine.get().fireDocValidate(this, ModelValidator.TIMING_BEFORE_PREPARE);
        if (processMsg != null) {
            return DocAction.STATUS_Invalid;
        }
        Outcome outcome = ContractDocumentSteps.prepare(toCore());
        if (!apply(outcome)) {
            return DocAction.STATUS_Invalid;
        }
        processMsg = ModelValidationEngine.get().fireDocValidate(this, ModelValidator.TIMING_AFTER_PREPARE);
        if (processMsg != null) {
            return DocAction.STATUS_Invalid;
        }
        justPrepared = true;
        return DocAction.STATUS_InProgress;
    }

    @Override
    public boolean approveIt() {
        return true;
    }

    @Override
    public boolean rejectIt() {
        return true;
    }

    @Override
    public String completeIt() {
        if (!justPrepared) {
            String status = prepareIt();
            justPrepared = false;
            if (!DocAction.STATUS_InProgress.equals(status)) {
                return status;
            }
        }
        processMsg = ModelValidationEngine.get().fireDocValidate(this, ModelValidator.TIMING_BEFORE_COMPLETE);
        if (processMsg != null) {
            return DocAction.STATUS_Invalid;
        }
        Outcome outcome;
        try {
            outcome = withConnection(con -> ContractDocumentSteps.complete(
                    toCore().withDocStatus(DocStatus.IN_PROGRESS), con, LocalDate.now()));
        } catch (SQLException e) {
            processMsg = e.getLocalizedMessage();
            return DocAction.STATUS_Invalid;
        }
        if (!apply(outcome)) {
            return DocAction.STATUS_Invalid;
        }
        processMsg = ModelValidationEngine.get().fireDocValidate(this, ModelValidator.TIMING_AFTER_COMPLETE);
        if (processMsg != null) {
            return DocAction.STATUS_Invalid;
        }
        processMsg = Messages.format(language(), MessageKeys.CONTRACT_SIGNED, toCore().label(),
                Dates.toLocalDate(getDateSigned()));
        String warnings = outcome.result().renderWarnings(language());
        if (!warnings.isEmpty()) {
            processMsg = processMsg + "\n" + warnings;
        }
        return DocAction.STATUS_Completed;
    }

    @Override
    public boolean voidIt() {
        return step(ModelValidator.TIMING_BEFORE_VOID, ModelValidator.TIMING_AFTER_VOID,
                ContractDocumentSteps.voidIt(toCore()), MessageKeys.CONTRACT_VOIDED);
    }

    @Override
    public boolean closeIt() {
        return step(ModelValidator.TIMING_BEFORE_CLOSE, ModelValidator.TIMING_AFTER_CLOSE,
                ContractDocumentSteps.close(toCore()), MessageKeys.CONTRACT_CLOSED);
    }

    /** A signed contract is never reversed: it changes through amendments and ends by closing. */
    @Override
    public boolean reverseCorrectIt() {
        return step(ModelValidator.TIMING_BEFORE_REVERSECORRECT, ModelValidator.TIMING_AFTER_REVERSECORRECT,
                ContractDocumentSteps.voidIt(toCore()), MessageKeys.CONTRACT_VOIDED);
    }

    /** Same as {@link #reverseCorrectIt()}. */
    @Override
    public boolean reverseAccrualIt() {
        return step(ModelValidator.TIMING_BEFORE_REVERSEACCRUAL, ModelValidator.TIMING_AFTER_REVERSEACCRUAL,
                ContractDocumentSteps.voidIt(toCore()), MessageKeys.CONTRACT_VOIDED);
    }

    /**
     * DocumentEngine offers Re-activate only from CO and CL here (never from IP) and then sets IP; the core never
     * reopens a signed or closed contract, so this refuses with the reason.
     */
    @Override
    public boolean reActivateIt() {
        return step(ModelValidator.TIMING_BEFORE_REACTIVATE, ModelValidator.TIMING_AFTER_REACTIVATE,
                ContractDocumentSteps.reActivate(toCore()), null);
    }

    private boolean step(int before, int after, Outcome outcome, String doneKey) {
        processMsg = ModelValidationEngine.get().fireDocValidate(this, before);
        if (processMsg != null || !apply(outcome)) {
            return false;
        }
        processMsg = ModelValidationEngine.get().fireDocValidate(this, after);
        if (processMsg != null) {
            return false;
        }
        if (doneKey != null) {
            processMsg = Messages.format(language(), doneKey, toCore().label());
        }
        return true;
    }

    /** Applies an allowed step's columns to this PO; a refused step leaves the message. */
    private boolean apply(Outcome outcome) {
        if (!outcome.ok()) {
            processMsg = outcome.result().render(language());
            return false;
        }
        for (Map.Entry<String, Object> e : outcome.changes().entrySet()) {
            Object value = e.getValue();
            if (value instanceof LocalDate d) {
                value = Dates.toTimestamp(d);
            } else if ("Y".equals(value) || "N".equals(value)) {
                value = "Y".equals(value);
            }
            set_ValueOfColumn(e.getKey(), value);
        }
        return true;
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs work on this document's transaction connection (a short-lived one when there is no transaction). */
    private <T> T withConnection(SqlWork<T> work) throws SQLException {
        Trx trx = get_TrxName() == null ? null : Trx.get(get_TrxName(), false);
        if (trx != null) {
            return work.run(trx.getConnection());
        }
        try (Connection con = DB.createConnection(true, Connection.TRANSACTION_READ_COMMITTED)) {
            return work.run(con);
        }
    }

    @Override
    public String getSummary() {
        return toCore().label() + (getName() == null ? "" : " - " + getName());
    }

    @Override
    public String getDocumentInfo() {
        return Messages.formatArg(language(), Label.of(MessageKeys.RECORD_CONTRACT)) + " " + toCore().label();
    }

    /** Contracts are printed by the CPOM Jasper reports, not by the document engine. */
    @Override
    public File createPDF() {
        return null;
    }

    @Override
    public String getProcessMsg() {
        return processMsg;
    }

    @Override
    public int getDoc_User_ID() {
        return get_ValueAsInt("CreatedBy");
    }

    @Override
    public BigDecimal getApprovalAmt() {
        return getTotalAmt();
    }

    /**
     * Appends, after the options DocumentEngine.getValidActions already wrote (Unlock first when locked), the
     * actions the contract's statuses allow that it lacks; returns the new end index.
     */
    @Override
    public int customizeValidActions(String docStatus, Object processing, String orderType, String isSOTrx,
            int AD_Table_ID, String[] docAction, String[] options, int index) {
        return ContractDocumentSteps.customizeValidActions(docStatus, options, index);
    }
}
