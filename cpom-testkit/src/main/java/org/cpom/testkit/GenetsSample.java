package org.cpom.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.model.AccountGroupMapping;

/**
 * The second sample: the joint ARS Bretagne + département du Finistère CPOM (IV ter of L313-12 CASF) of the
 * association « Les Genêts d'Armor » (invented), with two EHPAD (Quimper, Morlaix), an SSIAD and a SAAD, signed for
 * 2021–2025 and prorogued by avenant to 2026. Budgets by tariff section (soins, dépendance, hébergement for the
 * EHPAD; main budget for the home services) and by payer (assurance maladie, département APA and aide sociale,
 * residents, others), indicators with targets and actuals, the dialogues de gestion, and posted ledger lines
 * (2021–2024) of each establishment's organisation in the client's primary accounting schema.
 *
 * <p>Unlike MESSIDOR, the contract itself is shipped as an import workbook ({@link #writeWorkbook}): what a finance
 * team would fill from its annexe financière. {@link #loadTenant} writes the iDempiere records the workbook refers to
 * (client, organisations, partners, users, accounts); the workbook is then imported through the plugin's importer;
 * {@link #postLedger} writes the Fact_Acct lines. Deterministic.
 */
public final class GenetsSample {

    public static final int CLIENT_ID = 1_000_002;
    public static final String BRAND = "GENETS";
    public static final String DOCUMENT_NO = "CPOM-29-2021-004";
    public static final int FIRST_YEAR = 2021;
    /** The sixth year, added by the prorogation avenant. */
    public static final int LAST_YEAR = 2026;
    /** Ledger lines are posted up to this year (the contract is under way). */
    public static final int LAST_POSTED_YEAR = 2024;
    /** Classpath resource of the committed workbook (the one {@link #workbook()} generates; a test keeps them equal). */
    public static final String WORKBOOK_RESOURCE = "/samples/genets-cpom-2021-2026.xlsx";
    static final int ID_BASE = 3_000_000;
    static final long SEED = 20210701L;

    /**
     * One establishment of the perimeter.
     *
     * @param code     short code (organisation Value suffix)
     * @param name     its name
     * @param category FINESS category (TRE_R66)
     * @param serial   FINESS serial (the key is computed)
     * @param places   authorised places (EHPAD, SSIAD) or yearly hours / 100 (SAAD)
     * @param tariff   tariff authority code
     * @param public_  public served
     */
    public record Site(String code, String name, String category, int serial, int places, String tariff,
            String public_) {

        public String finess() {
            return SampleFiness.of("29", serial);
        }
    }

    public static final List<Site> SITES = List.of(
            new Site("EHPAD-QUIMPER", "EHPAD Ty Aven (Quimper)", "500", 10_417, 92, "JOI",
                    "Personnes âgées dépendantes"),
            new Site("EHPAD-MORLAIX", "EHPAD Les Hortensias (Morlaix)", "500", 20_583, 68, "JOI",
                    "Personnes âgées dépendantes, dont 14 places en unité Alzheimer"),
            new Site("SSIAD-CORNOUAILLE", "SSIAD du Pays de Cornouaille", "354", 31_206, 54, "ARS",
                    "Personnes âgées et adultes handicapés à domicile"),
            new Site("SAAD-CORNOUAILLE", "SAAD Genêts d'Armor Cornouaille", "460", 40_772, 520, "DEP",
                    "Personnes âgées et personnes handicapées à domicile"));

    /** FINESS EJ of the association. */
    public static final String FINESS_EJ = SampleFiness.of("29", 1_964);

    /** One budget line of the annexe financière. */
    public record BudgetRow(Site site, int year, String section, String payer, String group, long amount,
            String description) {
    }

    /** Accounts of the sample chart with their functional group (default CPOM_AccountGroup mapping). */
    record Account(String value, String name, String group) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("6021", "Produits pharmaceutiques et à usage médical", "C1"),
            new Account("6061", "Fournitures non stockables (eau, énergie)", "C1"),
            new Account("6282", "Alimentation à l'extérieur", "C1"),
            new Account("6411", "Salaires, appointements", "C2"),
            new Account("6451", "Cotisations à l'URSSAF", "C2"),
            new Account("6311", "Taxe sur les salaires", "C2"),
            new Account("6132", "Locations immobilières", "C3"),
            new Account("6152", "Entretien et réparations sur biens immobiliers", "C3"),
            new Account("6811", "Dotations aux amortissements des immobilisations", "C3"),
            new Account("7311", "Produits de la tarification à la charge de l'assurance maladie", "P1"),
            new Account("7312", "Produits de la tarification à la charge du département", "P1"),
            new Account("7313", "Produits de la tarification à la charge des usagers", "P1"),
            new Account("7088", "Autres produits d'activités annexes", "P2"),
            new Account("7611", "Produits financiers", "P3"),
            new Account("401", "Fournisseurs", null),
            new Account("421", "Personnel - rémunérations dues", null),
            new Account("411", "Usagers et organismes financeurs", null));

    /** What {@link #loadTenant} wrote. */
    public record Tenant(int clientId, int headOfficeOrgId, Map<String, Integer> orgByFiness, int acctSchemaId,
            int currencyId) {
    }

    private GenetsSample() {
    }

    // ------------------------------------------------------------------------------------------- budget

    /** The annexe financière: every budget line of the six years. */
    public static List<BudgetRow> budget() {
        List<BudgetRow> rows = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            double g = Math.pow(1.018, y - FIRST_YEAR);
            for (Site s : SITES) {
                switch (s.category()) {
                    case "500" -> ehpad(rows, s, y, g);
                    case "354" -> ssiad(rows, s, y, g);
                    default -> saad(rows, s, y, g);
                }
            }
        }
        return Collections.unmodifiableList(rows);
    }

    private static void ehpad(List<BudgetRow> rows, Site s, int y, double g) {
        // soins: forfait global de soins (assurance maladie), ~12,900 € per place, option tarifaire partielle
        long soins = r100(s.places() * 12_900 * g);
        rows.add(new BudgetRow(s, y, "SOIN", "AM", "P1", soins, "Forfait global de soins"));
        rows.add(new BudgetRow(s, y, "SOIN", "AM", "C1", r100(soins * 0.08), "Produits pharmaceutiques, petit matériel"));
        rows.add(new BudgetRow(s, y, "SOIN", "AM", "C2", soins - r100(soins * 0.08), "Personnel soignant (IDE, AS)"));
        // dépendance: forfait global dépendance (APA, département) and the residents' ticket modérateur
        long apa = r100(s.places() * 4_150 * g);
        long tm = r100(s.places() * 365 * 5.95 * 0.97 * g);
        rows.add(new BudgetRow(s, y, "DEPE", "APA", "P1", apa, "Forfait global dépendance (APA)"));
        rows.add(new BudgetRow(s, y, "DEPE", "USR", "P1", tm, "Tarif dépendance GIR 5-6 (ticket modérateur)"));
        rows.add(new BudgetRow(s, y, "DEPE", "APA", "C1", r100((apa + tm) * 0.12), "Fournitures, protections"));
        rows.add(new BudgetRow(s, y, "DEPE", "APA", "C2", apa + tm - r100((apa + tm) * 0.12),
                "Aides-soignants et ASH (30 %), psychologue"));
        // hébergement: residents' tariff (~68 € a day, 97 % occupancy), aide sociale on habilitated places
        long tariff = r100(s.places() * 365 * 68.4 * 0.97 * g);
        long asd = r100(tariff * 0.14);
        long other = r100(s.places() * 310 * g);
        rows.add(new BudgetRow(s, y, "HEBE", "USR", "P1", tariff - asd, "Tarif hébergement (résidents)"));
        rows.add(new BudgetRow(s, y, "HEBE", "ASD", "P1", asd, "Aide sociale à l'hébergement (places habilitées)"));
        rows.add(new BudgetRow(s, y, "HEBE", "OTH", "P2", other, "Repas des familles, locations de salles"));
        long total = tariff + other;
        long c1 = r100(total * 0.24);
        long c2 = r100(total * 0.41);
        rows.add(new BudgetRow(s, y, "HEBE", "USR", "C1", c1, "Alimentation, blanchissage, énergie"));
        rows.add(new BudgetRow(s, y, "HEBE", "USR", "C2", c2, "Personnel hôtelier et administratif"));
        rows.add(new BudgetRow(s, y, "HEBE", "USR", "C3", total - c1 - c2, "Loyers, amortissements, entretien"));
    }

    private static void ssiad(List<BudgetRow> rows, Site s, int y, double g) {
        long dotation = r100(s.places() * 13_450 * g);
        long c1 = r100(dotation * 0.11);
        long c3 = r100(dotation * 0.09);
        rows.add(new BudgetRow(s, y, "MAIN", "AM", "P1", dotation, "Dotation globale de soins"));
        rows.add(new BudgetRow(s, y, "MAIN", "AM", "C1", c1, "Déplacements, fournitures"));
        rows.add(new BudgetRow(s, y, "MAIN", "AM", "C2", dotation - c1 - c3, "Infirmiers coordinateurs, aides-soignants"));
        rows.add(new BudgetRow(s, y, "MAIN", "AM", "C3", c3, "Locaux, véhicules"));
    }

    private static void saad(List<BudgetRow> rows, Site s, int y, double g) {
        // places = hundreds of hours a year; APA hours at the département's tariff (24.10 € in 2021)
        long apa = r100(s.places() * 100 * 0.78 * 24.10 * g);
        long users = r100(s.places() * 100 * 0.22 * 24.10 * g);
        long other = r100(s.places() * 28 * g);
        long total = apa + users + other;
        long c1 = r100(total * 0.07);
        long c3 = r100(total * 0.06);
        rows.add(new BudgetRow(s, y, "MAIN", "APA", "P1", apa, "Heures APA (département)"));
        rows.add(new BudgetRow(s, y, "MAIN", "USR", "P1", users, "Participation des bénéficiaires"));
        rows.add(new BudgetRow(s, y, "MAIN", "OTH", "P2", other, "Caisses de retraite (heures d'aide)"));
        rows.add(new BudgetRow(s, y, "MAIN", "APA", "C1", c1, "Frais de déplacement des intervenants"));
        rows.add(new BudgetRow(s, y, "MAIN", "APA", "C2", total - c1 - c3, "Aides à domicile"));
        rows.add(new BudgetRow(s, y, "MAIN", "APA", "C3", c3, "Locaux, télégestion"));
    }

    private static long r100(double v) {
        return Math.round(v / 100.0) * 100L;
    }

    /** The authorities' commitment: lines of groups I and II paid by the ARS (AM) or the département. */
    public static BigDecimal commitment() {
        long total = 0;
        for (BudgetRow r : budget()) {
            if ((r.group().equals("P1") || r.group().equals("P2"))
                    && List.of("AM", "APA", "PCH", "ASD", "DEP").contains(r.payer())) {
                total += r.amount();
            }
        }
        return BigDecimal.valueOf(total);
    }

    // ------------------------------------------------------------------------------------------- workbook

    static final String[][] AXES = {
            {"1", "Accompagner le vieillissement à domicile et en établissement sur le territoire de Cornouaille",
                    "Parcours de la personne âgée : coordination SSIAD–SAAD–EHPAD, accueil de jour, hébergement temporaire."},
            {"2", "Améliorer la qualité et la sécurité des soins",
                    "Prévention des chutes, de la dénutrition et des risques médicamenteux ; évaluation externe."},
            {"3", "Attirer, former et fidéliser les professionnels",
                    "Qualité de vie au travail, apprentissage, réduction de l'absentéisme et du recours à l'intérim."},
            {"4", "Maîtriser l'équilibre financier et moderniser les établissements",
                    "Reconstruction de l'EHPAD Les Hortensias, mutualisations, transition énergétique."}};

    /** Value, axis, title, objective, pilot, start, due, status, progress, means, priority, FINESS concerned. */
    static Object[][] actionSheets() {
        String q = SITES.get(0).finess();
        String m = SITES.get(1).finess();
        String ssiad = SITES.get(2).finess();
        String saad = SITES.get(3).finess();
        return new Object[][] {
                {"FA-01", 1, "Créer un service autonomie à domicile (SSIAD + SAAD)",
                        "Réunir le SSIAD et le SAAD en un service autonomie à domicile (décret 2023-608)",
                        "Anne Le Goff", d(2021, 3, 1), d(2025, 6, 30), "En cours", 60, 85_000, "Haute",
                        ssiad + ";" + saad},
                {"FA-02", 1, "Ouvrir 6 places d'hébergement temporaire à Quimper",
                        "Éviter les hospitalisations évitables et soulager les aidants", "Yannick Kerjean",
                        d(2021, 9, 1), d(2023, 3, 31), "Réalisée", 100, 120_000, "Moyenne", q},
                {"FA-03", 2, "Prévenir les chutes et la dénutrition",
                        "Dépistage systématique à l'admission puis tous les six mois", "Dr Morgane Tanguy",
                        d(2021, 1, 1), d(2025, 12, 31), "En cours", 70, 40_000, "Haute", q + ";" + m},
                {"FA-04", 2, "Sécuriser le circuit du médicament",
                        "Préparation des doses à administrer par une pharmacie d'officine conventionnée",
                        "Dr Morgane Tanguy", d(2022, 1, 1), d(2024, 6, 30), "En retard", 45, 60_000, "Haute",
                        q + ";" + m},
                {"FA-05", 3, "Réduire l'absentéisme et le recours à l'intérim",
                        "Passer sous 9 % d'absentéisme et diviser par deux l'intérim", "Gwenaëlle Riou",
                        d(2021, 1, 1), d(2025, 12, 31), "En cours", 40, 150_000, "Haute", q + ";" + m + ";" + ssiad},
                {"FA-06", 3, "Former 12 apprentis aides-soignants par an", "Partenariat avec l'IFAS de Quimper",
                        "Gwenaëlle Riou", d(2021, 9, 1), d(2026, 8, 31), "En cours", 55, 90_000, "Moyenne", q + ";" + m},
                {"FA-07", 4, "Reconstruire l'EHPAD Les Hortensias",
                        "Remplacer le bâtiment de 1974 (68 chambres individuelles)", "Loïc Guéguen", d(2022, 1, 1),
                        d(2026, 12, 31), "En cours", 25, 9_800_000, "Haute", m},
                {"FA-08", 4, "Mutualiser les achats et la restauration",
                        "Un marché commun de denrées et une cuisine centrale pour les deux EHPAD", "Loïc Guéguen",
                        d(2021, 6, 1), d(2023, 12, 31), "Abandonnée", 30, 25_000, "Basse", q + ";" + m}};
    }

    /** Name, sheet, unit, direction, baseline (2020), targets 2021–2026, actuals 2021–2024. */
    static Object[][] indicators() {
        return new Object[][] {
                {"Taux d'occupation des EHPAD", null, "%", "Plus haut est meilleur", 94.1,
                        new double[] {95, 96, 96.5, 97, 97, 97}, new double[] {93.2, 95.8, 96.9, 97.1}},
                {"Taux d'absentéisme", "FA-05", "%", "Plus bas est meilleur", 11.8,
                        new double[] {11, 10.5, 10, 9.5, 9, 9}, new double[] {12.4, 11.1, 10.2, 9.7}},
                {"Part de l'intérim dans la masse salariale", "FA-05", "%", "L", 6.3,
                        new double[] {6, 5, 4.5, 4, 3.5, 3}, new double[] {7.1, 5.2, 4.1, 3.8}},
                {"Résidents dépistés pour la dénutrition", "FA-03", "%", "H", 61,
                        new double[] {70, 80, 90, 95, 95, 95}, new double[] {72, 84, 91, 96}},
                {"Chutes avec hospitalisation pour 1 000 journées", "FA-03", "‰", "L", 0.42,
                        new double[] {0.40, 0.37, 0.34, 0.31, 0.30, 0.30}, new double[] {0.44, 0.36, 0.33, 0.31}},
                {"Heures d'aide à domicile réalisées", "FA-01", "heures", "H", 50_100,
                        new double[] {51_000, 51_500, 52_000, 53_000, 54_000, 54_500},
                        new double[] {50_700, 51_900, 52_600, 52_400}},
                {"Apprentis aides-soignants diplômés", "FA-06", "nombre", "H", 3,
                        new double[] {6, 9, 12, 12, 12, 12}, new double[] {5, 9, 11, 12}}};
    }

    /** The filled contract workbook (sheets and French headers of docs/import-format.md). */
    public static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        Writer w = new Writer(wb, date, text);

        w.sheet("Contrat", "N° du contrat", "Intitulé", "Description", "Fondement juridique",
                "Organisme gestionnaire", "ARS", "Département", "Date de début", "Date de fin", "Date de signature",
                "Prorogé (6e année)", "Montant total", "Devise", "Diagnostic partagé");
        w.row(DOCUMENT_NO, "CPOM Les Genêts d'Armor 2021-2026",
                "CPOM conjoint ARS Bretagne et département du Finistère (EHPAD, SSIAD, SAAD)",
                "IV ter de l'article L313-12 du CASF (EHPAD)", "GENETS", "Agence régionale de santé Bretagne",
                "CD29", d(2021, 1, 1), d(2026, 12, 31), d(2021, 6, 28), "Oui", null, "EUR",
                "Diagnostic partagé : deux EHPAD (160 places) à 94 % d'occupation, un bâtiment vétuste à Morlaix, "
                        + "un absentéisme de 11,8 % et un recours croissant à l'intérim ; à domicile, un SSIAD et un SAAD "
                        + "à rapprocher en service autonomie. Contrat de 5 ans prorogé d'un an par l'avenant n° 1 du "
                        + "14 mars 2025.");

        w.sheet("Établissements", "FINESS ET", "FINESS EJ", "Nom", "Description", "Organisation", "Catégorie FINESS",
                "Capacité autorisée", "Capacité installée", "Jours d'ouverture", "Public accueilli", "Département",
                "Autorité de tarification", "Date d'autorisation", "Fin d'autorisation");
        for (int i = 0; i < SITES.size(); i++) {
            Site s = SITES.get(i);
            boolean saad = s.category().equals("460");
            w.row(s.finess(), FINESS_EJ, s.name(), null, BRAND + "-" + s.code(), s.category(),
                    saad ? null : s.places(), saad ? null : s.places() - (i == 1 ? 2 : 0), 365, s.public_(), "29",
                    s.tariff(), d(2002 + 3 * i, 1 + i, 1), d(2032 + 3 * i, 1 + i, 1));
        }

        w.sheet("Périmètre", "FINESS ET", "Date d'entrée", "Date de sortie");
        for (Site s : SITES) {
            w.row(s.finess(), d(2021, 1, 1), null);
        }

        w.sheet("Axes", "N° d'axe", "Intitulé", "Description");
        for (String[] a : AXES) {
            w.row(Integer.parseInt(a[0]), a[1], a[2]);
        }

        w.sheet("Fiches actions", "N° de fiche", "N° d'axe", "Intitulé", "Objectif opérationnel", "Pilote",
                "Date de début", "Échéance", "Statut", "Motif d'abandon", "Avancement (%)", "Moyens (€)", "Priorité",
                "Établissements concernés");
        for (Object[] f : actionSheets()) {
            w.row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                    "Abandonnée".equals(f[7]) ? "Appel d'offres infructueux ; cuisine centrale reportée au projet de "
                            + "reconstruction de Morlaix" : null, f[8], f[9], f[10], f[11]);
        }

        w.sheet("Budget", "FINESS ET", "Exercice", "Section", "Payeur", "Groupe fonctionnel", "Montant", "Libellé");
        String[] sectionLabels = {"SOIN", "Soins (EHPAD)", "DEPE", "Dépendance", "HEBE", "Hébergement (EHPAD)",
                "MAIN", "Budget principal"};
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < sectionLabels.length; i += 2) {
            sections.put(sectionLabels[i], sectionLabels[i + 1]);
        }
        Map<String, String> payers = Map.of("AM", "Assurance maladie", "APA", "Département : APA", "ASD",
                "Département : aide sociale", "USR", "Résidents et usagers", "OTH", "Autres payeurs");
        Map<String, String> groups = Map.of("C1", "Charges groupe I", "C2", "Charges groupe II", "C3", "C3", "P1",
                "Produits groupe I", "P2", "Produits groupe II (autres produits relatifs à l'exploitation)");
        for (BudgetRow r : budget()) {
            w.row(r.site().finess(), r.year(), sections.get(r.section()), payers.get(r.payer()), groups.get(r.group()),
                    BigDecimal.valueOf(r.amount()), r.description());
        }

        w.sheet("Indicateurs", "Indicateur", "N° de fiche", "Unité", "Sens", "Valeur de référence",
                "Année de référence", "Source");
        for (Object[] ind : indicators()) {
            w.row(ind[0], ind[1], ind[2], ind[3], ind[4], 2020, ind[1] == null ? "M" : "Saisie manuelle");
        }
        w.sheet("Cibles", "Indicateur", "Exercice", "Cible", "Réalisé", "Commentaire");
        for (Object[] ind : indicators()) {
            double[] targets = (double[]) ind[5];
            double[] actuals = (double[]) ind[6];
            for (int k = 0; k < targets.length; k++) {
                w.row(ind[0], FIRST_YEAR + k, targets[k], k < actuals.length ? actuals[k] : null, null);
            }
        }

        w.sheet("Revues", "Exercice", "Type de revue", "Date", "Conclusions");
        w.row(2021, "annuelle", d(2022, 5, 17), "Ouverture de l'hébergement temporaire engagée ; occupation en "
                + "retrait (93,2 %) du fait de la crise sanitaire ; absentéisme au-dessus de la trajectoire.");
        w.row(2022, "ANN", d(2023, 5, 23), "Trajectoire d'occupation atteinte ; recours à l'intérim réduit de 27 % ; "
                + "circuit du médicament en retard (choix de l'officine).");
        w.row(2023, "à mi-parcours", d(2024, 4, 9), "Revue à mi-parcours : objectifs qualité atteints ; mutualisation "
                + "de la restauration abandonnée ; reconstruction de Morlaix confirmée ; prorogation d'un an envisagée "
                + "pour couvrir la fin des travaux.");
        w.row(2024, "annuelle", d(2025, 5, 20), "Absentéisme sous 10 % ; service autonomie à domicile en cours de "
                + "constitution ; avenant n° 1 de prorogation signé le 14 mars 2025.");
        return wb;
    }

    /** Writes the filled workbook to a file. */
    public static Path writeWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = workbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** Appends sheets and rows; numbers as numeric cells, dates as date cells, the rest as text. */
    private static final class Writer {
        private final XSSFWorkbook wb;
        private final CellStyle date;
        private final CellStyle text;
        private Sheet sheet;

        Writer(XSSFWorkbook wb, CellStyle date, CellStyle text) {
            this.wb = wb;
            this.date = date;
            this.text = text;
        }

        void sheet(String name, String... headers) {
            sheet = wb.createSheet(name);
            row((Object[]) headers);
        }

        void row(Object... values) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell c = row.createCell(i);
                if (v instanceof LocalDate ld) {
                    c.setCellValue(ld);
                    c.setCellStyle(date);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(v.toString());
                    c.setCellStyle(text);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------- tenant, ledger

    /**
     * Writes the iDempiere records the workbook names, in one transaction: the client with its primary accounting
     * schema, the head office and one organisation per establishment, the partners (association, ARS Bretagne,
     * conseil départemental du Finistère), the pilots and the chart of accounts. Client-System rows (EUR, the
     * default account-group mapping) are added only when missing.
     */
    public static Tenant loadTenant(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                Tenant t = new Rows(c).tenant();
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the " + BRAND + " tenant: " + e.getMessage(), e);
        }
    }

    /**
     * Posts the ledger (PostingType A, the tenant's primary schema) of each establishment's organisation for
     * 2021–{@value #LAST_POSTED_YEAR}: per functional group, the budget times a consumption factor (staff costs over
     * budget at Morlaix from 2023, hébergement income under budget in 2021), spread over the group's accounts and
     * twelve months, each entry balanced by a third-party line. Returns the number of Fact_Acct rows.
     */
    public static int postLedger(DataSource ds, Tenant tenant) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                int n = new Rows(c).ledger(tenant);
                c.commit();
                return n;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not post the " + BRAND + " ledger: " + e.getMessage(), e);
        }
    }

    /** The commitment of the sixth year alone (what the prorogation avenant adds to the contract's total). */
    public static BigDecimal commitmentOf(int year) {
        long total = 0;
        for (BudgetRow r : budget()) {
            if (r.year() == year && (r.group().equals("P1") || r.group().equals("P2"))
                    && List.of("AM", "APA", "PCH", "ASD", "DEP").contains(r.payer())) {
                total += r.amount();
            }
        }
        return BigDecimal.valueOf(total);
    }

    /**
     * Records avenant n° 1, the prorogation of the signed 2021–2025 contract into 2026 (requested on 14 March 2025,
     * more than six months before the end; applied on 20 March 2025), as the history the contract keeps of an
     * applied amendment: previous end date and total, new end date, the sixth year's commitment as amount change.
     * Written as MESSIDOR writes its amendments, after the contract (imported in its prorogued state) is signed.
     * Then writes the prorogued contract's activity and deadlines ({@link SampleCalendar}).
     */
    public static void recordProrogation(DataSource ds, int contractId) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            Rows rows = new Rows(c);
            rows.nextId = ID_BASE + 90_000;
            BigDecimal sixth = commitmentOf(LAST_YEAR);
            Map<String, Object> values = Rows.row("CPOM_Amendment_ID", rows.id(), "AD_Org_ID", 0,
                    "CPOM_Contract_ID", contractId, "AmendmentNo", 1,
                    "DateDoc", Timestamp.valueOf(LocalDate.of(2025, 3, 14).atStartOfDay()),
                    "Description", "Avenant n° 1 de prorogation : le contrat est prorogé d'une sixième année, "
                            + "jusqu'au 31 décembre 2026, pour couvrir la reconstruction de l'EHPAD Les Hortensias ; "
                            + "budget 2026 au taux d'évolution de 1,8 %.",
                    "NewDateTo", Timestamp.valueOf(LocalDate.of(2026, 12, 31).atStartOfDay()), "AmtChange", sixth,
                    "Processed", "Y", "DateApplied", Timestamp.valueOf(LocalDate.of(2025, 3, 20).atStartOfDay()),
                    "PrevDateTo", Timestamp.valueOf(LocalDate.of(2025, 12, 31).atStartOfDay()),
                    "PrevTotalAmt", commitment().subtract(sixth), "IsProrogation", "Y");
            rows.insert(CLIENT_ID, "CPOM_Amendment", values);
            SampleCalendar.genets(c, contractId); // activity and deadlines of the prorogued contract
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the " + BRAND + " prorogation: " + e.getMessage(), e);
        }
    }

    /** Type of each establishment of {@link #SITES}, in order. */
    static final List<BalanceSheet.Kind> KINDS = List.of(BalanceSheet.Kind.EHPAD, BalanceSheet.Kind.EHPAD,
            BalanceSheet.Kind.SSIAD, BalanceSheet.Kind.SAAD);

    /** The writes of one load (the id counter lives here: no shared state). */
    private static final class Rows {
        private final Connection c;
        private final Random rnd = new Random(SEED);
        private int nextId = ID_BASE;

        Rows(Connection c) {
            this.c = c;
        }

        Tenant tenant() throws SQLException {
            nextId = ID_BASE;
            if (!exists("C_Currency", "C_Currency_ID", MessidorSample.EUR_CURRENCY_ID)) {
                insert(0, "C_Currency", row("C_Currency_ID", MessidorSample.EUR_CURRENCY_ID, "AD_Org_ID", 0,
                        "ISO_Code", "EUR", "CurSymbol", "€", "Description", "Euro", "StdPrecision", 2));
            }
            if (!exists("CPOM_AccountGroup", "AD_Client_ID", 0)) {
                int sysId = 910_000;
                for (AccountGroupMapping m : AccountGroupMapper.defaultMappings()) {
                    insert(0, "CPOM_AccountGroup", row("CPOM_AccountGroup_ID", sysId++, "AD_Org_ID", 0,
                            "AccountPrefix", m.accountPrefix(), "FunctionalGroup", m.functionalGroup().code(),
                            "Description", m.description()));
                }
            }
            insert(CLIENT_ID, "AD_Client", row("AD_Client_ID", CLIENT_ID, "AD_Org_ID", 0, "Value", BRAND,
                    "Name", "Association Les Genêts d'Armor"));
            int head = insert(CLIENT_ID, "AD_Org", row("AD_Org_ID", id(), "Value", BRAND + "-SIEGE",
                    "Name", "Les Genêts d'Armor - Siège (Quimper)", "IsSummary", "N"));
            Map<String, Integer> orgs = new LinkedHashMap<>();
            for (Site s : SITES) {
                orgs.put(s.finess(), insert(CLIENT_ID, "AD_Org", row("AD_Org_ID", id(), "Value", BRAND + "-" + s.code(),
                        "Name", s.name(), "IsSummary", "N")));
            }
            int schema = insert(CLIENT_ID, "C_AcctSchema", row("C_AcctSchema_ID", id(), "AD_Org_ID", 0,
                    "Name", "Genêts d'Armor PCG ESSMS EUR", "C_Currency_ID", MessidorSample.EUR_CURRENCY_ID));
            insert(CLIENT_ID, "AD_ClientInfo", row("AD_Client_ID", CLIENT_ID, "AD_Org_ID", 0, "C_AcctSchema1_ID",
                    schema));
            for (Account a : ACCOUNTS) {
                insert(CLIENT_ID, "C_ElementValue", row("C_ElementValue_ID", id(), "AD_Org_ID", 0, "Value", a.value(),
                        "Name", a.name(), "AccountType", a.value().startsWith("6") ? "E"
                                : a.value().startsWith("7") ? "R" : a.value().startsWith("4") ? "L" : "A",
                        "AccountSign", "N", "IsSummary", "N"));
            }
            insert(CLIENT_ID, "C_BPartner", row("C_BPartner_ID", id(), "AD_Org_ID", 0, "Value", BRAND,
                    "Name", "Association Les Genêts d'Armor", "TaxID", "78145296300027"));
            insert(CLIENT_ID, "C_BPartner", row("C_BPartner_ID", id(), "AD_Org_ID", 0, "Value", "ARS-BZH",
                    "Name", "Agence régionale de santé Bretagne", "IsVendor", "Y"));
            insert(CLIENT_ID, "C_BPartner", row("C_BPartner_ID", id(), "AD_Org_ID", 0, "Value", "CD29",
                    "Name", "Conseil départemental du Finistère", "IsVendor", "Y"));
            String[][] pilots = {{"Anne Le Goff", "Directrice du pôle domicile"},
                    {"Yannick Kerjean", "Directeur de l'EHPAD Ty Aven"}, {"Dr Morgane Tanguy", "Médecin coordonnateur"},
                    {"Gwenaëlle Riou", "Directrice des ressources humaines"},
                    {"Loïc Guéguen", "Directeur administratif et financier"}};
            for (String[] p : pilots) {
                String login = p[0].toLowerCase(Locale.ROOT).replace("dr ", "").replace(' ', '.');
                insert(CLIENT_ID, "AD_User", row("AD_User_ID", id(), "AD_Org_ID", 0, "Value", login, "Name", p[0],
                        "Title", p[1], "EMail", login + "@genets-armor.example.org"));
            }
            // the balance-sheet accounts, with ids and UUIDs of their own so every other row keeps its id
            for (int k = 0; k < BalanceSheet.ACCOUNTS.length; k++) {
                String[] a = BalanceSheet.ACCOUNTS[k];
                insert(CLIENT_ID, "C_ElementValue", row("C_ElementValue_ID", ID_BASE + 95_000 + k, "AD_Org_ID", 0,
                        "Value", a[0], "Name", a[1], "AccountType", a[2], "AccountSign", "N", "IsSummary", "N",
                        "C_ElementValue_UU", UUID.nameUUIDFromBytes((SEED + ":account:" + a[0])
                                .getBytes(StandardCharsets.UTF_8)).toString()));
            }
            return new Tenant(CLIENT_ID, head, Collections.unmodifiableMap(orgs), schema,
                    MessidorSample.EUR_CURRENCY_ID);
        }

        int ledger(Tenant t) throws SQLException {
            nextId = ID_BASE + 100_000;
            Map<String, Integer> accounts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT Value, C_ElementValue_ID FROM C_ElementValue WHERE AD_Client_ID=?")) {
                ps.setInt(1, CLIENT_ID);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        accounts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            // budget by establishment × year × group (sections and payers summed, as the ledger sees them)
            Map<String, Long> byKey = new LinkedHashMap<>();
            for (BudgetRow r : budget()) {
                if (r.year() <= LAST_POSTED_YEAR) {
                    byKey.merge(r.site().finess() + "|" + r.year() + "|" + r.group(), r.amount(), Long::sum);
                }
            }
            PreparedStatement ps = c.prepareStatement("INSERT INTO Fact_Acct (Fact_Acct_ID, Fact_Acct_UU, "
                    + "AD_Client_ID, AD_Org_ID, IsActive, Created, CreatedBy, Updated, UpdatedBy, C_AcctSchema_ID, "
                    + "Account_ID, DateTrx, DateAcct, AD_Table_ID, Record_ID, PostingType, C_Currency_ID, "
                    + "AmtSourceDr, AmtSourceCr, AmtAcctDr, AmtAcctCr, Description) VALUES (?,?,?,?,'Y',now(),100,"
                    + "now(),100,?,?,?,?,318,?,'A',?,?,?,?,?,?)");
            int count = 0;
            try (ps) {
                for (Map.Entry<String, Long> e : byKey.entrySet()) {
                    String[] k = e.getKey().split("\\|");
                    int site = indexOf(k[0]);
                    int year = Integer.parseInt(k[1]);
                    String group = k[2];
                    double factor = 0.95 + 0.07 * rnd.nextDouble();
                    if (group.equals("P1")) {
                        factor = year == 2021 && site < 2 ? 0.962 : 0.995 + 0.01 * rnd.nextDouble();
                    } else if (group.equals("C2") && site == 1 && year >= 2023) {
                        factor = 1.06 + 0.02 * (year - 2023);
                    }
                    long cents = Math.round(e.getValue() * 100 * factor);
                    List<Account> groupAccounts = ACCOUNTS.stream().filter(a -> group.equals(a.group())).toList();
                    if (group.equals("P1")) {
                        // tarification: assurance maladie 7311, département 7312, usagers 7313
                        groupAccounts = site < 2 ? ACCOUNTS.subList(9, 12)
                                : site == 2 ? ACCOUNTS.subList(9, 10) : ACCOUNTS.subList(10, 12);
                    }
                    boolean charge = group.startsWith("C");
                    String counter = charge ? (group.equals("C2") ? "421" : "401") : "411";
                    int org = t.orgByFiness().get(k[0]);
                    long left = cents;
                    for (int a = 0; a < groupAccounts.size(); a++) {
                        long accountCents = a == groupAccounts.size() - 1 ? left : cents / groupAccounts.size();
                        left -= accountCents;
                        long monthLeft = accountCents;
                        for (int m = 1; m <= 12; m++) {
                            long piece = m == 12 ? monthLeft : accountCents / 12;
                            monthLeft -= piece;
                            Timestamp day = Timestamp.valueOf(LocalDate.of(year, m, 10 + a).atStartOfDay());
                            String desc = groupAccounts.get(a).name() + String.format(" %02d/%d", m, year);
                            String value = groupAccounts.get(a).value();
                            int account = accounts.get(value);
                            // social charges are owed to the URSSAF (431); depreciation credits the assets' 28x
                            int counterId = accounts.get(value.equals("6451") ? "431" : counter);
                            count += fact(ps, t, org, charge ? account : counterId, day, piece, desc);
                            if (value.equals("6811")) {
                                for (Map.Entry<String, Long> dep : BalanceSheet.depreciationSplit(KINDS.get(site),
                                        piece).entrySet()) {
                                    if (dep.getValue() != 0) {
                                        count += fact(ps, t, org, accounts.get(dep.getKey()), day, -dep.getValue(),
                                                desc);
                                    }
                                }
                            } else {
                                count += fact(ps, t, org, charge ? counterId : account, day, -piece, desc);
                            }
                        }
                    }
                }
                ps.executeBatch();
                int[] written = {0};
                BalanceSheet.post(c, CLIENT_ID, t.acctSchemaId(), FIRST_YEAR, LAST_POSTED_YEAR, sites(t),
                        investments(t), 0.015, (org, account, date, dr, cr, text) ->
                                written[0] += fact(ps, t, org, accounts.get(account), date, dr > 0 ? dr : -cr, text));
                ps.executeBatch();
                count += written[0];
            }
            return count;
        }

        /**
         * Classes 1 to 5 ({@link BalanceSheet}): Quimper's building half way through its life, Morlaix's 1974
         * building nearly written off with little debt left and cash put aside for its reconstruction; the home
         * services rent their premises (vehicles, fittings and IT only), and the SAAD carries a past loss and is paid
         * late by the département.
         */
        static List<BalanceSheet.Site> sites(Tenant t) {
            double[][] p = { // building wear, equipment wear, cash days, receivable days, loan share, carried loss
                    {0.42, 0.58, 30, 18, 0.50, 0}, {0.74, 0.70, 110, 20, 0.10, 0}, {0.50, 0.60, 45, 12, 0.30, 0},
                    {0.45, 0.55, 12, 55, 0.20, 1}};
            List<BalanceSheet.Site> out = new ArrayList<>();
            for (int i = 0; i < SITES.size(); i++) {
                out.add(new BalanceSheet.Site(t.orgByFiness().get(SITES.get(i).finess()), KINDS.get(i), p[i][0],
                        p[i][1], p[i][2], p[i][3], p[i][4], p[i][5] == 1));
            }
            return out;
        }

        /**
         * The investments of action sheets FA-02 (6 places of temporary accommodation at Quimper, 2022, half paid by
         * an ARS grant) and FA-07 (reconstruction of Les Hortensias at Morlaix: studies in 2022, works in 2023 and
         * 2024 financed by two 25-year loans and a CNSA investment grant).
         */
        static List<BalanceSheet.Investment> investments(Tenant t) {
            int quimper = t.orgByFiness().get(SITES.get(0).finess());
            int morlaix = t.orgByFiness().get(SITES.get(1).finess());
            return List.of(
                    new BalanceSheet.Investment(quimper, 2022, "2135", 120_000, 0, 0, 0, 60_000,
                            "Aménagement de 6 places d'hébergement temporaire (FA-02)"),
                    new BalanceSheet.Investment(morlaix, 2022, "2313", 900_000, 0, 0, 0, 0,
                            "Reconstruction des Hortensias : études et maîtrise d'œuvre (FA-07)"),
                    new BalanceSheet.Investment(morlaix, 2023, "2313", 3_400_000, 3_000_000, 25, 0.039, 1_600_000,
                            "Reconstruction des Hortensias : travaux 2023 (FA-07)"),
                    new BalanceSheet.Investment(morlaix, 2024, "2313", 3_800_000, 3_500_000, 25, 0.037, 0,
                            "Reconstruction des Hortensias : travaux 2024 (FA-07)"));
        }

        /** One ledger line: a positive amount is a debit, a negative one a credit. */
        private int fact(PreparedStatement ps, Tenant t, int org, int account, Timestamp day, long cents,
                String description) throws SQLException {
            int id = id();
            BigDecimal dr = BigDecimal.valueOf(Math.max(cents, 0), 2);
            BigDecimal cr = BigDecimal.valueOf(Math.max(-cents, 0), 2);
            int p = 1;
            ps.setInt(p++, id);
            ps.setString(p++, uuid(id));
            ps.setInt(p++, CLIENT_ID);
            ps.setInt(p++, org);
            ps.setInt(p++, t.acctSchemaId());
            ps.setInt(p++, account);
            ps.setTimestamp(p++, day);
            ps.setTimestamp(p++, day);
            ps.setInt(p++, id);
            ps.setInt(p++, t.currencyId());
            ps.setBigDecimal(p++, dr);
            ps.setBigDecimal(p++, cr);
            ps.setBigDecimal(p++, dr);
            ps.setBigDecimal(p++, cr);
            ps.setString(p, description);
            ps.addBatch();
            return 1;
        }

        private static int indexOf(String finess) {
            for (int i = 0; i < SITES.size(); i++) {
                if (SITES.get(i).finess().equals(finess)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(finess);
        }

        int id() {
            return nextId++;
        }

        static String uuid(int id) {
            return UUID.nameUUIDFromBytes((SEED + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
        }

        boolean exists(String table, String column, int value) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE " + column + "=?")) {
                ps.setInt(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }

        /** Inserts a stand-in row with the standard columns; columns the stand-in lacks are left out. */
        int insert(int client, String table, Map<String, Object> values) throws SQLException {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.putIfAbsent("AD_Client_ID", client);
            all.putIfAbsent("IsActive", "Y");
            all.putIfAbsent("CreatedBy", 100);
            all.putIfAbsent("UpdatedBy", 100);
            all.putIfAbsent(table + "_UU", uuid(nextId * 7 + all.size()));
            List<String> known = columns(table);
            all.keySet().removeIf(k -> !known.contains(k.toLowerCase(Locale.ROOT)));
            StringJoiner cols = new StringJoiner(",");
            StringJoiner marks = new StringJoiner(",");
            for (String k : all.keySet()) {
                cols.add(k);
                marks.add("?");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
                int p = 1;
                for (Object v : all.values()) {
                    ps.setObject(p++, v);
                }
                ps.executeUpdate();
            }
            Object key = values.get(table + "_ID");
            return key == null ? -1 : ((Number) key).intValue();
        }

        List<String> columns(String table) throws SQLException {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ?")) {
                ps.setString(1, table.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        }

        static Map<String, Object> row(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], kv[i + 1]);
            }
            return m;
        }
    }
}
