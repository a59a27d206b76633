package org.cpom.testkit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpom.core.activity.ModulationRisk;

/**
 * Activity and deadlines of the two samples ({@link SampleActivity}, {@link SampleDeadlines}), written by the
 * sample loaders once the contract, its budget and its action plan exist. Each sample is seen from a fixed
 * reference date, the "today" of its calendar: the year under way has only its activity to date, what was due
 * before is done (or late), and some deadlines fall within 30, 60 and 90 days of it.
 */
public final class SampleCalendar {

    /** MESSIDOR's "today": 10 April 2017, in the contract's last year. */
    public static final LocalDate MESSIDOR_REFERENCE_DATE = LocalDate.of(2017, 4, 10);
    /** Date of MESSIDOR's activity to date of 2017. */
    public static final LocalDate MESSIDOR_MEASURE_DATE = LocalDate.of(2017, 3, 31);
    /** GENETS' "today": 5 October 2025, in the fifth year of the prorogued contract. */
    public static final LocalDate GENETS_REFERENCE_DATE = LocalDate.of(2025, 10, 5);
    /** Date of GENETS' activity to date of 2025. */
    public static final LocalDate GENETS_MEASURE_DATE = LocalDate.of(2025, 8, 31);
    /** GENETS rows use ids from here (after the balance-sheet accounts, before the ledger). */
    static final int GENETS_FIRST_ID = GenetsSample.ID_BASE + 97_000;

    private SampleCalendar() {
    }

    /**
     * The activity of the 13 ESAT 2013–2017 (Voiron projected below the threshold in 2017; Roanne for the
     * look-alike tenant) and the contract's deadlines seen from {@link #MESSIDOR_REFERENCE_DATE}.
     *
     * @param firstId first record id to use (the loader leaves a free block of its tenant's ids)
     */
    static void messidor(Connection c, int clientId, String brand, int contractId, int firstId) throws SQLException {
        SampleRows rows = new SampleRows(c, clientId, firstId);
        List<SampleActivity.Written> activity = SampleActivity.messidor(rows, contractId, brand.equals("MESSIDOR"),
                MESSIDOR_MEASURE_DATE);
        int accountant = rows.insert("AD_User", SampleRows.row("AD_User_ID", rows.id(), "Value", "nadia.ferrand",
                "Name", "Nadia Ferrand", "Title", "Responsable administrative et financière",
                "EMail", "nadia.ferrand@" + brand.toLowerCase(java.util.Locale.ROOT) + ".example.org"));
        int manager = rows.user("Jean-Marc Berthier");
        SampleDeadlines.write(rows, contractId, new SampleDeadlines.Users(manager, accountant), risks(activity),
                MESSIDOR_REFERENCE_DATE, new SampleDeadlines.UserDeadline(
                        "Comité de pilotage de la plateforme d'évaluation", MESSIDOR_REFERENCE_DATE.plusDays(40), 0,
                        rows.user("Claire Fontaine"), "Bilan de la plateforme avant le bilan final du contrat"));
    }

    /**
     * The activity of the GENETS perimeter 2021–2026 (the SSIAD projected below its objective in 2025) and the
     * contract's deadlines seen from {@link #GENETS_REFERENCE_DATE}; written once the imported contract is signed and
     * prorogued.
     */
    static void genets(Connection c, int contractId) throws SQLException {
        SampleRows rows = new SampleRows(c, GenetsSample.CLIENT_ID, GENETS_FIRST_ID);
        List<SampleActivity.Written> activity = SampleActivity.genets(rows, contractId, GENETS_MEASURE_DATE);
        int manager = rows.insert("AD_User", SampleRows.row("AD_User_ID", rows.id(), "Value", "erwan.le.bihan",
                "Name", "Erwan Le Bihan", "Title", "Directeur général",
                "EMail", "erwan.le.bihan@genets-armor.example.org"));
        int morlaix = rows.perimeter(contractId).stream().filter(e -> e.member().name().contains("Morlaix"))
                .mapToInt(SampleRows.Establishment::id).findFirst().orElse(0);
        SampleDeadlines.write(rows, contractId, new SampleDeadlines.Users(manager, rows.user("Loïc Guéguen")),
                risks(activity), GENETS_REFERENCE_DATE, new SampleDeadlines.UserDeadline(
                        "Visite de la commission de sécurité (Les Hortensias)", GENETS_REFERENCE_DATE.plusDays(46),
                        morlaix, rows.user("Loïc Guéguen"), "Visite périodique avant la livraison du nouveau bâtiment"));
    }

    private static List<ModulationRisk.Assessment> risks(List<SampleActivity.Written> activity) {
        List<ModulationRisk.Assessment> out = new ArrayList<>();
        for (SampleActivity.Written w : activity) {
            out.add(w.assessment());
        }
        return out;
    }
}
