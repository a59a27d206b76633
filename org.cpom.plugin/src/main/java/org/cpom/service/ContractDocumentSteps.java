package org.cpom.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.adapter.CoreMapping;
import org.cpom.adapter.Dates;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.DocStatusRules;
import org.cpom.core.contract.SignatureContext;
import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.Payer;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;

/**
 * The document steps of a CPOM contract, shared by MCpomContract (iDempiere's DocumentEngine calls prepareIt,
 * completeIt...) and {@link org.cpom.persistence.JdbcContractDocument} (tests, demo). Each step takes the contract
 * as it is now, asks the core whether the step is allowed, and returns the columns to set; the caller writes them
 * (the PO through its own save, the JDBC driver through an UPDATE checked by the same save rules).
 *
 * <p>Statuses: prepare DR→IP (in negotiation), complete IP→CO (signed), void DR/IP→VO, close CO→CL. A signed
 * contract is never reopened: the core only lets it change through amendments. A contract in negotiation stays
 * editable like a draft, so no way back to draft is offered: iDempiere's DocumentEngine (release 12) has no
 * Re-activate from IP, and its re-activation always ends in IP.
 */
public final class ContractDocumentSteps {

    /**
     * Facts of the signature, in one query: the perimeter (each line with its establishment's name, FINESS
     * category, tariff authority and membership dates), the axis count, the budget per establishment × year ×
     * functional group × payer × section (the commitment counts what each authority pays), indicator targets.
     * Columns: kind, id, name, year, amount, text 1, text 2, date 1, date 2; four parameters, the contract id.
     */
    public static final String COMPLETION_SQL = "SELECT 'E', ce.CPOM_Establishment_ID, e.Name, 0, NULL::numeric, "
            + "fc.Value::text, e.TariffAuthority::text, ce.DateJoined, ce.DateLeft "
            + "FROM CPOM_ContractEstablishment ce LEFT JOIN CPOM_Establishment e "
            + "ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID LEFT JOIN CPOM_FinessCategory fc "
            + "ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID WHERE ce.CPOM_Contract_ID=? AND ce.IsActive='Y' "
            + "UNION ALL SELECT 'A', COUNT(*)::int, NULL, 0, NULL, NULL, NULL, NULL, NULL FROM CPOM_Axis a "
            + "WHERE a.CPOM_Contract_ID=? AND a.IsActive='Y' "
            + "UNION ALL SELECT 'B', b.CPOM_Establishment_ID, b.FunctionalGroup, b.FiscalYear, SUM(b.Amount), "
            + "b.Payer::text, b.BudgetSection::text, NULL, NULL "
            + "FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID=? AND b.IsActive='Y' "
            + "GROUP BY b.CPOM_Establishment_ID, b.FiscalYear, b.FunctionalGroup, b.Payer, b.BudgetSection "
            + "UNION ALL SELECT 'I', i.CPOM_Indicator_ID, i.Name, COALESCE(v.FiscalYear, 0), v.TargetValue, NULL, "
            + "NULL, NULL, NULL FROM CPOM_Indicator i LEFT JOIN CPOM_IndicatorValue v "
            + "ON v.CPOM_Indicator_ID=i.CPOM_Indicator_ID WHERE i.CPOM_Contract_ID=? "
            + "AND i.IsActive='Y'";

    /**
     * Result of a step: the rules' verdict, the status reached and the columns to write (DocStatus, DocAction,
     * Processed, DateSigned) when allowed.
     */
    public record Outcome(ValidationResult result, DocStatus status, Map<String, Object> changes) {
        public boolean ok() {
            return result.isValid();
        }

        static Outcome rejected(ValidationResult result, Contract c) {
            return new Outcome(result, c.docStatus(), Map.of());
        }

        static Outcome to(DocStatus status, String nextAction, boolean processed, Map<String, Object> extra) {
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("DocStatus", status.code());
            changes.put("DocAction", nextAction);
            changes.put("Processed", processed ? "Y" : "N");
            changes.putAll(extra);
            return new Outcome(ValidationResult.ok(), status, Collections.unmodifiableMap(changes));
        }
    }

    private ContractDocumentSteps() {
    }

    private static DocStatus statusOf(Contract c) {
        return c.docStatus() == null ? DocStatus.DRAFTED : c.docStatus();
    }

    /** DR → IP: the header must be complete and valid to go into negotiation. */
    public static Outcome prepare(Contract c) {
        ValidationResult r = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.IN_PROGRESS)
                .and(ContractRules.validate(c));
        return r.isValid() ? Outcome.to(DocStatus.IN_PROGRESS, "CO", false, Map.of()) : Outcome.rejected(r, c);
    }

    /** The signature facts of one contract, accumulated from the rows of {@link #COMPLETION_SQL}. */
    public static final class CompletionFacts {
        private final int contractId;
        private final List<PerimeterMember> members = new ArrayList<>();
        private final List<BudgetLine> budget = new ArrayList<>();
        private final Map<Integer, String> indicatorNames = new LinkedHashMap<>();
        private final Map<Integer, List<IndicatorValue>> indicatorValues = new LinkedHashMap<>();
        private int axes;

        public CompletionFacts(int contractId) {
            this.contractId = contractId;
        }

        /** Adds one row: kind, id, name, year, amount, texts, dates at columns {@code first}..{@code first+8}. */
        public void add(ResultSet rs, int first) throws SQLException {
            String kind = rs.getString(first);
            if (kind == null) {
                return; // the contract has no fact row at all (LEFT JOIN without match)
            }
            int id = rs.getInt(first + 1);
            switch (kind) {
                case "E" -> members.add(new PerimeterMember(id, rs.getString(first + 2), rs.getString(first + 5),
                        CoreMapping.decodeOrNull(TariffAuthority.class, rs.getString(first + 6)),
                        Dates.toLocalDate(rs.getTimestamp(first + 7)), Dates.toLocalDate(rs.getTimestamp(first + 8))));
                case "A" -> axes = id;
                // a line without a known payer counts nowhere in the commitment (and no funder is guessed)
                case "B" -> budget.add(new BudgetLine(0, contractId, id, rs.getInt(first + 3),
                        null,
                        CoreMapping.decodeOrNull(FunctionalGroup.class, rs.getString(first + 2)),
                        CoreMapping.decodeOrNull(BudgetSection.class, rs.getString(first + 6)),
                        rs.getBigDecimal(first + 4), null, CoreMapping.decodeOrNull(Payer.class, rs.getString(first + 5))));
                default -> {
                    indicatorNames.put(id, rs.getString(first + 2));
                    List<IndicatorValue> values = indicatorValues.computeIfAbsent(id, k -> new ArrayList<>());
                    int year = rs.getInt(first + 3);
                    BigDecimal target = rs.getBigDecimal(first + 4);
                    if (year > 0) {
                        values.add(new IndicatorValue(0, id, year, target, null, null));
                    }
                }
            }
        }

        /** The core's signature rules on these facts. */
        public ValidationResult check(Contract c) {
            ValidationResult.Builder b = ValidationResult.builder();
            b.add(ContractRules.checkCanComplete(new SignatureContext(c, members, axes, budget)));
            indicatorNames.forEach((id, name) -> b.add(IndicatorRules.checkTargets(
                    new Indicator(id, c.id(), 0, name, null, null, null, null, null, null, true), c,
                    indicatorValues.get(id))));
            return b.build();
        }
    }

    /** Reads the signature facts of a contract (one query). */
    public static CompletionFacts completionFacts(Connection connection, int contractId) throws SQLException {
        CompletionFacts facts = new CompletionFacts(contractId);
        try (PreparedStatement ps = connection.prepareStatement(COMPLETION_SQL)) {
            for (int i = 1; i <= 4; i++) {
                ps.setInt(i, contractId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    facts.add(rs, 1);
                }
            }
        }
        return facts;
    }

    /**
     * IP → CO (signature): header rules, ≥1 establishment, ≥1 axis, a budget line for every establishment × year,
     * TotalAmt equal to the budget, and a target for every year of each active indicator. One query.
     */
    public static Outcome complete(Contract c, Connection connection, LocalDate today) throws SQLException {
        ValidationResult transition = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.COMPLETED);
        if (transition.hasErrors()) {
            return Outcome.rejected(transition, c);
        }
        ValidationResult r = completionFacts(connection, c.id()).check(c);
        if (r.hasErrors()) {
            return Outcome.rejected(r, c);
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("DateSigned", c.dateSigned() != null ? c.dateSigned() : today);
        Outcome signed = Outcome.to(DocStatus.COMPLETED, "CL", true, extra);
        // the warnings (unusual kinds, an authority funding without being a party) never block: shown with it
        return new Outcome(r, signed.status(), signed.changes());
    }

    /** DR/IP → VO. */
    public static Outcome voidIt(Contract c) {
        ValidationResult r = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.VOIDED);
        return r.isValid() ? Outcome.to(DocStatus.VOIDED, "--", true, Map.of()) : Outcome.rejected(r, c);
    }

    /** CO → CL. */
    public static Outcome close(Contract c) {
        ValidationResult r = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.CLOSED);
        return r.isValid() ? Outcome.to(DocStatus.CLOSED, "--", true, Map.of()) : Outcome.rejected(r, c);
    }

    /**
     * Re-activation as DocumentEngine runs it: it is offered only from CO, CL and the waiting statuses, and the
     * engine then sets the status to IP. The core refuses a signed or closed contract going back to negotiation,
     * so this always explains the refusal for those statuses.
     */
    public static Outcome reActivate(Contract c) {
        ValidationResult r = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.IN_PROGRESS);
        return r.isValid() ? Outcome.to(DocStatus.IN_PROGRESS, "CO", false, Map.of()) : Outcome.rejected(r, c);
    }

    /**
     * Unlock as DocumentEngine runs it (offered only when Processing=Y): the document clears its lock and the
     * engine sets the status to DR, which the core allows from DR, IP and IN.
     */
    public static Outcome unlock(Contract c) {
        ValidationResult r = DocStatusRules.checkTransition(c, statusOf(c), DocStatus.DRAFTED);
        return r.isValid() ? Outcome.to(DocStatus.DRAFTED, "CO", false, Map.of("Processing", "N"))
                : Outcome.rejected(r, c);
    }

    /**
     * The document actions the contract's statuses allow, as DocAction codes: DR/IN prepare, complete, void; IP
     * complete, void; CO close. DocumentEngine.getValidActions lists its own options first.
     */
    public static List<String> allowedActions(String docStatus) {
        if ("DR".equals(docStatus) || "IN".equals(docStatus)) {
            return List.of("PR", "CO", "VO");
        }
        if ("IP".equals(docStatus)) {
            return List.of("CO", "VO");
        }
        if ("CO".equals(docStatus)) {
            return List.of("CL");
        }
        return List.of();
    }

    /**
     * DocOptions.customizeValidActions: DocumentEngine has already written its options (Unlock first when the
     * document is locked) in {@code options[0..index)}; this appends the allowed actions it lacks from
     * {@code index} on and returns the new end index, never overwriting the engine's entries.
     */
    public static int customizeValidActions(String docStatus, String[] options, int index) {
        int end = index;
        for (String action : allowedActions(docStatus)) {
            boolean listed = false;
            for (int i = 0; i < end; i++) {
                listed |= action.equals(options[i]);
            }
            if (!listed) {
                options[end++] = action;
            }
        }
        return end;
    }
}
