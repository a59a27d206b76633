package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpom.core.contract.ContractKindRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.Violation;
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
            + "AND ce.IsActive='Y' AND ce.CPOM_ContractEstablishment_ID<>? ORDER BY ce.CPOM_ContractEstablishment_ID), "
            + "(SELECT ARRAY[fc.Value::text, e.TariffAuthority::text] FROM CPOM_Establishment e "
            + "LEFT JOIN CPOM_FinessCategory fc ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID "
            + "WHERE e.CPOM_Establishment_ID=?)";

    /**
     * Contract-kind rules about the whole perimeter, checked at signature only: the perimeter is built one line at
     * a time, so its first line need not be the EHPAD of an IV ter contract.
     */
    private static final Set<String> SIGNATURE_ONLY = Set.of(MessageKeys.KIND_IV_TER_NO_EHPAD,
            MessageKeys.KIND_CHRS_NO_CHRS);

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
            ps.setInt(i++, line.establishmentId());
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
            java.sql.Array kindArray = rs.getArray(row.extra(8));
            Object[] kind = kindArray == null ? new Object[2] : (Object[]) kindArray.getArray();
            // the establishment's category and tariff authority against the contract's parties and legal basis
            PerimeterMember member = new PerimeterMember(line.establishmentId(), establishment, (String) kind[0],
                    CoreMapping.decodeOrNull(TariffAuthority.class, (String) kind[1]), line.dateJoined(),
                    line.dateLeft());
            List<Violation> kindRules = new ArrayList<>();
            for (Violation v : ContractKindRules.checkMembers(row.contract(), List.of(member)).violations()) {
                if (!SIGNATURE_ONLY.contains(v.messageKey())) {
                    kindRules.add(v);
                }
            }
            return PerimeterRules.validate(line, row.contract(), label, sameContract, others)
                    .and(ValidationResult.of(kindRules));
        });
        return result != null ? result
                : ChildSupport.contractMissing(tableName(), "#" + line.establishmentId());
    }
}
