package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.budget.BudgetRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_BudgetLine;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_BudgetLine: one query returns the contract, its perimeter (ids and names), a same-key line if any (the key
 * holds the Payer, so the département can fund dépendance and hébergement of one EHPAD in one year), the
 * establishment's FINESS category (ESAT and EHPAD sections, payers per section) and its membership of the
 * contract (name, tariff authority, DateJoined, DateLeft: a line only for a year it is in the perimeter).
 */
public final class BudgetLineSaveRules implements SaveRules<I_CPOM_BudgetLine> {

    static final String EXTRAS = ContractFacts.PERIMETER + ", (SELECT b.CPOM_BudgetLine_ID FROM CPOM_BudgetLine b "
            + "WHERE b.CPOM_Contract_ID=c.CPOM_Contract_ID AND b.CPOM_Establishment_ID=? AND b.FiscalYear=? "
            + "AND b.Payer=? AND b.FunctionalGroup=? AND b.BudgetSection=? AND b.CPOM_BudgetLine_ID<>? LIMIT 1), "
            + "(SELECT ARRAY[fc.Value::text, e.Name::text, e.TariffAuthority::text] FROM CPOM_Establishment e LEFT JOIN CPOM_FinessCategory fc "
            + "ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID WHERE e.CPOM_Establishment_ID=?), "
            + "(SELECT ARRAY[ce.DateJoined::date::text, ce.DateLeft::date::text] FROM CPOM_ContractEstablishment ce "
            + "WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID AND ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "ORDER BY ce.CPOM_ContractEstablishment_ID LIMIT 1)";

    @Override
    public String tableName() {
        return I_CPOM_BudgetLine.Table_Name;
    }

    @Override
    public Class<I_CPOM_BudgetLine> recordType() {
        return I_CPOM_BudgetLine.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_BudgetLine record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        BudgetLine line = CoreMapping.budgetLine(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, line.contractId());
        }
        ValidationResult own = codes.violations("#" + line.establishmentId() + " / " + line.fiscalYear());
        if (connection == null) {
            return own;
        }
        ValidationResult result = ContractFacts.query(connection, line.contractId(), EXTRAS, ps -> {
            ps.setInt(1, line.establishmentId());
            ps.setInt(2, line.fiscalYear());
            ps.setString(3, line.payer() == null ? record.getPayer() : line.payer().code());
            ps.setString(4, record.getFunctionalGroup());
            ps.setString(5, record.getBudgetSection());
            ps.setInt(6, line.id());
            ps.setInt(7, line.establishmentId());
            ps.setInt(8, line.establishmentId());
            return 8;
        }, row -> {
            var rs = row.rs();
            Set<Integer> perimeter = ContractFacts.intSet(rs, row.extra(1));
            Map<Integer, String> labels = ContractFacts.labels(rs, row.extra(1), row.extra(2));
            int duplicateId = rs.getInt(row.extra(3));
            boolean duplicate = !rs.wasNull();
            ValidationResult.Builder b = ValidationResult.builder();
            b.add(ContractRules.checkChildEditable(row.contract()));
            b.add(BudgetRules.validate(line, row.contract(), perimeter, labels));
            Object[] est = texts(rs, row.extra(4));
            Object[] membership = texts(rs, row.extra(5));
            String category = (String) est[0];
            String name = (String) est[1];
            b.add(BudgetRules.checkSectionAndPayer(line, row.contract(), category,
                    name != null ? name : labels.get(line.establishmentId())));
            if (rs.getArray(row.extra(5)) != null) {
                b.add(BudgetRules.checkMembershipYear(line, row.contract(), new PerimeterMember(
                        line.establishmentId(), name, category,
                        CoreMapping.decodeOrNull(TariffAuthority.class, (String) est[2]), date(membership[0]),
                        date(membership[1]))));
            }
            if (duplicate) {
                BudgetLine other = new BudgetLine(duplicateId, line.contractId(), line.establishmentId(),
                        line.fiscalYear(), line.funder(), line.functionalGroup(), line.budgetSection(), null, null,
                        line.payer());
                b.add(BudgetRules.checkUnique(line, row.contract(), List.of(other), labels));
            }
            return b.build();
        });
        return own.and(result != null ? result : ChildSupport.contractMissing(tableName(), "#" + line.id()));
    }

    /** A text array column as its elements (three or two nulls when SQL NULL). */
    private static Object[] texts(java.sql.ResultSet rs, int column) throws SQLException {
        java.sql.Array a = rs.getArray(column);
        return a == null ? new Object[3] : (Object[]) a.getArray();
    }

    private static java.time.LocalDate date(Object isoText) {
        return isoText == null ? null : java.time.LocalDate.parse((String) isoText);
    }
}
