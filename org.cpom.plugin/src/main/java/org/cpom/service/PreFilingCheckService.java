package org.cpom.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpom.core.finance.FinancialAnalysis;
import org.cpom.core.finance.Finding;
import org.cpom.core.finance.PreFilingCheck;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.cpom.persistence.PeriodStatus;

/**
 * CPOM_PreFilingCheck: runs the core's {@link PreFilingCheck} on a contract and a year (accounts with postings
 * but no group, establishments without organisation, postings of organisations outside the perimeter, budget
 * groups without postings and postings without budget, an open period, a résultat that is not produits − charges,
 * the ledger's résultat against the statement's) and the core's balance-sheet check on the perimeter's
 * organisations (trésorerie of class 5 against FRNG − BFR). Reads only: one finding per process-log line.
 * The period status comes from iDempiere's period control ({@link PeriodStatus}).
 */
public final class PreFilingCheckService {

    private final Connection connection;

    public PreFilingCheckService(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param clientId     the session's client; a tenant session may only check its own client's contracts
     * @param acctSchemaId the accounting schema, 0 for the client's primary one
     */
    public ProcessLog check(int clientId, int contractId, int fiscalYear, int acctSchemaId, LocalDate today)
            throws SQLException {
        Contract contract = contractId > 0 ? ContractBooks.contract(connection, contractId) : null;
        if (contract == null || (clientId > 0 && contract.clientId() != clientId)) {
            throw new CpomValidationException(ValidationResult.of(MessageKeys.PROCESS_RECORD_REQUIRED,
                    "CPOM_Contract_ID", Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        if (fiscalYear <= 0) {
            throw new CpomValidationException(TextRules.mandatory("CPOM_Contract", "FiscalYear", contract.label()));
        }
        ContractBooks books = ContractBooks.load(connection, contract, acctSchemaId, fiscalYear);
        boolean closed = PeriodStatus.isYearClosed(connection, contract.clientId(), fiscalYear, today);
        List<Finding> findings = new ArrayList<>(PreFilingCheck.check(fiscalYear, books.flows(fiscalYear, null),
                books.perimeter(), books.budgetLines(), closed));
        Set<Integer> orgs = books.perimeterOrgs();
        findings.addAll(PreFilingCheck.checkBalanceSheet(fiscalYear,
                FinancialAnalysis.compute(books.flows(fiscalYear, orgs), books.closing(fiscalYear, orgs))));
        List<Localizable> lines = new ArrayList<>(findings);
        ProcessResult summary = findings.isEmpty()
                ? ProcessResult.of(MessageKeys.PROCESS_PRE_FILING_OK, contract.label(), fiscalYear)
                : ProcessResult.of(MessageKeys.PROCESS_PRE_FILING_FINDINGS, contract.label(), fiscalYear,
                        findings.size());
        return new ProcessLog(summary, lines);
    }
}
