package org.cpom.adapter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.DocStatusRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.perimeter.Membership;
import org.cpom.core.perimeter.PerimeterRules;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Contract;
import org.cpom.persistence.ContractSql;
import org.cpom.service.ContractDocumentSteps;
import org.cpom.service.ContractDocumentSteps.CompletionFacts;

/**
 * CPOM_Contract header: field rules on every save; on change, the stored row (read before the write, in the same
 * transaction) gives the previous status and locked values. A locked column of a signed contract may change only
 * when an applied amendment of this contract explains the change exactly (its PrevDateTo/PrevTotalAmt are the
 * stored values and its effects give the new ones): that is how ApplyAmendment's write is told apart from a user
 * edit without any shared state.
 */
public final class ContractSaveRules implements SaveRules<I_CPOM_Contract> {

    /** Active perimeter lines of the contract {@code c}, in line order. */
    private static final String OWN_LINES = "FROM CPOM_ContractEstablishment l LEFT JOIN CPOM_Establishment e "
            + "ON e.CPOM_Establishment_ID=l.CPOM_Establishment_ID WHERE l.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND l.IsActive='Y' ORDER BY l.CPOM_ContractEstablishment_ID";

    /** Active lines of other contracts holding an establishment of {@code c}, with their effective periods. */
    private static final String OTHER_LINES = "FROM CPOM_ContractEstablishment o JOIN CPOM_Contract oc "
            + "ON oc.CPOM_Contract_ID=o.CPOM_Contract_ID WHERE o.IsActive='Y' AND o.CPOM_Contract_ID<>c.CPOM_Contract_ID "
            + "AND o.CPOM_Establishment_ID IN (SELECT l.CPOM_Establishment_ID FROM CPOM_ContractEstablishment l "
            + "WHERE l.CPOM_Contract_ID=c.CPOM_Contract_ID AND l.IsActive='Y') ORDER BY o.CPOM_ContractEstablishment_ID";

    /** True when the saved period ({@code n}: the new DateFrom/DateTo) differs from the stored one. */
    private static final String PERIOD_CHANGED = "c.DateFrom IS DISTINCT FROM n.DateFrom "
            + "OR c.DateTo IS DISTINCT FROM n.DateTo";

    /**
     * The perimeter of the contract and the other memberships of its establishments, each row as a text array (two
     * sub-selects in all): what the overlap rule needs when the contract's period changes, the same check the
     * database guard makes on DateFrom/DateTo. Evaluated only then, so other contract saves do not pay for it.
     */
    static final String PERIMETER_ARRAYS = "CASE WHEN " + PERIOD_CHANGED + " THEN ARRAY(SELECT ARRAY["
            + "l.CPOM_ContractEstablishment_ID::text, l.CPOM_Establishment_ID::text, "
            + "COALESCE(e.Name, '#' || l.CPOM_Establishment_ID), l.DateJoined::date::text, l.DateLeft::date::text] "
            + OWN_LINES + ") END, CASE WHEN " + PERIOD_CHANGED + " THEN ARRAY(SELECT ARRAY["
            + "o.CPOM_Establishment_ID::text, o.CPOM_Contract_ID::text, COALESCE(oc.DocumentNo, oc.Name), oc.DocStatus, "
            + "COALESCE(o.DateJoined, oc.DateFrom)::date::text, COALESCE(o.DateLeft, oc.DateTo)::date::text] "
            + OTHER_LINES + ") END";
    private static final int PERIMETER_ARRAY_COUNT = 2;

    /** The new period, bound after the select list's parameters (FROM clause of the before query). */
    private static final String NEW_PERIOD = " CROSS JOIN (SELECT ?::timestamp AS DateFrom, ?::timestamp AS DateTo) n";

    static final String BEFORE_COLUMNS = ContractSql.COLUMNS + ", EXISTS (SELECT 1 FROM CPOM_Amendment a "
            + "WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID AND a.Processed='Y' "
            + "AND a.PrevDateTo IS NOT DISTINCT FROM c.DateTo AND a.PrevTotalAmt IS NOT DISTINCT FROM c.TotalAmt "
            + "AND COALESCE(a.NewDateTo, c.DateTo) IS NOT DISTINCT FROM ? "
            + "AND COALESCE(c.TotalAmt,0) + COALESCE(a.AmtChange,0) = COALESCE(?,0) "
            // IsExtended changes only by the prorogation an applied avenant carries (an avenant that changed
            // neither DateTo nor TotalAmt would otherwise keep matching and let it flip at any later save)
            + "AND (c.IsExtended = ? OR (a.IsProrogation = 'Y' AND ? = 'Y'))), "
            + PERIMETER_ARRAYS;

    /** The stored row and the amendment flag. */
    static final String BEFORE_SQL = "SELECT " + BEFORE_COLUMNS + " FROM CPOM_Contract c" + NEW_PERIOD
            + " WHERE c.CPOM_Contract_ID=?";

    /** Same, with the signature facts joined on every row: used when the save makes the contract signed. */
    static final String BEFORE_AND_SIGNATURE_SQL = "SELECT " + BEFORE_COLUMNS + ", f.* FROM CPOM_Contract c"
            + NEW_PERIOD + " LEFT JOIN (" + ContractDocumentSteps.COMPLETION_SQL + ") f ON TRUE WHERE c.CPOM_Contract_ID=?";

    @Override
    public String tableName() {
        return I_CPOM_Contract.Table_Name;
    }

    @Override
    public Class<I_CPOM_Contract> recordType() {
        return I_CPOM_Contract.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Contract record, Connection connection) throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Contract after = CoreMapping.contract(record, codes);
        if (type == SaveType.DELETE) {
            return ContractRules.checkDelete(after);
        }
        ValidationResult own = codes.violations(after.label()).and(ContractRules.validate(after));
        if (type == SaveType.NEW) {
            DocStatus status = after.docStatus() == null ? DocStatus.DRAFTED : after.docStatus();
            // a contract is born a draft: it reaches other statuses only through the document engine
            if (status != DocStatus.DRAFTED) {
                own = own.and(ValidationResult.of(MessageKeys.DOC_STATUS_TRANSITION, "DocStatus", after.label(),
                        DocStatusRules.label(DocStatus.DRAFTED), DocStatusRules.label(status)));
            }
            return own;
        }
        if (connection == null) {
            return own;
        }
        Contract before;
        boolean byAmendment;
        ValidationResult perimeter = ValidationResult.ok();
        // a save that makes the contract signed must satisfy the signature rules: the document engine's own save
        // does (completeIt checked them), a direct status write is held to the same facts, in the same query
        boolean signing = after.docStatus() == DocStatus.COMPLETED;
        CompletionFacts facts = signing ? new CompletionFacts(after.id()) : null;
        try (PreparedStatement ps = connection.prepareStatement(signing ? BEFORE_AND_SIGNATURE_SQL : BEFORE_SQL)) {
            int i = 1;
            ps.setTimestamp(i++, record.getDateTo());
            BigDecimal total = record.getTotalAmt();
            ps.setBigDecimal(i++, total);
            String extended = record.isExtended() ? "Y" : "N";
            ps.setString(i++, extended);
            ps.setString(i++, extended);
            ps.setTimestamp(i++, record.getDateFrom());
            ps.setTimestamp(i++, record.getDateTo());
            if (signing) {
                for (int k = 0; k < 4; k++) {
                    ps.setInt(i++, after.id());
                }
            }
            ps.setInt(i, after.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return own;
                }
                before = ContractSql.read(rs, 1);
                byAmendment = rs.getBoolean(ContractSql.COLUMN_COUNT + 1);
                if (periodChanged(before, after)) {
                    perimeter = perimeterOverlaps(rs, ContractSql.COLUMN_COUNT + 2, after);
                }
                if (signing) {
                    do {
                        facts.add(rs, ContractSql.COLUMN_COUNT + 2 + PERIMETER_ARRAY_COUNT);
                    } while (rs.next());
                }
            }
        }
        if (signing && before.docStatus() != DocStatus.COMPLETED) {
            own = own.and(facts.check(after));
        }
        ValidationResult.Builder b = ValidationResult.builder().add(own);
        b.add(ContractRules.checkHeaderChange(before, after, byAmendment));
        b.add(perimeter);
        if (before.docStatus() != after.docStatus()) {
            if ((before.docStatus() == DocStatus.DRAFTED || before.docStatus() == DocStatus.INVALID)
                    && after.docStatus() == DocStatus.COMPLETED) {
                // DocumentEngine completes a draft with prepareIt then completeIt and saves once: DR→IP→CO
                b.add(DocStatusRules.checkTransition(after, before.docStatus(), DocStatus.IN_PROGRESS));
                b.add(DocStatusRules.checkTransition(after, DocStatus.IN_PROGRESS, DocStatus.COMPLETED));
            } else {
                b.add(DocStatusRules.checkTransition(after, before.docStatus(), after.docStatus()));
            }
        }
        return b.build();
    }

    private static boolean periodChanged(Contract before, Contract after) {
        return !java.util.Objects.equals(before.dateFrom(), after.dateFrom())
                || !java.util.Objects.equals(before.dateTo(), after.dateTo());
    }

    /**
     * The overlap rule on every perimeter line of the contract with its new period, against the other contracts'
     * memberships of the same establishments (the two row arrays of {@link #PERIMETER_ARRAYS} from column
     * {@code first}; SQL NULL, when the period did not change, is no row).
     */
    private static ValidationResult perimeterOverlaps(ResultSet rs, int first, Contract after) throws SQLException {
        List<Membership> others = new ArrayList<>();
        for (Object[] row : rows(rs, first + 1)) {
            others.add(new Membership(Integer.parseInt((String) row[1]), (String) row[2],
                    CoreMapping.decodeOrNull(DocStatus.class, (String) row[3]), Integer.parseInt((String) row[0]),
                    date(row[4]), date(row[5])));
        }
        ValidationResult.Builder b = ValidationResult.builder();
        for (Object[] row : rows(rs, first)) {
            PerimeterLine line = new PerimeterLine(Integer.parseInt((String) row[0]), after.id(),
                    Integer.parseInt((String) row[1]), date(row[3]), date(row[4]));
            b.add(PerimeterRules.checkOverlap(line, after, (String) row[2], others));
        }
        return b.build();
    }

    /** A two-dimensional text array as rows (none for SQL NULL or an empty array). */
    private static List<Object[]> rows(ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        List<Object[]> rows = new ArrayList<>();
        if (a != null) {
            for (Object row : (Object[]) a.getArray()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    private static LocalDate date(Object isoText) {
        return isoText == null ? null : LocalDate.parse((String) isoText);
    }
}
