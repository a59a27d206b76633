package org.cpom.adapter;

import java.sql.Connection;
import java.sql.SQLException;

import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.rule.ValidationResult;
import org.cpom.model.I_CPOM_Indicator;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_Indicator: one query returns the contract, the contract of the indicator's action sheet and, for the
 * indicator's establishment, whether it is in the contract's perimeter, its name and its organisation. A computed
 * indicator (IndicatorSource C) names its measure; an establishment, when given, is in the perimeter, and a
 * ledger measure of one establishment needs the organisation that keeps its books.
 */
public final class IndicatorSaveRules implements SaveRules<I_CPOM_Indicator> {

    static final String EXTRAS =
            "COALESCE((SELECT s.CPOM_Contract_ID FROM CPOM_ActionSheet s WHERE s.CPOM_ActionSheet_ID=?), -1), "
            + "EXISTS(SELECT 1 FROM CPOM_ContractEstablishment ce WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND ce.CPOM_Establishment_ID=? AND ce.IsActive='Y'), "
            + "(SELECT e.Name FROM CPOM_Establishment e WHERE e.CPOM_Establishment_ID=?), "
            + "(SELECT e.AD_Org_ID FROM CPOM_Establishment e WHERE e.CPOM_Establishment_ID=?)";

    @Override
    public String tableName() {
        return I_CPOM_Indicator.Table_Name;
    }

    @Override
    public Class<I_CPOM_Indicator> recordType() {
        return I_CPOM_Indicator.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Indicator record, Connection connection)
            throws SQLException {
        ListCodes codes = new ListCodes(tableName());
        Indicator indicator = CoreMapping.indicator(record, codes);
        if (type == SaveType.DELETE) {
            return ChildSupport.checkDelete(connection, indicator.contractId());
        }
        String measureCode = record.getComputedMeasure();
        boolean computed = indicator.indicatorSource() == IndicatorSource.COMPUTED;
        // a measure left on a manual indicator is hidden by the window's display logic and never used: not checked
        ComputedMeasure measure = computed && measureCode != null && !measureCode.isBlank()
                ? codes.decode(ComputedMeasure.class, I_CPOM_Indicator.COLUMNNAME_ComputedMeasure, measureCode)
                : null;
        ValidationResult own = codes.violations(indicator.label());
        if (computed && (measureCode == null || measureCode.isBlank())) {
            own = own.and(ValidationResult.of(MessageKeys.INDICATOR_MEASURE_MISSING,
                    I_CPOM_Indicator.COLUMNNAME_ComputedMeasure, indicator.label()));
        }
        if (connection == null) {
            return own;
        }
        int establishmentId = record.getCPOM_Establishment_ID();
        ValidationResult r = ContractFacts.query(connection, indicator.contractId(), EXTRAS, ps -> {
            ps.setInt(1, indicator.actionSheetId());
            ps.setInt(2, establishmentId);
            ps.setInt(3, establishmentId);
            ps.setInt(4, establishmentId);
            return 4;
        }, row -> {
            var rs = row.rs();
            ValidationResult.Builder b = ValidationResult.builder();
            b.add(IndicatorRules.validate(indicator, row.contract(), rs.getInt(row.extra(1))));
            if (establishmentId > 0) {
                String name = rs.getString(row.extra(3));
                Object label = name == null ? "n° " + establishmentId : name;
                if (!rs.getBoolean(row.extra(2))) {
                    b.add(MessageKeys.INDICATOR_ESTABLISHMENT_OUTSIDE, "CPOM_Establishment_ID", indicator.label(),
                            label, row.contract().label());
                } else if (measure != null && measure.isLedger() && rs.getInt(row.extra(4)) <= 0) {
                    b.add(MessageKeys.INDICATOR_MEASURE_NO_ORG, "CPOM_Establishment_ID", indicator.label(), label,
                            measure.code());
                }
            }
            return b.build();
        });
        return own.and(r != null ? r : ChildSupport.contractMissing(tableName(), indicator.label()));
    }
}
