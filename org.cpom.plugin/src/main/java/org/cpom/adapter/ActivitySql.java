package org.cpom.adapter;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityUnit;

/** The CPOM_Activity columns the core reads, as one SELECT fragment of alias {@code a}, and their reader. */
public final class ActivitySql {

    public static final String COLUMNS = "a.CPOM_Activity_ID, a.CPOM_Contract_ID, a.CPOM_Establishment_ID, "
            + "a.FiscalYear, a.ActivityUnit, a.ActivityTarget, a.ActivityActual, a.ActivityToDate, a.MeasureDate, "
            + "a.CapacityInstalled, a.OpeningDays, a.AdmissionsQty, a.ModulationThreshold, a.DotationAmt, "
            + "a.Description";
    public static final int COLUMN_COUNT = 15;

    private ActivitySql() {
    }

    /** Reads {@link #COLUMNS} from column 1; an unknown unit reads as null. */
    public static ActivityRecord read(ResultSet rs) throws SQLException {
        int openingDays = rs.getInt(11);
        Integer days = rs.wasNull() || openingDays == 0 ? null : openingDays;
        return new ActivityRecord(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                CoreMapping.decodeOrNull(ActivityUnit.class, rs.getString(5)), rs.getBigDecimal(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), Dates.toLocalDate(rs.getTimestamp(9)), rs.getBigDecimal(10),
                days, rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getBigDecimal(14), rs.getString(15));
    }
}
