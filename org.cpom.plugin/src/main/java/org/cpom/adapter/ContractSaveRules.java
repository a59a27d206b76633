package org.cpom.adapter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /**
     * The perimeter of the contract and the other memberships of its establishments, as arrays: what the overlap
     * rule needs when the contract's period changes (the same check the database guard makes on DateFrom/DateTo).
     */
    static final String PERIMETER_ARRAYS = "ARRAY(SELECT l.CPOM_ContractEstablishment_ID " + OWN_LINES + "), "
            + "ARRAY(SELECT l.CPOM_Establishment_ID " + OWN_LINES + "), "
            + "ARRAY(SELECT COALESCE(e.Name, '#' || l.CPOM_Establishment_ID) " + OWN_LINES + "), "
            + "ARRAY(SELECT l.DateJoined::date " + OWN_LINES + "), "
            + "ARRAY(SELECT l.DateLeft::date " + OWN_LINES + "), "
            + "ARRAY(SELECT o.CPOM_Establishment_ID " + OTHER_LINES + "), "
            + "ARRAY(SELECT o.CPOM_Contract_ID " + OTHER_LINES + "), "
            + "ARRAY(SELECT COALESCE(oc.DocumentNo, oc.Name) " + OTHER_LINES + "), "
            + "ARRAY(SELECT oc.DocStatus " + OTHER_LINES + "), "
            + "ARRAY(SELECT COALESCE(o.DateJoined, oc.DateFrom)::date " + OTHER_LINES + "), "
            + "ARRAY(SELECT COALESCE(o.DateLeft, oc.DateTo)::date " + OTHER_LINES + ")";
    private static final int PERIMETER_ARRAY_COUNT = 11;

    static final String BEFORE_COLUMNS = ContractSql.COLUMNS + ", EXISTS (SELECT 1 FROM CPOM_Amendment a "
            + "WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID AND a.Processed='Y' "
            + "AND a.PrevDateTo IS NOT DISTINCT FROM c.DateTo AND a.PrevTotalAmt IS NOT DISTINCT FROM c.TotalAmt "
            + "AND COALESCE(a.NewDateTo, c.DateTo) IS NOT DISTINCT FROM ? "
            + "AND COALESCE(c.TotalAmt,0) + COALESCE(a.AmtChange,0) = COALESCE(?,0)), "
            + PERIMETER_ARRAYS;

    /** The stored row and the amendment flag. */
    static final String BEFORE_SQL = "SELECT " + BEFORE_COLUMNS + " FROM CPOM_Contract c WHERE c.CPOM_Contract_ID=?";

    /** Same, with the signature facts joined on every row: used when the save makes the contract signed. */
    static final String BEFORE_AND_SIGNATURE_SQL = "SELECT " + BEFORE_COLUMNS + ", f.* FROM CPOM_Contract c "
            + "LEFT JOIN (" + ContractDocumentSteps.COMPLETION_SQL + ") f ON TRUE WHERE c.CPOM_Contract_ID=?";

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
     * memberships of the same establishments (arrays of {@link #PERIMETER_ARRAYS} from column {@code first}).
     */
    private static ValidationResult perimeterOverlaps(ResultSet rs, int first, Contract after) throws SQLException {
        Object[] lineIds = array(rs, first);
        Object[] establishments = array(rs, first + 1);
        Object[] names = array(rs, first + 2);
        Object[] joined = array(rs, first + 3);
        Object[] left = array(rs, first + 4);
        Object[] otherEstablishments = array(rs, first + 5);
        Object[] otherContracts = array(rs, first + 6);
        Object[] otherLabels = array(rs, first + 7);
        Object[] otherStatuses = array(rs, first + 8);
        Object[] otherFrom = array(rs, first + 9);
        Object[] otherTo = array(rs, first + 10);
        List<Membership> others = new ArrayList<>();
        for (int k = 0; k < otherEstablishments.length; k++) {
            others.add(new Membership(((Number) otherContracts[k]).intValue(), (String) otherLabels[k],
                    CoreMapping.decodeOrNull(DocStatus.class, (String) otherStatuses[k]),
                    ((Number) otherEstablishments[k]).intValue(), Dates.toLocalDate(otherFrom[k]),
                    Dates.toLocalDate(otherTo[k])));
        }
        ValidationResult.Builder b = ValidationResult.builder();
        for (int k = 0; k < lineIds.length; k++) {
            PerimeterLine line = new PerimeterLine(((Number) lineIds[k]).intValue(), after.id(),
                    ((Number) establishments[k]).intValue(), Dates.toLocalDate(joined[k]), Dates.toLocalDate(left[k]));
            b.add(PerimeterRules.checkOverlap(line, after, (String) names[k], others));
        }
        return b.build();
    }

    private static Object[] array(ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? new Object[0] : (Object[]) a.getArray();
    }
}
