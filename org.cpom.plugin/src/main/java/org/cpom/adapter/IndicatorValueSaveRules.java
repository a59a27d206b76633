package org.cpom.adapter;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.cpom.model.I_CPOM_IndicatorValue;
import org.cpom.persistence.ContractSql;

/**
 * CPOM_IndicatorValue: one query returns the indicator, its contract, a value of the same year if any and the
 * ActualValue stored before this save. When the save changes ActualValue to something other than ComputedValue, a
 * user typed it: the save sets IsComputed to N ({@link ComputedValueMark}), so the indicator process keeps it.
 */
public final class IndicatorValueSaveRules implements SaveRules<I_CPOM_IndicatorValue> {

    static final String SQL = "SELECT " + ContractSql.COLUMNS + ", i.Name, "
            + "(SELECT v.CPOM_IndicatorValue_ID FROM CPOM_IndicatorValue v WHERE v.CPOM_Indicator_ID=i.CPOM_Indicator_ID "
            + "AND v.FiscalYear=? AND v.CPOM_IndicatorValue_ID<>? LIMIT 1), "
            + "(SELECT v.ActualValue FROM CPOM_IndicatorValue v WHERE v.CPOM_IndicatorValue_ID=?) "
            + "FROM CPOM_Indicator i JOIN CPOM_Contract c ON c.CPOM_Contract_ID=i.CPOM_Contract_ID "
            + "WHERE i.CPOM_Indicator_ID=?";

    @Override
    public String tableName() {
        return I_CPOM_IndicatorValue.Table_Name;
    }

    @Override
    public Class<I_CPOM_IndicatorValue> recordType() {
        return I_CPOM_IndicatorValue.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_IndicatorValue record, Connection connection)
            throws SQLException {
        return checkAndDerive(type, record, connection, 0).result();
    }

    @Override
    public SaveOutcome checkAndDerive(SaveType type, I_CPOM_IndicatorValue record, Connection connection,
            int userId) throws SQLException {
        IndicatorValue value = CoreMapping.indicatorValue(record);
        if (connection == null) {
            return new SaveOutcome(ValidationResult.ok(), Map.of());
        }
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, value.fiscalYear());
            ps.setInt(2, value.id());
            ps.setInt(3, value.id());
            ps.setInt(4, value.indicatorId());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return SaveOutcome.rejected(
                            TextRules.mandatory(tableName(), "CPOM_Indicator_ID", "#" + value.fiscalYear()));
                }
                Contract c = ContractSql.read(rs, 1);
                int n = ContractSql.COLUMN_COUNT;
                if (type == SaveType.DELETE) {
                    return SaveOutcome.rejected(ContractRules.checkChildEditable(c));
                }
                Indicator indicator = new Indicator(value.indicatorId(), c.id(), 0, rs.getString(n + 1), null, null,
                        null, null, null, null, true);
                int otherId = rs.getInt(n + 2);
                List<IndicatorValue> others = rs.wasNull() ? List.of()
                        : List.of(new IndicatorValue(otherId, value.indicatorId(), value.fiscalYear(), null, null,
                                null));
                BigDecimal storedActual = rs.getBigDecimal(n + 3);
                BigDecimal actual = OptionalNumbers.decimal(record, I_CPOM_IndicatorValue.COLUMNNAME_ActualValue);
                boolean actualWritten = type == SaveType.NEW ? actual != null
                        : storedActual == null ? actual != null : actual == null || storedActual.compareTo(actual) != 0;
                boolean isComputed = ComputedValueMark.isComputed(actualWritten, actual,
                        OptionalNumbers.decimal(record, I_CPOM_IndicatorValue.COLUMNNAME_ComputedValue),
                        record.isComputed());
                ValidationResult result = IndicatorRules.validateValue(value, indicator, c, others);
                return new SaveOutcome(result, isComputed == record.isComputed() ? Map.of()
                        : Map.of(I_CPOM_IndicatorValue.COLUMNNAME_IsComputed, isComputed));
            }
        }
    }
}
