package org.cpom.persistence;

import java.sql.SQLException;
import java.time.LocalDate;

import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractDocumentSteps.Outcome;

/**
 * Runs a document action on a stored contract outside iDempiere, the way iDempiere's DocumentEngine drives
 * MCpomContract: "PR" prepares, "CO" prepares a draft first then completes, "VO" voids, "CL" closes, "RE"
 * reactivates. The steps are {@link ContractDocumentSteps} (the same code MCpomContract calls); the resulting
 * columns are written through {@link JdbcRecordStore}, so the contract's save rules check the transition too.
 */
public final class JdbcContractDocument {

    private final JdbcRecordStore store;

    public JdbcContractDocument(JdbcRecordStore store) {
        this.store = store;
    }

    public Outcome processIt(int contractId, String docAction, LocalDate today) throws SQLException {
        Contract c = ContractSql.load(store.connection(), contractId)
                .orElseThrow(() -> new SQLException("No CPOM_Contract record with id " + contractId));
        Outcome outcome;
        switch (docAction) {
            case "PR" -> outcome = ContractDocumentSteps.prepare(c);
            case "CO" -> {
                Contract current = c;
                if (c.docStatus() == null || c.docStatus() == DocStatus.DRAFTED || c.docStatus() == DocStatus.INVALID) {
                    Outcome prepared = ContractDocumentSteps.prepare(c);
                    if (!prepared.ok()) {
                        return prepared;
                    }
                    current = c.withDocStatus(DocStatus.IN_PROGRESS);
                }
                outcome = ContractDocumentSteps.complete(current, store.connection(), today);
            }
            case "VO" -> outcome = ContractDocumentSteps.voidIt(c);
            case "CL" -> outcome = ContractDocumentSteps.close(c);
            case "RE" -> outcome = ContractDocumentSteps.reActivate(c);
            default -> throw new IllegalArgumentException("Unsupported document action " + docAction);
        }
        if (outcome.ok()) {
            store.update("CPOM_Contract", contractId, outcome.changes());
        }
        return outcome;
    }
}
