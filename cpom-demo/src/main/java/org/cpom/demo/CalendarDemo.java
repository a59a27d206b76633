package org.cpom.demo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.cpom.testkit.ReportRenderer;

/**
 * The demo's calendar and activity step for one contract: the next open deadlines seen from the sample's reference
 * date, the modulation risk per establishment, and the Échéancier CPOM and Activité et objectifs reports as PDF
 * (with a PNG of page 1).
 */
final class CalendarDemo {

    private CalendarDemo() {
    }

    /** One open deadline as the demo prints it. */
    record NextDeadline(LocalDate due, String contract, String establishment, String name, String responsible) {
    }

    /** One establishment-year with money at risk. */
    record Risk(String establishment, int year, String rateKind, BigDecimal rate, BigDecimal threshold,
            boolean projected, BigDecimal amount) {
    }

    /** The {@code limit} next open deadlines of the contract due on or after {@code reference}. */
    static List<NextDeadline> next(DataSource ds, int clientId, int contractId, LocalDate reference, int limit)
            throws SQLException {
        List<NextDeadline> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT d.DueDate, "
                + "c.DocumentNo, e.Name, d.Name, u.Name FROM CPOM_Deadline d "
                + "JOIN CPOM_Contract c ON c.CPOM_Contract_ID = d.CPOM_Contract_ID "
                + "LEFT JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID = d.CPOM_Establishment_ID "
                + "LEFT JOIN CPOM_ActionSheet s ON s.CPOM_ActionSheet_ID = d.CPOM_ActionSheet_ID "
                + "LEFT JOIN AD_User u ON u.AD_User_ID = COALESCE(d.Responsible_User_ID, CASE d.Responsible "
                + "WHEN 'AC' THEN c.Accountant_User_ID WHEN 'PI' THEN COALESCE(s.AD_User_ID, c.Manager_User_ID) "
                + "ELSE c.Manager_User_ID END) "
                + "WHERE d.AD_Client_ID = ? AND d.CPOM_Contract_ID = ? AND d.IsActive = 'Y' AND d.IsDone = 'N' "
                + "AND d.DueDate >= ? ORDER BY d.DueDate, d.Name LIMIT ?")) {
            ps.setInt(1, clientId);
            ps.setInt(2, contractId);
            ps.setTimestamp(3, Timestamp.valueOf(reference.atStartOfDay()));
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new NextDeadline(rs.getTimestamp(1).toLocalDateTime().toLocalDate(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Establishment-years of the contract with an amount at risk (CPOM_Activity.ModulationRiskAmt). */
    static List<Risk> risks(DataSource ds, int clientId, int contractId) throws SQLException {
        List<Risk> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT e.Name, "
                + "a.FiscalYear, a.OccupancyRate, a.ActivityRate, COALESCE(a.ModulationThreshold, "
                + "k.ModulationThreshold), a.ActivityActual IS NULL, a.ModulationRiskAmt FROM CPOM_Activity a "
                + "JOIN CPOM_Establishment e ON e.CPOM_Establishment_ID = a.CPOM_Establishment_ID "
                + "JOIN CPOM_Contract k ON k.CPOM_Contract_ID = a.CPOM_Contract_ID "
                + "WHERE a.AD_Client_ID = ? AND a.CPOM_Contract_ID = ? AND a.ModulationRiskAmt > 0 "
                + "ORDER BY a.FiscalYear, e.Name")) {
            ps.setInt(1, clientId);
            ps.setInt(2, contractId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean occupancy = rs.getBigDecimal(3) != null;
                    out.add(new Risk(rs.getString(1), rs.getInt(2), occupancy ? "occupancy" : "realisation",
                            occupancy ? rs.getBigDecimal(3) : rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getBoolean(6), rs.getBigDecimal(7)));
                }
            }
        }
        return out;
    }

    /**
     * Prints the next deadlines and the modulation risk, then writes {@code <prefix>Deadlines.pdf} and
     * {@code <prefix>Activity.pdf} (French) with their page-1 PNG into {@code out}.
     */
    static void run(DataSource ds, ReportRenderer renderer, Path out, String prefix, int clientId, int contractId,
            LocalDate reference) throws Exception {
        List<NextDeadline> next = next(ds, clientId, contractId, reference, 10);
        System.out.printf(Locale.ROOT, "      next open deadlines on %s:%n", reference);
        for (NextDeadline d : next) {
            System.out.printf(Locale.ROOT, "        %s  %-14s %-32s %-58s %s%n", d.due(), d.contract(),
                    d.establishment() == null ? "(whole contract)" : cut(d.establishment(), 32), cut(d.name(), 58),
                    d.responsible() == null ? "-" : d.responsible());
        }
        List<Risk> risks = risks(ds, clientId, contractId);
        if (risks.isEmpty()) {
            System.out.println("      modulation risk: none (every establishment at or above its threshold)");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Risk r : risks) {
            total = total.add(r.amount());
            System.out.printf(Locale.ROOT, "      modulation risk: %s %d, %s rate %s %%%s, below the threshold %s %%: "
                    + "%,.2f EUR at risk%n", r.establishment(), r.year(), r.rateKind(), r.rate().toPlainString(),
                    r.projected() ? " projected to 31 December" : "", r.threshold().stripTrailingZeros()
                            .toPlainString(), r.amount());
        }
        if (!risks.isEmpty()) {
            System.out.printf(Locale.ROOT, "      modulation risk of the contract: %,.2f EUR%n", total);
        }
        String name = prefix.equals("messidor-") ? "" : prefix;
        write(renderer.run(ReportRenderer.DEADLINES).client(clientId).language("fr_FR")
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, contractId)
                .param("DateDoc", ReportRenderer.DATE, reference).pdf(), out, name + ReportRenderer.DEADLINES);
        write(renderer.run(ReportRenderer.ACTIVITY).client(clientId).language("fr_FR")
                .param("CPOM_Contract_ID", ReportRenderer.SEARCH, contractId).pdf(), out,
                name + ReportRenderer.ACTIVITY);
    }

    private static void write(byte[] pdf, Path out, String name) throws Exception {
        Files.write(out.resolve(name + ".pdf"), pdf);
        Path png = ReportRenderer.renderFirstPage(pdf, out.resolve(name + "-page1.png"));
        System.out.printf(Locale.ROOT, "      %-24s %d pages, %,d bytes, page 1: %s%n", name,
                ReportRenderer.pdfPages(pdf), pdf.length, png.getFileName());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
