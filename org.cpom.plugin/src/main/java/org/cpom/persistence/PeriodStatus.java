package org.cpom.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.cpom.adapter.Dates;

/**
 * Whether a calendar year of a client's books is closed, read from iDempiere's period control the way release-12
 * {@code MPeriod.isOpen(..., forPosting=true)} decides whether a posting may still be made:
 * <ul>
 * <li>with the client's primary accounting schema on automatic period control (C_AcctSchema.AutoPeriodControl = Y),
 * a date is open from today − Period_OpenHistory to today + Period_OpenFuture days, whatever C_PeriodControl says;
 * the year is open when it reaches into that window;</li>
 * <li>otherwise each active C_Period of the client overlapping the year (any calendar, standard or adjustment
 * period) is open when one of its active C_PeriodControl rows has PeriodStatus O (open) or D (document closed:
 * {@code MPeriodControl.isOpen(true)} still accepts postings).</li>
 * </ul>
 * A year is closed when the client has at least one period in it and none of them is open. A year without any
 * period is not closed: nothing says its books are final. One query.
 */
public final class PeriodStatus {

    static final String SQL = "SELECT "
            + "(SELECT COUNT(*) FROM C_Period p WHERE p.AD_Client_ID=? AND p.IsActive='Y' "
            + "AND p.StartDate<? AND COALESCE(p.EndDate, p.StartDate)>=?), "
            + "(SELECT COUNT(*) FROM C_Period p JOIN C_PeriodControl pc ON pc.C_Period_ID=p.C_Period_ID "
            + "WHERE p.AD_Client_ID=? AND p.IsActive='Y' AND pc.IsActive='Y' AND pc.PeriodStatus IN ('O','D') "
            + "AND p.StartDate<? AND COALESCE(p.EndDate, p.StartDate)>=?), "
            + "(SELECT ARRAY[s.Period_OpenHistory, s.Period_OpenFuture] FROM AD_ClientInfo ci JOIN C_AcctSchema s "
            + "ON s.C_AcctSchema_ID=ci.C_AcctSchema1_ID WHERE ci.AD_Client_ID=? AND s.AutoPeriodControl='Y')";

    private PeriodStatus() {
    }

    /** True when every period of the client overlapping {@code year} is closed (see the class comment). */
    public static boolean isYearClosed(Connection connection, int clientId, int year, LocalDate today)
            throws SQLException {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate next = first.plusYears(1);
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            ps.setInt(1, clientId);
            ps.setTimestamp(2, Dates.toTimestamp(next));
            ps.setTimestamp(3, Dates.toTimestamp(first));
            ps.setInt(4, clientId);
            ps.setTimestamp(5, Dates.toTimestamp(next));
            ps.setTimestamp(6, Dates.toTimestamp(first));
            ps.setInt(7, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int periods = rs.getInt(1);
                int open = rs.getInt(2);
                java.sql.Array auto = rs.getArray(3);
                if (auto != null) {
                    Object[] days = (Object[]) auto.getArray();
                    LocalDate from = today.minusDays(days[0] == null ? 0 : ((Number) days[0]).longValue());
                    LocalDate to = today.plusDays(days[1] == null ? 0 : ((Number) days[1]).longValue());
                    boolean reachesWindow = !next.minusDays(1).isBefore(from) && !first.isAfter(to);
                    return periods > 0 && !reachesWindow;
                }
                return periods > 0 && open == 0;
            }
        }
    }
}
