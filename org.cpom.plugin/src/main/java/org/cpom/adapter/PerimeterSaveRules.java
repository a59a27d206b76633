package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.model.DocStatus;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.perimeter.Membership;
import org.cpom.core.perimeter.PerimeterRules;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_ContractEstablishment;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_ContractEstablishment: dates inside the contract, no duplicate, no overlap with another non-void contract.
 * One query returns the contract, the establishment's name and all its other perimeter lines (as arrays). The
 * database trigger repeats the overlap check so that two transactions racing cannot both commit.
 */
public final class PerimeterSaveRules implements SaveRules<I_CPOM_ContractEstablishment> {

    /** Other lines of the same establishment: line id, contract id, label, status, effective from/to. */
    static final String EXTRAS = "(SELECT e.Name FROM CPOM_Establishment e WHERE e.CPOM_Establishment_ID=?), "
            + "ARRAY(SELECT ce.CPOM_ContractEstablishment_ID FROM CPOM_ContractEstablishment ce JOIN CPOM_Contract o "
            + "ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY 1), "
            + "ARRAY(SELECT ce.CPOM_Contract_ID FROM CPOM_ContractEstablishment ce JOIN CPOM_Contract o "
            + "ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID), "
            + "ARRAY(SELECT COALESCE(o.DocumentNo, o.Name) FROM CPOM_ContractEstablishment ce JOIN CPOM_Contract o "
            + "ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID), "
            + "ARRAY(SELECT o.DocStatus FROM CPOM_ContractEstablishment ce JOIN CPOM_Contract o "
            + "ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' "
            + "AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID), "
            + "ARRAY(SELECT COALESCE(ce.DateJoined, o.DateFrom)::date FROM CPOM_ContractEstablishment ce "
            + "JOIN CPOM_Contract o ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? "
            + "AND ce.IsActive='Y' AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID), "
            + "ARRAY(SELECT COALESCE(ce.DateLeft, o.DateTo)::date FROM CPOM_ContractEstablishment ce "
            + "JOIN CPOM_Contract o ON o.CPOM_Contract_ID=ce.CPOM_Contract_ID WHERE ce.CPOM_Establishment_ID=? "
            + "AND ce.IsActive='Y' AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID)";

    @Override
    public String tableName() {
        return I_CPOM_ContractEstablishment.Table_Name;
    }

    @Override
    public Class<I_CPOM_ContractEstablishment> recordType() {
        return I_CPOM_ContractEstablishment.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_ContractEstablishment record, Connection connection)
            throws SQLException {
        PerimeterLine line = CoreMapping.perimeterLine(record);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, line.contractId());
        }
        if (connection == null) {
            return ValidationResult.ok();
        }
        ValidationResult result = ContractFacts.query(connection, line.contractId(), EXTRAS, ps -> {
            int i = 1;
            ps.setInt(i++, line.establishmentId());
            for (int k = 0; k < 6; k++) {
                ps.setInt(i++, line.establishmentId());
                ps.setInt(i++, line.id());
            }
            return i - 1;
        }, row -> {
            var rs = row.rs();
            String establishment = rs.getString(row.extra(1));
            Object[] lineIds = (Object[]) rs.getArray(row.extra(2)).getArray();
            Object[] contractIds = (Object[]) rs.getArray(row.extra(3)).getArray();
            Object[] labels = (Object[]) rs.getArray(row.extra(4)).getArray();
            Object[] statuses = (Object[]) rs.getArray(row.extra(5)).getArray();
            Object[] froms = (Object[]) rs.getArray(row.extra(6)).getArray();
            Object[] tos = (Object[]) rs.getArray(row.extra(7)).getArray();
            List<PerimeterLine> sameContract = new ArrayList<>();
            List<Membership> others = new ArrayList<>();
            for (int k = 0; k < lineIds.length; k++) {
                int contractId = ((Number) contractIds[k]).intValue();
                if (contractId == line.contractId()) {
                    sameContract.add(new PerimeterLine(((Number) lineIds[k]).intValue(), contractId,
                            line.establishmentId(), Dates.toLocalDate(froms[k]), Dates.toLocalDate(tos[k])));
                } else {
                    others.add(new Membership(contractId, (String) labels[k],
                            CoreMapping.decodeOrNull(DocStatus.class, (String) statuses[k]), line.establishmentId(),
                            Dates.toLocalDate(froms[k]), Dates.toLocalDate(tos[k])));
                }
            }
            String label = establishment == null ? "#" + line.establishmentId() : establishment;
            return PerimeterRules.validate(line, row.contract(), label, sameContract, others);
        });
        return result != null ? result
                : ChildSupport.contractMissing(tableName(), "#" + line.establishmentId());
    }
}
