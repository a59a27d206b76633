package org.cpom.verify;

import static org.cpom.verify.Session.cols;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.compiere.model.PO;
import org.compiere.process.DocAction;
import org.cpom.core.finess.Finess;

/**
 * The MESSIDOR sample (CPOM signed on 20 June 2013 between ARS Rhône-Alpes and the association MESSIDOR: 13 ESAT,
 * five départements, 7 strategic axes, 11 action sheets, budget lines, indicators, reviews) saved the way users
 * save it: every row a PO from MTable (the plugin's model factory) saved in the tenant session, so iDempiere's
 * ModelValidationEngine and EventAdmin deliver each save to the plugin's event handlers. The contract is signed
 * through DocumentEngine. The same figures as the project's test sample (cpom-testkit MessidorSample), without
 * the ledger lines, which iDempiere writes only by posting documents.
 */
final class MessidorThroughPo {

    record Site(String town, String dep, int places) {
    }

    static final List<Site> SITES = List.of(
            new Site("Lyon Gerland", "69", 80), new Site("Villeurbanne", "69", 70), new Site("Vénissieux", "69", 60),
            new Site("Caluire-et-Cuire", "69", 50), new Site("Bron", "69", 45),
            new Site("Grenoble", "38", 75), new Site("Saint-Martin-d'Hères", "38", 60), new Site("Voiron", "38", 40),
            new Site("Saint-Étienne", "42", 70), new Site("Roanne", "42", 45),
            new Site("Valence", "26", 65), new Site("Montélimar", "26", 40),
            new Site("Annecy", "74", 100));

    static final List<String> AXES = List.of(
            "Être mieux identifié comme le référent du travail protégé pour les personnes handicapées psychiques",
            "Améliorer la couverture territoriale sur les bassins de vie et d'emploi en Rhône-Alpes",
            "Évaluer les personnes psychiquement fragiles : plateforme d'évaluation socio-professionnelle",
            "Développer de nouvelles activités dans les secteurs dynamiques, travail hors les murs",
            "Consolider la formation et la professionnalisation des travailleurs et des encadrants",
            "Recherche et développement : méthodologies nouvelles pour la réinsertion durable",
            "Renforcer les compétences et l'efficience du siège");

    /** value, axis (1-based), title, due date, status, progress, priority. */
    static final Object[][] SHEETS = {
            {"FA-01", 1, "Formaliser les partenariats avec les secteurs sanitaire et médico-social", LocalDate.of(2014, 12, 31), "DO", 100, "1"},
            {"FA-02", 1, "Organiser le suivi des parcours entre hôpital, ESAT et milieu ordinaire", LocalDate.of(2016, 12, 31), "IP", 70, "1"},
            {"FA-03", 3, "Créer la plateforme d'évaluation socio-professionnelle", LocalDate.of(2015, 6, 30), "DO", 100, "1"},
            {"FA-04", 2, "Ouvrir une antenne dans la Drôme pour couvrir le bassin de Romans", LocalDate.of(2015, 12, 31), "LA", 40, "2"},
            {"FA-05", 4, "Développer des activités dans les métiers en tension et le travail hors les murs", LocalDate.of(2017, 6, 30), "IP", 60, "1"},
            {"FA-06", 4, "Accompagner les transitions vers le milieu ordinaire", LocalDate.of(2016, 12, 31), "DO", 100, "2"},
            {"FA-07", 5, "Déployer la reconnaissance des acquis de l'expérience des travailleurs", LocalDate.of(2016, 6, 30), "DO", 100, "2"},
            {"FA-08", 5, "Mettre en place la GPEC des encadrants", LocalDate.of(2017, 12, 31), "IP", 50, "2"},
            {"FA-09", 6, "Expérimenter l'emploi accompagné avec deux entreprises partenaires", LocalDate.of(2017, 6, 30), "PL", 0, "3"},
            {"FA-10", 6, "Conduire une recherche-action avec un laboratoire universitaire", LocalDate.of(2016, 12, 31), "AB", 20, "3"},
            {"FA-11", 7, "Mutualiser les fonctions support du siège (paie, achats, qualité)", LocalDate.of(2017, 12, 31), "IP", 80, "2"}};

    /** name, unit, direction, baseline (2012), targets 2013..2017. */
    static final Object[][] INDICATORS = {
            {"Taux d'occupation des places", "%", "H", "93.5", new String[] {"95", "96", "96.5", "97", "97"}},
            {"Délai moyen d'admission", "jours", "L", "210", new String[] {"180", "160", "140", "120", "100"}},
            {"Évaluations socio-professionnelles réalisées", "évaluations", "H", "0", new String[] {"20", "60", "100", "120", "140"}},
            {"Sorties vers le milieu ordinaire", "personnes", "H", "6", new String[] {"8", "10", "12", "14", "16"}}};

    static final int FIRST_YEAR = 2013;
    static final int LAST_YEAR = 2017;

    private final Report report;
    private final Session session;

    MessidorThroughPo(Report report, Session session) {
        this.report = report;
        this.session = session;
    }

    World load() throws Exception {
        session.login("fr_FR");
        String tag = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000);
        Map<String, Integer> saved = new LinkedHashMap<>();
        String trx = Session.newTrx("cpomv-sample");
        boolean ok = false;
        try {
            int managingBody = save(saved, "C_BPartner", cols("Value", "MESSIDOR-" + tag, "Name", "Association MESSIDOR",
                    "TaxID", "77956789600012", "IsCustomer", Boolean.TRUE), trx);
            int ars = save(saved, "C_BPartner", cols("Value", "ARS-RA-" + tag, "Name", "Agence régionale de santé Rhône-Alpes",
                    "IsVendor", Boolean.TRUE), trx);
            int shipped = Session.value("SELECT COUNT(*) FROM CPOM_FinessCategory WHERE AD_Client_ID=0");
            report.check("sample", "FINESS categories shipped by the 2Pack (System rows)", shipped > 0
                    && Session.value("SELECT COUNT(*) FROM CPOM_FinessCategory WHERE AD_Client_ID=0 AND Value='246'") == 1,
                    shipped + " System rows" + (shipped > 0 ? "" : ": the sample uses a tenant row for ESAT (246)"));
            int category = Contracts.category("246", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)");
            int serial = Integer.parseInt(tag) % 900_000;
            String finessEj = finess("69", serial + 99_000);
            List<Integer> est = new ArrayList<>();
            for (int i = 0; i < SITES.size(); i++) {
                Site s = SITES.get(i);
                int org = save(saved, "AD_Org", cols("Value", "MSD" + tag + "-ESAT" + (i + 1), "Name",
                        "ESAT MESSIDOR " + s.town() + " " + tag, "IsSummary", Boolean.FALSE), trx);
                est.add(save(saved, "CPOM_Establishment", cols("AD_Org_ID", org, "FINESS_EG", finess(s.dep(), serial + 37 * i),
                        "FINESS_EJ", finessEj, "Name", "ESAT MESSIDOR " + s.town(),
                        "Description", "Établissement et service d'aide par le travail",
                        "CPOM_FinessCategory_ID", category, "CapacityAuthorised", BigDecimal.valueOf(s.places()),
                        "CapacityInstalled", BigDecimal.valueOf(s.places() - (i % 4 == 3 ? 2 : 0)), "OpeningDays", 228,
                        "PublicServed", "Personnes handicapées psychiques", "Departement", s.dep(),
                        "TariffAuthority", "ARS", "AuthorisationDate", LocalDate.of(2002 + i % 9, 1 + i % 12, 1),
                        "AuthorisationEndDate", LocalDate.of(2027 + i % 9, 1 + i % 12, 1)), trx));
            }
            int contract = save(saved, "CPOM_Contract", cols("AD_Org_ID", 0, "DocumentNo", "CPOM-2013-" + tag,
                    "Name", "CPOM MESSIDOR 2013-2017", "Description", "Contrat pluriannuel d'objectifs et de moyens des ESAT MESSIDOR",
                    "LegalBasis", "L11", "ManagingBody_BPartner_ID", managingBody, "ARS_BPartner_ID", ars,
                    "DateFrom", LocalDate.of(FIRST_YEAR, 1, 1), "DateTo", LocalDate.of(LAST_YEAR, 12, 31),
                    "DateSigned", LocalDate.of(2013, 6, 20), "IsExtended", Boolean.FALSE, "TotalAmt", BigDecimal.ZERO,
                    "SharedDiagnosis", "Diagnostic partagé : 13 ESAT accueillant 800 travailleurs handicapés psychiques"
                            + " sur cinq départements."), trx);
            for (int e : est) {
                save(saved, "CPOM_ContractEstablishment", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "CPOM_Establishment_ID", e, "DateJoined", LocalDate.of(FIRST_YEAR, 1, 1)), trx);
            }
            List<Integer> axes = new ArrayList<>();
            for (int i = 0; i < AXES.size(); i++) {
                axes.add(save(saved, "CPOM_Axis", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract, "SeqNo", (i + 1) * 10,
                        "Name", AXES.get(i)), trx));
            }
            Map<String, Integer> sheets = new LinkedHashMap<>();
            for (Object[] s : SHEETS) {
                String status = (String) s[4];
                int id = save(saved, "CPOM_ActionSheet", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "CPOM_Axis_ID", axes.get((Integer) s[1] - 1), "Value", s[0], "Name", s[2],
                        "Objective", "Objectif opérationnel : " + s[2], "AD_User_ID", session.userId(),
                        "Partners", "ARS Rhône-Alpes, Cap emploi, secteur psychiatrique",
                        "StartDate", LocalDate.of(2013, 9, 1), "DueDate", s[3], "ActionStatus", status,
                        "AbandonReason", "AB".equals(status) ? "Aucun laboratoire partenaire n'a pu être mobilisé." : null,
                        "Progress", BigDecimal.valueOf((Integer) s[5]),
                        "MeansAmt", BigDecimal.valueOf(15_000L * ((Integer) s[1] + 1)), "Priority", s[6]), trx);
                sheets.put((String) s[0], id);
                save(saved, "CPOM_ActionSheetEstablishment", cols("AD_Org_ID", 0, "CPOM_ActionSheet_ID", id,
                        "CPOM_Establishment_ID", est.get(sheets.size() % est.size())), trx);
            }
            for (Object[] ind : INDICATORS) {
                int id = save(saved, "CPOM_Indicator", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "Name", ind[0], "UnitName", ind[1], "Direction", ind[2], "BaselineValue", new BigDecimal((String) ind[3]),
                        "BaselineYear", 2012, "IndicatorSource", "M"), trx);
                String[] targets = (String[]) ind[4];
                for (int k = 0; k < targets.length; k++) {
                    save(saved, "CPOM_IndicatorValue", cols("AD_Org_ID", 0, "CPOM_Indicator_ID", id,
                            "FiscalYear", FIRST_YEAR + k, "TargetValue", new BigDecimal(targets[k])), trx);
                }
            }
            BigDecimal dotationTotal = budget(saved, contract, est, trx);
            Session.update("CPOM_Contract", contract, cols("TotalAmt", dotationTotal), trx);
            PO doc = Session.load("CPOM_Contract", contract, trx);
            boolean completed = ((DocAction) doc).processIt(DocAction.ACTION_Complete);
            doc.saveEx();
            report.check("sample", "MESSIDOR contract signed through DocumentEngine",
                    completed && DocAction.STATUS_Completed.equals(((DocAction) doc).getDocStatus()),
                    "processIt(CO) -> " + completed + ", DocStatus " + ((DocAction) doc).getDocStatus() + "; "
                            + ((DocAction) doc).getProcessMsg());
            Object[][] reviews = {
                    {2013, "ANN", LocalDate.of(2014, 5, 22), "Première année : montée en charge conforme."},
                    {2015, "MID", LocalDate.of(2016, 6, 14), "Revue à mi-parcours : 5 fiches actions sur 11 réalisées."},
                    {2017, "FIN", LocalDate.of(2018, 4, 26), "Bilan final : objectifs atteints à 85 %."}};
            for (Object[] r : reviews) {
                save(saved, "CPOM_Review", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract, "FiscalYear", r[0],
                        "ReviewKind", r[1], "DateDoc", r[2], "Conclusions", r[3]), trx);
            }
            int renewal = save(saved, "CPOM_Contract", cols("AD_Org_ID", 0, "DocumentNo", "CPOM-2018-" + tag,
                    "Name", "CPOM MESSIDOR 2018-2022 (renouvellement)", "LegalBasis", "L11",
                    "ManagingBody_BPartner_ID", managingBody, "ARS_BPartner_ID", ars,
                    "DateFrom", LocalDate.of(2018, 1, 1), "DateTo", LocalDate.of(2022, 12, 31),
                    "IsExtended", Boolean.FALSE, "TotalAmt", BigDecimal.ZERO), trx);
            Session.commit(trx);
            ok = true;
            int total = saved.values().stream().mapToInt(Integer::intValue).sum();
            report.check("sample", "MESSIDOR rows saved through PO", true, total + " rows: " + saved);
            // what was committed is what the database holds
            int persisted = Session.value("SELECT COUNT(*) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=?", contract);
            report.check("sample", "budget lines in the database", persisted == saved.get("CPOM_BudgetLine"),
                    persisted + " rows of contract " + contract);
            return new World(tag, contract, renewal, List.copyOf(est), managingBody, ars);
        } finally {
            Session.close(trx, ok);
            if (!ok) {
                report.fail("sample", "MESSIDOR rows saved through PO", "rolled back after " + saved);
            }
        }
    }

    private static int save(Map<String, Integer> saved, String table, Map<String, Object> values, String trx) {
        int id = Session.insert(table, values, trx);
        saved.merge(table, 1, Integer::sum);
        return id;
    }

    /** Budget lines per ESAT and year as the test sample; returns the ARS dotation (group P1) total. */
    private static BigDecimal budget(Map<String, Integer> saved, int contract, List<Integer> est, String trx) {
        BigDecimal dotationTotal = BigDecimal.ZERO;
        for (int i = 0; i < est.size(); i++) {
            Site s = SITES.get(i);
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                double growth = Math.pow(1.012, y - FIRST_YEAR);
                long dotation = round100(4_200_000.0 * s.places() / 800.0 * growth);
                long other = round100(dotation * 0.02);
                long c1 = round100((dotation + other) * 0.14);
                long c2 = round100((dotation + other) * 0.70);
                long c3 = dotation + other - c1 - c2;
                long sales = round100(s.places() * 4_000.0 * (0.9 + 0.2 * ((i * 7 + y) % 5) / 4.0));
                long fin = round100(sales * 0.005);
                long b1 = round100((sales + fin) * 0.55);
                long b2 = round100((sales + fin) * 0.30);
                long b3 = sales + fin - b1 - b2;
                Object[][] lines = {{"ARS", "P1", "BPAS", dotation}, {"OTH", "P2", "BPAS", other},
                        {"ARS", "C1", "BPAS", c1}, {"ARS", "C2", "BPAS", c2}, {"ARS", "C3", "BPAS", c3},
                        {"OWN", "P2", "BAPC", sales}, {"OWN", "P3", "BAPC", fin}, {"OWN", "C1", "BAPC", b1},
                        {"OWN", "C2", "BAPC", b2}, {"OWN", "C3", "BAPC", b3}};
                for (Object[] l : lines) {
                    save(saved, "CPOM_BudgetLine", cols("AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                            "CPOM_Establishment_ID", est.get(i), "FiscalYear", y, "Funder", l[0], "FunctionalGroup", l[1],
                            "BudgetSection", l[2], "Amount", BigDecimal.valueOf((Long) l[3])), trx);
                }
                dotationTotal = dotationTotal.add(BigDecimal.valueOf(dotation));
            }
        }
        return dotationTotal;
    }

    static long round100(double v) {
        return Math.round(v / 100.0) * 100L;
    }

    /** A valid FINESS number of the département: 2 characters, 6 digits, Luhn key. */
    static String finess(String dep, int serial) {
        String first8 = dep + String.format("%06d", Math.floorMod(serial, 1_000_000));
        return first8 + Finess.computeKey(first8);
    }
}
