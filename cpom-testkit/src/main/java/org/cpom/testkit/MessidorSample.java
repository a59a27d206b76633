package org.cpom.testkit;

import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.model.AccountGroupMapping;

import javax.sql.DataSource;
import java.math.BigDecimal;
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
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The MESSIDOR sample: the CPOM signed on 20 June 2013 between ARS Rhône-Alpes and the association MESSIDOR
 * (13 ESAT, 800 places, five départements, 7 strategic axes, 11 action sheets, budget over 4 M€ a year),
 * completed with invented but plausible figures: budget lines, posted ledger lines, indicators, amendments and
 * reviews. Deterministic: the same seed always writes the same rows and amounts.
 *
 * <p>{@link #messidor()} is the reference tenant; {@link #otherClient()} writes a look-alike tenant with other
 * amounts, so a test can load both into one database and check tenant isolation.
 */
public final class MessidorSample {

    /** AD_Client_ID of the MESSIDOR tenant. */
    public static final int CLIENT_ID = 1_000_000;
    /** AD_Client_ID of the second tenant used for isolation tests. */
    public static final int OTHER_CLIENT_ID = 1_000_001;
    public static final int FIRST_YEAR = 2013;
    public static final int LAST_YEAR = 2017;
    /** C_Currency_ID of EUR in iDempiere. */
    public static final int EUR_CURRENCY_ID = 102;
    /** AD_Table_ID of C_Invoice and GL_Journal: the ledger lines pretend to come from these documents. */
    static final int AD_TABLE_INVOICE = 318;
    static final int AD_TABLE_GL_JOURNAL = 224;
    /** SuperUser, the creator of every sample row. */
    static final int SUPERUSER_ID = 100;
    /** The seven strategic axes of the MESSIDOR contract, verbatim from the ARS announcement of 24 June 2013. */
    public static final List<String> AXES = List.of(
            "Etre mieux identifié par les acteurs du territoire comme le référent du travail protégé et adapté pour "
                    + "les personnes handicapées psychiques : garantir la continuité des parcours entres les secteurs "
                    + "sanitaire, médicosocial et travail.",
            "Améliorer la couverture territoriale, afin d'apporter une meilleure réponse aux besoins des personnes "
                    + "handicapées psychiques sur les bassins de vie et d'emploi en Rhône Alpes.",
            "Evaluer les personnes psychiquement fragiles en développant, avec les partenaires du territoire, une "
                    + "plateforme d'évaluation socio professionnelle",
            "Développer de nouvelles activités dans les secteurs dynamiques répondant à l'évolution des attentes des "
                    + "usagers, facteurs d'insertion (métiers en tension), permettant le travail hors les murs, "
                    + "transition vers le retour vers le milieu ordinaire, en accompagnement des mutations économiques.",
            "Consolider la formation et la professionnalisation des travailleurs handicapés, et des encadrants, en "
                    + "lien avec le développement d'une gestion prévisionnelle des emplois et Compétences",
            "Recherche et développement : développer des méthodologies nouvelles ou expérimentées avec succès dans "
                    + "d'autres univers, afin d'ouvrir le champ des possibles pour la réinsertion sociale et "
                    + "professionnelle durable des personnes psychiquement fragiles)",
            "Renforcer et consolider les compétences et l'efficience du siège dédié à la gestion d'établissements "
                    + "de travail protégé et adapté.");

    /** One ESAT of the perimeter: town, département, places. Places add up to 800. */
    record Site(String town, String dep, int places) {
    }

    static final List<Site> SITES = List.of(
            new Site("Lyon Gerland", "69", 80), new Site("Villeurbanne", "69", 70), new Site("Vénissieux", "69", 60),
            new Site("Caluire-et-Cuire", "69", 50), new Site("Bron", "69", 45),
            new Site("Grenoble", "38", 75), new Site("Saint-Martin-d'Hères", "38", 60), new Site("Voiron", "38", 40),
            new Site("Saint-Étienne", "42", 70), new Site("Roanne", "42", 45),
            new Site("Valence", "26", 65), new Site("Montélimar", "26", 40),
            new Site("Annecy", "74", 100));

    /** Accounts of the sample chart (French M22-like plan), with the functional group they belong to. */
    record Account(String value, String name, String group) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("6061", "Fournitures non stockables (eau, énergie)", "C1"),
            new Account("6063", "Fournitures d'entretien et de petit équipement", "C1"),
            new Account("6226", "Honoraires", "C1"),
            new Account("6242", "Transports d'usagers", "C1"),
            new Account("6218", "Autre personnel extérieur", "C2"),
            new Account("6311", "Taxe sur les salaires", "C2"),
            new Account("6411", "Salaires, appointements", "C2"),
            new Account("6451", "Cotisations à l'URSSAF", "C2"),
            new Account("6132", "Locations immobilières", "C3"),
            new Account("6152", "Entretien et réparations sur biens immobiliers", "C3"),
            new Account("6161", "Primes d'assurance multirisques", "C3"),
            new Account("6811", "Dotations aux amortissements des immobilisations", "C3"),
            new Account("7311", "Dotation globale de financement", "P1"),
            new Account("7011", "Ventes de produits finis", "P2"),
            new Account("7061", "Prestations de services", "P2"),
            new Account("7488", "Autres subventions d'exploitation", "P2"),
            new Account("7611", "Produits financiers", "P3"),
            new Account("7718", "Autres produits exceptionnels sur opérations de gestion", "P3"),
            new Account("401", "Fournisseurs", null),
            new Account("421", "Personnel - rémunérations dues", null),
            new Account("411", "Clients", null),
            new Account("512", "Banque", null));

    /**
     * The tenant's own CPOM_AccountGroup rows; everything else falls back to the system default mapping
     * (client 0, {@link AccountGroupMapper#defaultMappings()}). 6226 (fees) overrides the default C3 of "62".
     */
    static final Map<String, String> CLIENT_ACCOUNT_GROUPS = orderedMap(
            "6226", "C1", "7311", "P1", "6218", "C2");

    /** Marker: the column takes the database's now(). */
    private static final Object NOW = new Object();

    /** A column of a stand-in table, as information_schema describes it. */
    record ColumnInfo(String name, String dataType, boolean mandatory, int maxLength) {
        Object neutralValue() {
            return switch (dataType) {
                case "numeric", "integer", "bigint", "smallint", "double precision", "real" -> BigDecimal.ZERO;
                case "timestamp without time zone", "timestamp with time zone", "date" -> NOW;
                default -> maxLength == 1 ? "N" : "-";
            };
        }
    }

    private final int clientId;
    private final String brand;
    private final long seed;
    private final int idBase;

    private MessidorSample(int clientId, String brand, long seed, int idBase) {
        this.clientId = clientId;
        this.brand = brand;
        this.seed = seed;
        this.idBase = idBase;
    }

    /** The MESSIDOR tenant (AD_Client_ID 1000000). */
    public static MessidorSample messidor() {
        return new MessidorSample(CLIENT_ID, "MESSIDOR", 20130620L, 1_000_000);
    }

    /** A look-alike tenant (AD_Client_ID 1000001, association "HORIZON") with different amounts. */
    public static MessidorSample otherClient() {
        return new MessidorSample(OTHER_CLIENT_ID, "HORIZON", 424242L, 2_000_000);
    }

    /**
     * A tenant of the given id; {@code idBase} is the first record id used (leave 1,000,000 ids per tenant).
     */
    public static MessidorSample forClient(int clientId, String brand, long seed, int idBase) {
        return new MessidorSample(clientId, brand, seed, idBase);
    }

    public int clientId() {
        return clientId;
    }

    /** Writes the sample in one transaction. */
    public LoadedSample load(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                LoadedSample s = new Writer(c).write();
                c.commit();
                return s;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the " + brand + " sample: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> orderedMap(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Axis Name holds 255 characters: longer verbatim axes are cut at the last comma that fits (full text in Description). */
    static String axisTitle(String axis) {
        if (axis.length() <= 255) {
            return axis;
        }
        int cut = axis.lastIndexOf(", ", 254);
        return axis.substring(0, cut > 0 ? cut : 254);
    }

    static Timestamp ts(int y, int m, int d) {
        return Timestamp.valueOf(LocalDate.of(y, m, d).atStartOfDay());
    }

    /** One load: holds the connection, the id counter and the random generator (no shared state). */
    private final class Writer {
        private final Connection c;
        private final Random rnd = new Random(seed);
        private int nextId = idBase;
        private final Map<String, Integer> accountIds = new LinkedHashMap<>();
        private final Map<String, Map<String, ColumnInfo>> columnCache = new LinkedHashMap<>();
        /** Establishment type of each organisation that posts, for the credit side of its depreciation. */
        private final Map<Integer, BalanceSheet.Kind> kinds = new LinkedHashMap<>();

        Writer(Connection c) {
            this.c = c;
        }

        int id() {
            return nextId++;
        }

        LoadedSample write() throws SQLException {
            systemRows();
            insert("AD_Client", row("AD_Client_ID", clientId, "AD_Org_ID", 0, "Value", brand,
                    "Name", "Association " + brand));
            int headOffice = org("SIEGE", brand + " - Siège");
            int currency = EUR_CURRENCY_ID;
            int acctSchema = id();
            insert("C_AcctSchema", row("C_AcctSchema_ID", acctSchema, "AD_Org_ID", 0,
                    "Name", brand + " PCG M22 EUR", "C_Currency_ID", currency));
            // the client's primary accounting schema, which reports read Fact_Acct in by default
            insert("AD_ClientInfo", row("AD_Client_ID", clientId, "AD_Org_ID", 0, "C_AcctSchema1_ID", acctSchema));
            for (Account a : ACCOUNTS) {
                int aid = id();
                accountIds.put(a.value(), aid);
                insert("C_ElementValue", row("C_ElementValue_ID", aid, "AD_Org_ID", 0, "Value", a.value(),
                        "Name", a.name(), "AccountType", accountType(a.value()), "AccountSign", "N",
                        "IsSummary", "N"));
            }
            // the balance-sheet accounts, with ids and UUIDs of their own so every other row keeps its id
            for (int k = 0; k < BalanceSheet.ACCOUNTS.length; k++) {
                String[] a = BalanceSheet.ACCOUNTS[k];
                if (!accountIds.containsKey(a[0])) {
                    int aid = idBase + 900_000 + k;
                    accountIds.put(a[0], aid);
                    insert("C_ElementValue", row("C_ElementValue_ID", aid, "AD_Org_ID", 0, "Value", a[0],
                            "Name", a[1], "AccountType", a[2], "AccountSign", "N", "IsSummary", "N",
                            "C_ElementValue_UU", UUID.nameUUIDFromBytes((seed + ":account:" + a[0])
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString()));
                }
            }
            for (Map.Entry<String, String> e : CLIENT_ACCOUNT_GROUPS.entrySet()) {
                insert("CPOM_AccountGroup", row("CPOM_AccountGroup_ID", id(), "AD_Org_ID", 0,
                        "AccountPrefix", e.getKey(), "FunctionalGroup", e.getValue(),
                        "Description", "Paramétrage " + brand));
            }

            int managingBody = insert("C_BPartner", row("C_BPartner_ID", id(), "AD_Org_ID", 0,
                    "Value", brand, "Name", "Association " + brand, "TaxID", "77956789600012"));
            int ars = insert("C_BPartner", row("C_BPartner_ID", id(), "AD_Org_ID", 0,
                    "Value", "ARS-RA", "Name", "Agence régionale de santé Rhône-Alpes", "IsVendor", "Y"));

            String[][] pilots = {
                    {"Jean-Marc Berthier", "Directeur général"},
                    {"Claire Fontaine", "Directrice adjointe"},
                    {"Sophie Marchand", "Responsable qualité"},
                    {"Karim Benali", "Directeur des ressources humaines"},
                    {"Hélène Rousset", "Directrice ESAT Grenoble"},
                    {"Thomas Girard", "Chargé de mission R&D"}};
            List<Integer> users = new ArrayList<>();
            for (String[] p : pilots) {
                users.add(insert("AD_User", row("AD_User_ID", id(), "AD_Org_ID", 0,
                        "Value", p[0].toLowerCase().replace(' ', '.'), "Name", p[0], "Title", p[1],
                        "EMail", p[0].toLowerCase().replace(' ', '.').replace("é", "e") + "@" + brand.toLowerCase()
                                + ".example.org")));
            }

            int category = finessCategoryEsat();
            String finessEj = SampleFiness.of("69", brand.equals("MESSIDOR") ? 2_417 : 9_113);
            List<Integer> estIds = new ArrayList<>();
            Map<Integer, Integer> orgByEst = new LinkedHashMap<>();
            int serial = brand.equals("MESSIDOR") ? 3_100 : 7_700;
            for (int i = 0; i < SITES.size(); i++) {
                Site s = SITES.get(i);
                int org = org("ESAT" + (i + 1), "ESAT " + brand + " " + s.town());
                int est = insert("CPOM_Establishment", row("CPOM_Establishment_ID", id(), "AD_Org_ID", org,
                        "FINESS_EG", SampleFiness.of(s.dep(), serial + 37 * i), "FINESS_EJ", finessEj,
                        "Name", "ESAT " + brand + " " + s.town(),
                        "Description", "Établissement et service d'aide par le travail",
                        "CPOM_FinessCategory_ID", category, "CapacityAuthorised", s.places(),
                        "CapacityInstalled", s.places() - (i % 4 == 3 ? 2 : 0), "OpeningDays", 228,
                        "PublicServed", "Personnes handicapées psychiques", "Departement", s.dep(),
                        "TariffAuthority", "ARS", "AuthorisationDate", ts(2002 + i % 9, 1 + i % 12, 1),
                        "AuthorisationEndDate", ts(2017 + i % 9, 1 + i % 12, 1)));
                estIds.add(est);
                orgByEst.put(est, org);
            }

            int contract = id();
            insert("CPOM_Contract", row("CPOM_Contract_ID", contract, "AD_Org_ID", 0,
                    "DocumentNo", "CPOM-2013-001", "Name", "CPOM " + brand + " 2013-2017",
                    "Description", "Contrat pluriannuel d'objectifs et de moyens des ESAT " + brand
                            + " (Rhône, Isère, Loire, Drôme, Haute-Savoie)",
                    "LegalBasis", "L11", "ManagingBody_BPartner_ID", managingBody, "ARS_BPartner_ID", ars,
                    "DateFrom", ts(2013, 1, 1), "DateTo", ts(2017, 12, 31), "DateSigned", ts(2013, 6, 20),
                    "IsExtended", "N", "TotalAmt", BigDecimal.ZERO, "C_Currency_ID", currency,
                    "SharedDiagnosis", "Diagnostic partagé : 13 ESAT accueillant 800 travailleurs handicapés "
                            + "psychiques sur cinq départements ; taux d'occupation en deçà de 95 % ; besoin d'une "
                            + "plateforme d'évaluation socio-professionnelle et d'une meilleure couverture territoriale.",
                    "DocStatus", "CO", "DocAction", "CL", "Processed", "Y", "Processing", "N"));
            for (int est : estIds) {
                insert("CPOM_ContractEstablishment", row("CPOM_ContractEstablishment_ID", id(), "AD_Org_ID", 0,
                        "CPOM_Contract_ID", contract, "CPOM_Establishment_ID", est, "DateJoined", ts(2013, 1, 1)));
            }

            // the contract total is the funders' commitment: the sum of its tariff revenue lines (group P1)
            BigDecimal dotationTotal = budget(contract, estIds);
            amendmentsAndReviews(contract, dotationTotal);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE CPOM_Contract SET TotalAmt=? WHERE CPOM_Contract_ID=?")) {
                ps.setBigDecimal(1, dotationTotal);
                ps.setInt(2, contract);
                ps.executeUpdate();
            }
            actionPlan(contract, users, estIds);
            SampleCalendar.messidor(c, clientId, brand, contract, idBase + 950_000); // activity, deadlines

            int facts = ledger(acctSchema, contract, estIds, orgByEst, headOffice);

            int empty = id();
            insert("CPOM_Contract", row("CPOM_Contract_ID", empty, "AD_Org_ID", 0,
                    "DocumentNo", "CPOM-2018-001", "Name", "CPOM " + brand + " 2018-2022 (renouvellement)",
                    "Description", "Projet de renouvellement en cours de négociation",
                    "LegalBasis", "L11", "ManagingBody_BPartner_ID", managingBody, "ARS_BPartner_ID", ars,
                    "DateFrom", ts(2018, 1, 1), "DateTo", ts(2022, 12, 31),
                    "IsExtended", "N", "TotalAmt", BigDecimal.ZERO, "C_Currency_ID", currency,
                    "DocStatus", "DR", "DocAction", "CO", "Processed", "N", "Processing", "N"));

            return new LoadedSample(clientId, headOffice, contract, empty, List.copyOf(estIds),
                    Collections.unmodifiableMap(orgByEst), FIRST_YEAR, LAST_YEAR, facts, acctSchema);
        }

        /** Client-0 rows every tenant relies on; written only when the fixture or an earlier load has not. */
        void systemRows() throws SQLException {
            if (!exists("AD_Client", "AD_Client_ID", 0)) {
                insertAs(0, "AD_Client", row("AD_Client_ID", 0, "AD_Org_ID", 0, "Value", "SYSTEM", "Name", "System"));
            }
            if (!exists("AD_Org", "AD_Org_ID", 0)) {
                insertAs(0, "AD_Org", row("AD_Org_ID", 0, "Value", "0", "Name", "*"));
            }
            if (!exists("AD_ClientInfo", "AD_Client_ID", 0)) {
                insertAs(0, "AD_ClientInfo", row("AD_Org_ID", 0)); // System: no accounting schema
            }
            if (!exists("C_Currency", "C_Currency_ID", EUR_CURRENCY_ID)) {
                insertAs(0, "C_Currency", row("C_Currency_ID", EUR_CURRENCY_ID, "AD_Org_ID", 0, "ISO_Code", "EUR",
                        "CurSymbol", "€", "Description", "Euro", "StdPrecision", 2));
            }
            if (!exists("CPOM_AccountGroup", "AD_Client_ID", 0)) {
                int sysId = 900_000;
                for (AccountGroupMapping m : AccountGroupMapper.defaultMappings()) {
                    insertAs(0, "CPOM_AccountGroup", row("CPOM_AccountGroup_ID", sysId++, "AD_Org_ID", 0,
                            "AccountPrefix", m.accountPrefix(), "FunctionalGroup", m.functionalGroup().code(),
                            "Description", m.description()));
                }
            }
        }

        int finessCategoryEsat() throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT CPOM_FinessCategory_ID FROM CPOM_FinessCategory WHERE Value='246' AND AD_Client_ID=0")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
            }
            return insertAs(0, "CPOM_FinessCategory", row("CPOM_FinessCategory_ID", 900_100, "AD_Org_ID", 0,
                    "Value", "246", "Name", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)"));
        }

        int org(String value, String name) throws SQLException {
            return insert("AD_Org", row("AD_Org_ID", id(), "Value", brand + "-" + value, "Name", name,
                    "IsSummary", "N"));
        }

        String accountType(String value) {
            if (value.startsWith("6")) {
                return "E";
            }
            if (value.startsWith("7")) {
                return "R";
            }
            return value.startsWith("40") || value.startsWith("42") ? "L" : "A";
        }

        /**
         * Budget lines for each ESAT and year: the BPAS financed by the ARS dotation (4.2 M€ in 2013 spread by
         * places, +1.2 % a year) and balanced by charges of groups I–III, plus the BAPC (commercial activity).
         * Returns the total ARS dotation over the contract.
         */
        BigDecimal budget(int contract, List<Integer> estIds) throws SQLException {
            BigDecimal dotationTotal = BigDecimal.ZERO;
            double brandFactor = brand.equals("MESSIDOR") ? 1.0 : 0.83;
            for (int i = 0; i < estIds.size(); i++) {
                Site s = SITES.get(i);
                for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                    double growth = Math.pow(1.012, y - FIRST_YEAR);
                    long dotation = round100(4_200_000.0 * brandFactor * s.places() / 800.0 * growth);
                    if (i == 5 && y >= 2015) {
                        dotation += 120_000; // amendment no. 1: ten more places in Grenoble
                    }
                    if (i == 0 && y == 2016) {
                        dotation += 45_000; // amendment no. 2: one-off credits for the evaluation platform
                    }
                    long other = round100(dotation * 0.02);
                    long c1 = round100((dotation + other) * 0.14);
                    long c2 = round100((dotation + other) * 0.70);
                    long c3 = dotation + other - c1 - c2;
                    int est = estIds.get(i);
                    budgetLine(contract, est, y, "ARS", "P1", "BPAS", dotation, "Dotation globale ARS");
                    budgetLine(contract, est, y, "OTH", "P2", "BPAS", other, "Autres produits d'exploitation");
                    budgetLine(contract, est, y, "ARS", "C1", "BPAS", c1, "Exploitation courante");
                    budgetLine(contract, est, y, "ARS", "C2", "BPAS", c2, "Dépenses de personnel");
                    budgetLine(contract, est, y, "ARS", "C3", "BPAS", c3, "Dépenses de structure");
                    long sales = round100(s.places() * 4_000.0 * brandFactor * (0.9 + 0.2 * ((i * 7 + y) % 5) / 4.0));
                    long fin = round100(sales * 0.005);
                    long b1 = round100((sales + fin) * 0.55);
                    long b2 = round100((sales + fin) * 0.30);
                    long b3 = sales + fin - b1 - b2;
                    budgetLine(contract, est, y, "OWN", "P2", "BAPC", sales, "Chiffre d'affaires commercial");
                    budgetLine(contract, est, y, "OWN", "P3", "BAPC", fin, "Produits financiers");
                    budgetLine(contract, est, y, "OWN", "C1", "BAPC", b1, "Achats et sous-traitance");
                    budgetLine(contract, est, y, "OWN", "C2", "BAPC", b2, "Rémunération des travailleurs");
                    budgetLine(contract, est, y, "OWN", "C3", "BAPC", b3, "Amortissements et structure");
                    dotationTotal = dotationTotal.add(BigDecimal.valueOf(dotation));
                }
            }
            return dotationTotal;
        }

        long round100(double v) {
            return Math.round(v / 100.0) * 100L;
        }

        void budgetLine(int contract, int est, int year, String funder, String group, String section, long amount,
                        String description) throws SQLException {
            // written as raw rows, so the payer the model would derive from the funder is written here
            String payer = org.cpom.core.rule.Coded.fromCode(org.cpom.core.model.Funder.class, funder).defaultPayer().code();
            insert("CPOM_BudgetLine", row("CPOM_BudgetLine_ID", id(), "AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                    "CPOM_Establishment_ID", est, "FiscalYear", year, "Payer", payer, "Funder", funder,
                    "FunctionalGroup", group,
                    "BudgetSection", section, "Amount", BigDecimal.valueOf(amount), "Description", description));
        }

        /** Amendments (already reflected in the budget lines) and the yearly reviews; totalAfter is the final total. */
        void amendmentsAndReviews(int contract, BigDecimal totalAfter) throws SQLException {
            BigDecimal a1 = BigDecimal.valueOf(360_000);
            BigDecimal a2 = BigDecimal.valueOf(45_000);
            insert("CPOM_Amendment", row("CPOM_Amendment_ID", id(), "AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                    "AmendmentNo", 1, "DateDoc", ts(2015, 3, 12),
                    "Description", "Avenant n° 1 : extension de 10 places de l'ESAT de Grenoble à compter du "
                            + "1er janvier 2015 (120 000 € par an sur 2015-2017).",
                    "AmtChange", a1, "Processed", "Y", "DateApplied", ts(2015, 3, 20),
                    "PrevDateTo", ts(2017, 12, 31), "PrevTotalAmt", totalAfter.subtract(a2).subtract(a1)));
            insert("CPOM_Amendment", row("CPOM_Amendment_ID", id(), "AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                    "AmendmentNo", 2, "DateDoc", ts(2016, 11, 8),
                    "Description", "Avenant n° 2 : crédits non reconductibles 2016 (45 000 €) pour l'équipement de la plateforme "
                            + "d'évaluation socio-professionnelle.",
                    "AmtChange", a2, "Processed", "Y", "DateApplied", ts(2016, 11, 15),
                    "PrevDateTo", ts(2017, 12, 31), "PrevTotalAmt", totalAfter.subtract(a2)));
            Object[][] reviews = {
                    {2013, "ANN", ts(2014, 5, 22), "Première année : montée en charge conforme ; plateforme "
                            + "d'évaluation en préfiguration ; taux d'occupation 94,2 %."},
                    {2014, "ANN", ts(2015, 5, 19), "Fiche action FA-04 (antenne Drôme) en retard faute de locaux ; "
                            + "extension de Grenoble actée par l'avenant n° 1."},
                    {2015, "MID", ts(2016, 6, 14), "Revue à mi-parcours (année 3) : 5 fiches actions sur 11 réalisées, "
                            + "dépassement des dépenses de personnel sur deux ESAT à résorber ; objectifs de sorties "
                            + "vers le milieu ordinaire maintenus."},
                    {2016, "ANN", ts(2017, 5, 30), "Plateforme d'évaluation pleinement opérationnelle ; abandon de "
                            + "la fiche FA-10 faute de partenaire universitaire."},
                    {2017, "FIN", ts(2018, 4, 26), "Bilan final : objectifs atteints à 85 % ; préparation du "
                            + "renouvellement du contrat pour 2018-2022."}};
            for (Object[] r : reviews) {
                insert("CPOM_Review", row("CPOM_Review_ID", id(), "AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "FiscalYear", r[0], "ReviewKind", r[1], "DateDoc", r[2], "Conclusions", r[3]));
            }
        }

        void actionPlan(int contract, List<Integer> users, List<Integer> estIds) throws SQLException {
            List<Integer> axes = new ArrayList<>();
            for (int i = 0; i < AXES.size(); i++) {
                axes.add(insert("CPOM_Axis", row("CPOM_Axis_ID", id(), "AD_Org_ID", 0, "CPOM_Contract_ID", contract,
                        "SeqNo", (i + 1) * 10, "Name", axisTitle(AXES.get(i)), "Description", AXES.get(i))));
            }
            // value, axis (1-based), title, pilot index, due date, status, progress, priority
            Object[][] sheets = {
                    {"FA-01", 1, "Formaliser les partenariats avec les secteurs sanitaire et médico-social", 0,
                            ts(2014, 12, 31), "DO", 100, "1"},
                    {"FA-02", 1, "Organiser le suivi des parcours entre hôpital, ESAT et milieu ordinaire", 1,
                            ts(2016, 12, 31), "IP", 70, "1"},
                    {"FA-03", 3, "Créer la plateforme d'évaluation socio-professionnelle", 1, ts(2015, 6, 30), "DO",
                            100, "1"},
                    {"FA-04", 2, "Ouvrir une antenne dans la Drôme pour couvrir le bassin de Romans", 4,
                            ts(2015, 12, 31), "LA", 40, "2"},
                    {"FA-05", 4, "Développer des activités dans les métiers en tension et le travail hors les murs", 0,
                            ts(2017, 6, 30), "IP", 60, "1"},
                    {"FA-06", 4, "Accompagner les transitions vers le milieu ordinaire (mises à disposition, stages)",
                            4, ts(2016, 12, 31), "DO", 100, "2"},
                    {"FA-07", 5, "Déployer la reconnaissance des acquis de l'expérience des travailleurs", 3,
                            ts(2016, 6, 30), "DO", 100, "2"},
                    {"FA-08", 5, "Mettre en place la gestion prévisionnelle des emplois et compétences des encadrants",
                            3, ts(2017, 12, 31), "IP", 50, "2"},
                    {"FA-09", 6, "Expérimenter l'emploi accompagné (méthode IPS) avec deux entreprises partenaires", 5,
                            ts(2017, 6, 30), "PL", 0, "3"},
                    {"FA-10", 6, "Conduire une recherche-action avec un laboratoire universitaire", 5,
                            ts(2016, 12, 31), "AB", 20, "3"},
                    {"FA-11", 7, "Mutualiser les fonctions support du siège (paie, achats, qualité)", 0,
                            ts(2017, 12, 31), "IP", 80, "2"}};
            Map<String, Integer> sheetIds = new LinkedHashMap<>();
            for (Object[] s : sheets) {
                String status = (String) s[5];
                int sid = insert("CPOM_ActionSheet", row("CPOM_ActionSheet_ID", id(), "AD_Org_ID", 0,
                        "CPOM_Contract_ID", contract, "CPOM_Axis_ID", axes.get((Integer) s[1] - 1),
                        "Value", s[0], "Name", s[2],
                        "Objective", "Objectif opérationnel : " + Character.toLowerCase(((String) s[2]).charAt(0))
                                + ((String) s[2]).substring(1) + ".",
                        "Actions", "Groupe de travail, calendrier de mise en œuvre, bilan annuel en dialogue de gestion.",
                        "AD_User_ID", users.get((Integer) s[3]), "Partners", "ARS Rhône-Alpes, Cap emploi, secteur psychiatrique",
                        "StartDate", ts(2013, 9, 1), "DueDate", s[4], "ActionStatus", status,
                        "AbandonReason", "AB".equals(status) ? "Aucun laboratoire partenaire n'a pu être mobilisé." : null,
                        "Progress", s[6], "MeansAmt", BigDecimal.valueOf(15_000L * ((Integer) s[1] + 1)),
                        "Priority", s[7]));
                sheetIds.put((String) s[0], sid);
                insert("CPOM_ActionSheetEstablishment", row("CPOM_ActionSheetEstablishment_ID", id(), "AD_Org_ID", 0,
                        "CPOM_ActionSheet_ID", sid, "CPOM_Establishment_ID", estIds.get(sheetIds.size() % estIds.size())));
            }
            // name, unit, direction, baseline (2012), sheet, targets 2013..2017, actuals 2013..2017
            Object[][] indicators = {
                    {"Taux d'occupation des places", "%", "H", 93.5, "FA-02",
                            new double[] {95, 96, 96.5, 97, 97}, new double[] {94.2, 95.8, 96.9, 96.1, 97.4}},
                    {"Délai moyen d'admission", "jours", "L", 210, "FA-04",
                            new double[] {180, 160, 140, 120, 100}, new double[] {190, 165, 150, 118, 104}},
                    {"Évaluations socio-professionnelles réalisées", "évaluations", "H", 0, "FA-03",
                            new double[] {20, 60, 100, 120, 140}, new double[] {12, 48, 103, 126, 151}},
                    {"Sorties vers le milieu ordinaire", "personnes", "H", 6, "FA-06",
                            new double[] {8, 10, 12, 14, 16}, new double[] {7, 11, 12, 12, 15}},
                    {"Travailleurs engagés dans une démarche RAE", "%", "H", 18, "FA-07",
                            new double[] {22, 26, 30, 34, 38}, new double[] {21, 27, 31, 33, 39}},
                    {"Coût du siège rapporté au budget total", "%", "L", 6.8, "FA-11",
                            new double[] {6.6, 6.4, 6.2, 6.0, 5.8}, new double[] {6.7, 6.5, 6.1, 6.0, 5.9}},
                    {"Taux d'absentéisme des travailleurs", "%", "L", 11.2, null,
                            new double[] {11, 10.5, 10, 9.5, 9}, new double[] {11.4, 10.1, 10.3, 9.2, 8.8}}};
            for (Object[] ind : indicators) {
                int iid = insert("CPOM_Indicator", row("CPOM_Indicator_ID", id(), "AD_Org_ID", 0,
                        "CPOM_Contract_ID", contract,
                        "CPOM_ActionSheet_ID", ind[4] == null ? null : sheetIds.get((String) ind[4]),
                        "Name", ind[0], "UnitName", ind[1], "Direction", ind[2],
                        "BaselineValue", BigDecimal.valueOf(((Number) ind[3]).doubleValue()), "BaselineYear", 2012,
                        "IndicatorSource", "M"));
                double[] targets = (double[]) ind[5];
                double[] actuals = (double[]) ind[6];
                for (int k = 0; k < targets.length; k++) {
                    insert("CPOM_IndicatorValue", row("CPOM_IndicatorValue_ID", id(), "AD_Org_ID", 0,
                            "CPOM_Indicator_ID", iid, "FiscalYear", FIRST_YEAR + k,
                            "TargetValue", BigDecimal.valueOf(targets[k]), "ActualValue", BigDecimal.valueOf(actuals[k])));
                }
            }
        }

        /**
         * Posted ledger lines (PostingType A) of each ESAT organisation and year: for each functional group the
         * budget times a consumption factor (93–104 %, with staff-cost overruns in Vénissieux and Voiron and an
         * operating overrun in Valence in 2016), spread over the group's accounts and twelve months, each entry
         * balanced by a third-party or bank line; a few credit notes on charges; the head office's own
         * expenses (outside the perimeter) and some budget-type lines that reports must ignore.
         */
        int ledger(int acctSchema, int contract, List<Integer> estIds, Map<Integer, Integer> orgByEst, int headOffice)
                throws SQLException {
            Map<String, List<Account>> byGroup = new LinkedHashMap<>();
            for (Account a : ACCOUNTS) {
                if (a.group() != null) {
                    byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a);
                }
            }
            for (int est : estIds) {
                kinds.put(orgByEst.get(est), BalanceSheet.Kind.ESAT);
            }
            kinds.put(headOffice, BalanceSheet.Kind.HEAD_OFFICE);
            FactBatch fb = new FactBatch(acctSchema);
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT FunctionalGroup, SUM(Amount) FROM CPOM_BudgetLine WHERE CPOM_Contract_ID=? "
                            + "AND CPOM_Establishment_ID=? AND FiscalYear=? GROUP BY FunctionalGroup ORDER BY 1")) {
                for (int i = 0; i < estIds.size(); i++) {
                    int est = estIds.get(i);
                    int org = orgByEst.get(est);
                    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                        ps.setInt(1, contract);
                        ps.setInt(2, est);
                        ps.setInt(3, y);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                String group = rs.getString(1);
                                long budgetCents = rs.getBigDecimal(2).movePointRight(2).longValueExact();
                                double factor = factor(i, y, group);
                                long actualCents = Math.round(budgetCents * factor);
                                postGroup(fb, org, y, group, byGroup.get(group), actualCents);
                            }
                        }
                    }
                }
            }
            // head office: its own overheads, not part of any establishment
            for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
                postGroup(fb, headOffice, y, "C3", byGroup.get("C3"), 38_000_000L + 150_000L * (y - FIRST_YEAR));
            }
            // budget-type lines (PostingType B) on the first ESAT: to be ignored by actual-only reports
            int firstOrg = orgByEst.get(estIds.get(0));
            for (int m = 1; m <= 12; m++) {
                fb.add(firstOrg, accountIds.get("6411"), ts(2014, m, 28), "B", 9_999_900L, 0L, "Budget mensuel");
            }
            fb.flush();
            balanceSheet(fb, acctSchema, estIds, orgByEst, headOffice);
            fb.flush();
            return fb.count;
        }

        /**
         * Classes 1 to 5 of each ESAT and of the head office ({@link BalanceSheet}): ESAT own their premises and
         * production equipment (loans at 3.4 % at the opening); the extension of Grenoble (avenant n° 1, 2015) is
         * financed by a loan and an investment grant, the 2016 one-off credits of Lyon Gerland (avenant n° 2) buy the evaluation platform's
         * equipment, and Annecy renews its packaging line in 2014; the head office holds the association's cash.
         */
        void balanceSheet(FactBatch fb, int acctSchema, List<Integer> estIds, Map<Integer, Integer> orgByEst,
                int headOffice) throws SQLException {
            double scale = brand.equals("MESSIDOR") ? 1.0 : 0.83;
            List<BalanceSheet.Site> sites = new ArrayList<>();
            for (int i = 0; i < estIds.size(); i++) {
                sites.add(new BalanceSheet.Site(orgByEst.get(estIds.get(i)), BalanceSheet.Kind.ESAT,
                        0.30 + 0.035 * ((i * 5) % 11), 0.50 + 0.04 * (i % 6), 30 + 5 * ((i * 3) % 7),
                        40 + 5 * (i % 4), 0.35 + 0.05 * (i % 5), false));
            }
            sites.add(new BalanceSheet.Site(headOffice, BalanceSheet.Kind.HEAD_OFFICE, 0.40, 0.55, 2_000, 0, 0,
                    false));
            List<BalanceSheet.Investment> investments = List.of(
                    new BalanceSheet.Investment(orgByEst.get(estIds.get(5)), 2015, "2135", Math.round(180_000 * scale),
                            Math.round(150_000 * scale), 10, 0.021, Math.round(30_000 * scale),
                            "Extension de 10 places (avenant n° 1)"),
                    new BalanceSheet.Investment(orgByEst.get(estIds.get(0)), 2016, "2183", Math.round(45_000 * scale),
                            0, 0, 0, 0, "Équipement de la plateforme d'évaluation (crédits non reconductibles 2016)"),
                    new BalanceSheet.Investment(orgByEst.get(estIds.get(12)), 2014, "2154",
                            Math.round(140_000 * scale), Math.round(120_000 * scale), 7, 0.026, 0,
                            "Atelier de conditionnement : nouvelle ligne"));
            BalanceSheet.post(c, clientId, acctSchema, FIRST_YEAR, LAST_YEAR, sites, investments, 0.034,
                    (org, account, date, dr, cr, text) -> fb.add(org, accountIds.get(account), date, "A", dr, cr,
                            text));
        }

        double factor(int estIndex, int year, String group) {
            double f = 0.92 + 0.095 * rnd.nextDouble();
            if (group.equals("P1")) {
                return 1.0; // the dotation is paid as notified
            }
            if (group.equals("C2") && (estIndex == 2 || estIndex == 7) && year >= 2015) {
                return 1.07 + 0.01 * (year - 2015);
            }
            if (group.equals("C1") && estIndex == 10 && year == 2016) {
                return 1.12;
            }
            return f;
        }

        /** Spreads an amount (in cents) over accounts × months; each piece is booked with its counterpart. */
        void postGroup(FactBatch fb, int org, int year, String group, List<Account> accounts, long totalCents)
                throws SQLException {
            boolean charge = group.startsWith("C");
            double[] w = new double[accounts.size()];
            double ws = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = 1.0 + (group.equals("C2") && accounts.get(k).value().equals("6411") ? 4.0 : rnd.nextDouble());
                ws += w[k];
            }
            long remaining = totalCents;
            for (int k = 0; k < accounts.size(); k++) {
                long accCents = k == accounts.size() - 1 ? remaining : Math.round(totalCents * w[k] / ws);
                remaining -= accCents;
                int account = accountIds.get(accounts.get(k).value());
                String value = accounts.get(k).value();
                // social charges are owed to the URSSAF (431); depreciation is credited to the fixed assets' 28x
                String counterpart = charge ? (value.equals("6451") ? "431" : group.equals("C2") ? "421" : "401")
                        : (group.equals("P1") ? "512" : "411");
                int counterId = accountIds.get(counterpart);
                long monthLeft = accCents;
                for (int m = 1; m <= 12; m++) {
                    long piece = m == 12 ? monthLeft : accCents / 12;
                    monthLeft -= piece;
                    Timestamp d = ts(year, m, 5 + (k * 3 + m) % 23);
                    String desc = accounts.get(k).name() + " " + String.format("%02d/%d", m, year);
                    if (charge) {
                        // one credit note a year on operating accounts: Dr − Cr must be used, not Dr alone
                        long credit = (group.equals("C1") && m == 6) ? piece / 20 : 0;
                        fb.add(org, account, d, "A", piece + credit, 0L, desc);
                        if (value.equals("6811")) {
                            for (Map.Entry<String, Long> dep : BalanceSheet.depreciationSplit(kinds.get(org), piece)
                                    .entrySet()) {
                                if (dep.getValue() != 0) {
                                    fb.add(org, accountIds.get(dep.getKey()), d, "A", 0L, dep.getValue(), desc);
                                }
                            }
                        } else {
                            fb.add(org, counterId, d, "A", 0L, piece + credit, desc);
                        }
                        if (credit > 0) {
                            fb.add(org, account, d, "A", 0L, credit, "Avoir " + desc);
                            fb.add(org, counterId, d, "A", credit, 0L, "Avoir " + desc);
                        }
                    } else {
                        fb.add(org, account, d, "A", 0L, piece, desc);
                        fb.add(org, counterId, d, "A", piece, 0L, desc);
                    }
                }
            }
        }

        /** Batched Fact_Acct inserts: a few tens of thousands of rows load in a couple of seconds. */
        final class FactBatch {
            private static final String[] COLUMNS = {"Fact_Acct_ID", "Fact_Acct_UU", "AD_Client_ID", "AD_Org_ID",
                    "IsActive", "CreatedBy", "UpdatedBy", "C_AcctSchema_ID", "Account_ID", "DateTrx", "DateAcct",
                    "AD_Table_ID", "Record_ID", "PostingType", "C_Currency_ID", "AmtSourceDr", "AmtSourceCr",
                    "AmtAcctDr", "AmtAcctCr", "Description"};
            private final int acctSchema;
            private final PreparedStatement ps;
            /** Positions (in COLUMNS) of the columns the stand-in has, in statement order. */
            private final int[] used;
            private int pending;
            int count;

            FactBatch(int acctSchema) throws SQLException {
                this.acctSchema = acctSchema;
                Map<String, Object> probe = new LinkedHashMap<>();
                for (String col : COLUMNS) {
                    probe.put(col, "");
                }
                probe.put("Created", NOW);
                probe.put("Updated", NOW);
                fitToStandIn("Fact_Acct", probe);
                StringJoiner cols = new StringJoiner(",");
                StringJoiner marks = new StringJoiner(",");
                List<Integer> positions = new ArrayList<>();
                List<String> names = java.util.Arrays.asList(COLUMNS);
                for (Map.Entry<String, Object> e : probe.entrySet()) {
                    cols.add(e.getKey());
                    int pos = names.indexOf(e.getKey());
                    if (pos >= 0) {
                        positions.add(pos);
                        marks.add("?");
                    } else if (e.getValue() == NOW) {
                        marks.add("now()");
                    } else {
                        marks.add(e.getValue() instanceof BigDecimal ? "0" : "'" + e.getValue() + "'");
                    }
                }
                this.used = positions.stream().mapToInt(Integer::intValue).toArray();
                this.ps = c.prepareStatement("INSERT INTO Fact_Acct (" + cols + ") VALUES (" + marks + ")");
            }

            void add(int org, int account, Timestamp date, String postingType, long drCents, long crCents,
                     String description) throws SQLException {
                int fid = id();
                BigDecimal dr = BigDecimal.valueOf(drCents, 2);
                BigDecimal cr = BigDecimal.valueOf(crCents, 2);
                Object[] v = {fid, uuid(), clientId, org, "Y", SUPERUSER_ID, SUPERUSER_ID, acctSchema, account, date,
                        date, "B".equals(postingType) ? AD_TABLE_GL_JOURNAL : AD_TABLE_INVOICE, fid, postingType,
                        EUR_CURRENCY_ID, dr, cr, dr, cr, description};
                for (int i = 0; i < used.length; i++) {
                    ps.setObject(i + 1, v[used[i]]);
                }
                ps.addBatch();
                count++;
                if (++pending == 2_000) {
                    flush();
                }
            }

            void flush() throws SQLException {
                if (pending > 0) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
        }

        /** Deterministic UUIDs: derived from the seed and the id, so reloads produce identical rows. */
        String uuid() {
            return UUID.nameUUIDFromBytes((seed + ":" + nextId).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
        }

        boolean exists(String table, String column, int value) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM " + table + " WHERE " + column + "=? LIMIT 1")) {
                ps.setInt(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }

        int insert(String table, Map<String, Object> values) throws SQLException {
            return insertAs(clientId, table, values);
        }

        /** Inserts a row with the standard columns filled; returns the key. */
        int insertAs(int client, String table, Map<String, Object> values) throws SQLException {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.putIfAbsent("AD_Client_ID", client);
            all.putIfAbsent("IsActive", "Y");
            all.putIfAbsent("CreatedBy", SUPERUSER_ID);
            all.putIfAbsent("UpdatedBy", SUPERUSER_ID);
            all.putIfAbsent(table + "_UU", uuid());
            all.put("Created", NOW);
            all.put("Updated", NOW);
            fitToStandIn(table, all);
            StringJoiner cols = new StringJoiner(",");
            StringJoiner marks = new StringJoiner(",");
            for (Map.Entry<String, Object> e : all.entrySet()) {
                cols.add(e.getKey());
                marks.add(e.getValue() == NOW ? "now()" : "?");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (" + cols + ") VALUES (" + marks + ")")) {
                int p = 1;
                for (Object v : all.values()) {
                    if (v != NOW) {
                        ps.setObject(p++, v);
                    }
                }
                ps.executeUpdate();
            }
            Object key = values.get(table + "_ID");
            return key == null ? -1 : ((Number) key).intValue(); // AD_ClientInfo is keyed by AD_Client_ID
        }

        /**
         * The iDempiere core tables are minimal stand-ins in tests: a descriptive column the stand-in does not have
         * is left out, and a mandatory stand-in column the sample does not model gets a neutral value. CPOM tables
         * are never adapted: a mismatch with the generated DDL must fail.
         */
        void fitToStandIn(String table, Map<String, Object> values) throws SQLException {
            if (table.startsWith("CPOM_")) {
                return;
            }
            Map<String, ColumnInfo> columns = columns(table);
            if (columns.isEmpty()) {
                return; // unknown table: let the INSERT report it
            }
            values.keySet().removeIf(k -> !columns.containsKey(k.toLowerCase(java.util.Locale.ROOT)));
            java.util.Set<String> given = new java.util.HashSet<>();
            values.keySet().forEach(k -> given.add(k.toLowerCase(java.util.Locale.ROOT)));
            for (ColumnInfo col : columns.values()) {
                if (col.mandatory() && !given.contains(col.name())) {
                    values.put(col.name(), col.neutralValue());
                }
            }
        }

        Map<String, ColumnInfo> columns(String table) throws SQLException {
            Map<String, ColumnInfo> cached = columnCache.get(table);
            if (cached != null) {
                return cached;
            }
            Map<String, ColumnInfo> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type, is_nullable = 'NO' "
                    + "AND column_default IS NULL, character_maximum_length FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position")) {
                ps.setString(1, table.toLowerCase(java.util.Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new ColumnInfo(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                                rs.getInt(4)));
                    }
                }
            }
            columnCache.put(table, out);
            return out;
        }

        Map<String, Object> row(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], kv[i + 1]);
            }
            return m;
        }
    }
}
