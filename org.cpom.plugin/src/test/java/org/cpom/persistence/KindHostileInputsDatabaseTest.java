package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cpom.core.catalogue.Columns;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.catalogue.HostileCase;
import org.cpom.core.catalogue.HostileInputs;
import org.cpom.core.catalogue.KindFixtures;
import org.cpom.core.contract.CommitmentCalculator;
import org.cpom.core.finess.Finess;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;
import org.cpom.service.AmendmentService;
import org.cpom.service.ContractDocumentSteps.Outcome;
import org.cpom.service.RenewalService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 55 hostile cases of contract kinds, sections and payers, commitment, prorogation, shortening, membership
 * years, account crossings and renewal ({@code HostileInputs.kindsAndFunding()}) replayed through the iDempiere
 * layer against PostgreSQL, in the world of {@link KindFixtures} (a joint ARS + département IV ter contract with an
 * EHPAD, an SSIAD leaving in 2027 and a home service joining then) or, for the ESAT cases, the world of
 * {@link Fixtures}. Each write goes where iDempiere sends it: the save rules the event handlers run (through
 * {@link JdbcRecordStore}, which also derives the budget line's funder from its payer as MCpomBudgetLine does), the
 * document steps, the amendment and renewal services. Each must be rejected with its message in English and
 * French and leave every CPOM table unchanged.
 */
class KindHostileInputsDatabaseTest extends DatabaseTest {

    /** Establishments of the kind cases beyond KindFixtures': id → {name, TRE_R66 category, tariff authority}. */
    private static final Map<Integer, String[]> EXTRA_ESTABLISHMENTS = Map.of(
            106, new String[] {"CHRS La Passerelle", EsmsCategory.CHRS, "PRE"},
            107, new String[] {"FAM Les Tournesols", "437", "JOI"},
            108, new String[] {"SAAD du Val", EsmsCategory.SAA, "DEP"},
            109, new String[] {"CADA Le Relais", "443", "PRE"});

    /** Cases run in the ESAT world of {@link Fixtures} (contract 1000 with establishments 101 and 102). */
    private static final Set<String> ESAT_WORLD = Set.of("BUD-BAPC-PAID-BY-AM", "COM-TOTAL-WITH-AIDE-AU-POSTE");

    /**
     * BUD-PAYER-NOT-OF-FUNDER: the core rejects a line whose Funder contradicts its Payer, but the model derives the
     * read-only Funder from the Payer before any rule runs (MCpomBudgetLine.beforeSave, the same
     * {@code BudgetLinePayer} in JdbcRecordStore), so such a row can never be stored:
     * {@link #aFunderContradictingThePayerIsCorrectedNotStored} shows what is written instead.
     * PRO-NO-REQUEST-DATE: CPOM_Amendment.DateDoc is mandatory (NOT NULL; the window defaults it to today), so an avenant without a
     * request date cannot be stored and never reaches ApplyAmendment.
     */
    static final Set<String> NOT_REPLAYED = Set.of("BUD-PAYER-NOT-OF-FUNDER", "PRO-NO-REQUEST-DATE");

    @TestFactory
    Stream<DynamicTest> everyKindCaseIsRejectedAndTheDatabaseUnchanged() {
        return HostileInputs.kindsAndFunding().stream().filter(c -> !NOT_REPLAYED.contains(c.id()))
                .map(c -> DynamicTest.dynamicTest(c.id() + " " + c.description(), () -> replay(c)));
    }

    @Test
    void fiftyThreeOfTheFiftyFiveCasesAreReplayed() {
        assertThat(HostileInputs.kindsAndFunding()).hasSize(55);
        assertThat(HostileInputs.kindsAndFunding().stream().filter(c -> !NOT_REPLAYED.contains(c.id())).count())
                .isEqualTo(53);
    }

    @Test
    void aFunderContradictingThePayerIsCorrectedNotStored() throws Exception {
        HostileCase hc = HostileInputs.byId().get("BUD-PAYER-NOT-OF-FUNDER");
        try (Connection c = transaction()) {
            seedKindWorld(c, DocStatus.DRAFTED);
            exec(c, "DELETE FROM CPOM_BudgetLine WHERE FiscalYear=2026 AND CPOM_Establishment_ID=" + KindFixtures.EHPAD
                    + " AND Payer='APA'");
            Map<String, Object> columns = new HashMap<>(hc.columns());
            columns.remove("CPOM_BudgetLine_ID");
            assertThat(columns).containsEntry("Funder", "ARS").containsEntry("Payer", "APA");
            int id = store(c).insert("CPOM_BudgetLine", columns);
            Map<String, Object> row = store(c).load("CPOM_BudgetLine", id);
            assertThat(row.get("Payer")).isEqualTo("APA");
            assertThat(row.get("Funder")).isEqualTo("DEP"); // Payer.DEPARTEMENT_APA.funder()
            c.rollback();
        }
    }

    @Test
    void theHeaderFollowsTheLinesWhileOpenAndOnlyAnAmendmentChangesItOnceSigned() throws Exception {
        try (Connection c = transaction()) {
            seedKindWorld(c, DocStatus.DRAFTED);
            JdbcRecordStore store = store(c);
            int id = store.insert("CPOM_BudgetLine", JdbcRecordStore.columns("AD_Org_ID", CpomWorld.ORG_1,
                    "CPOM_Contract_ID", Fixtures.CONTRACT_ID, "CPOM_Establishment_ID", KindFixtures.HOME_SERVICE,
                    "FiscalYear", 2028, "Payer", "ETA", "FunctionalGroup", "P2", "BudgetSection", "MAIN", "Amount",
                    new BigDecimal("1000.00")));
            BigDecimal expected = CommitmentCalculator.compute(KindFixtures.ivTer(DocStatus.DRAFTED),
                    KindFixtures.budget()).total();
            Map<String, Object> header = store.load("CPOM_Contract", Fixtures.CONTRACT_ID);
            assertThat((BigDecimal) header.get("TotalAmt")).isEqualByComparingTo(expected.add(new BigDecimal("1000")));
            assertThat((BigDecimal) header.get("StateCommitmentAmt")).isEqualByComparingTo("1000");
            assertThat((BigDecimal) header.get("DepartementCommitmentAmt")).isEqualByComparingTo(CommitmentCalculator
                    .compute(KindFixtures.ivTer(DocStatus.DRAFTED), KindFixtures.budget()).of(Authority.DEPARTEMENT));
            // a legacy writer giving only the funder: the payer is the funder's default (OWN → own funds)
            store.update("CPOM_BudgetLine", id, JdbcRecordStore.columns("Funder", "OWN"));
            assertThat(store.load("CPOM_BudgetLine", id).get("Payer")).isEqualTo("OWN");
            assertThat((BigDecimal) store.load("CPOM_Contract", Fixtures.CONTRACT_ID).get("TotalAmt"))
                    .isEqualByComparingTo(expected);
            store.delete("CPOM_BudgetLine", id);
            exec(c, "UPDATE CPOM_Contract SET DocStatus='CO', Processed='Y', DocAction='CL', DateSigned=DateFrom");
            BigDecimal signed = (BigDecimal) store.load("CPOM_Contract", Fixtures.CONTRACT_ID).get("TotalAmt");
            // a line entered for an avenant does not move the signed commitment by itself
            store.update("CPOM_BudgetLine", 9101, JdbcRecordStore.columns("Amount", new BigDecimal("1250000.00")));
            assertThat((BigDecimal) store.load("CPOM_Contract", Fixtures.CONTRACT_ID).get("TotalAmt"))
                    .isEqualByComparingTo(signed);
            CpomWorld.insert(c, "CPOM_Amendment", CpomWorld.cols("CPOM_Amendment_ID", 850, "CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "AmendmentNo", 1, "DateDoc", LocalDate.of(2025, 3, 1), "AmtChange",
                    new BigDecimal("50000.00"), "Processed", "N", "IsProrogation", "N"));
            new AmendmentService(c, store).apply(850, LocalDate.of(2025, 3, 15));
            Map<String, Object> amended = store.load("CPOM_Contract", Fixtures.CONTRACT_ID);
            assertThat((BigDecimal) amended.get("TotalAmt")).isEqualByComparingTo(signed.add(new BigDecimal("50000")));
            assertThat((BigDecimal) amended.get("ARSCommitmentAmt")).isEqualByComparingTo(
                    ((BigDecimal) header.get("ARSCommitmentAmt")).add(new BigDecimal("50000")));
            c.rollback();
        }
    }

    @Test
    void theJointContractSignsAndAnUnusualKindIsAWarningNotARefusal() throws Exception {
        try (Connection c = transaction()) {
            seedKindWorld(c, DocStatus.IN_PROGRESS);
            // an EHPAD outside IV ter is lawful but unusual: the signature goes through and says so
            exec(c, "UPDATE CPOM_Contract SET LegalBasis='L11'");
            Outcome signed = new JdbcContractDocument(store(c)).processIt(Fixtures.CONTRACT_ID, "CO",
                    LocalDate.of(2025, 1, 10));
            assertThat(signed.ok()).as(signed.result().render(Language.EN)).isTrue();
            assertThat(signed.result().hasWarningKey(org.cpom.core.i18n.MessageKeys.KIND_EHPAD_OUTSIDE_IV_TER))
                    .as(signed.result().warningKeys().toString()).isTrue();
            assertThat(signed.result().renderWarnings(Language.FR)).contains("EHPAD Les Glycines");
            assertThat(store(c).load("CPOM_Contract", Fixtures.CONTRACT_ID).get("DocStatus")).isEqualTo("CO");
            c.rollback();
        }
    }

    @Test
    void onlyAnAppliedProrogationExtendsASignedContract() throws Exception {
        try (Connection c = transaction()) {
            seedKindWorld(c, DocStatus.COMPLETED);
            JdbcRecordStore store = store(c);
            // an avenant that changes neither the end date nor the total does not open IsExtended to edits
            CpomWorld.insert(c, "CPOM_Amendment", CpomWorld.cols("CPOM_Amendment_ID", 851, "CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "AmendmentNo", 1, "DateDoc", LocalDate.of(2026, 2, 1), "Description",
                    "Avenant : nouvel axe", "Processed", "N", "IsProrogation", "N"));
            new AmendmentService(c, store).apply(851, LocalDate.of(2026, 2, 10));
            String before = CpomWorld.checksum(c);
            ValidationResult locked = rejected(() -> store.update("CPOM_Contract", Fixtures.CONTRACT_ID,
                    JdbcRecordStore.columns("IsExtended", true)));
            assertThat(locked.hasKey(org.cpom.core.i18n.MessageKeys.CONTRACT_LOCKED_FIELD)).isTrue();
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            // the prorogation, requested 10 months before the end, gives the 6th year
            CpomWorld.insert(c, "CPOM_Amendment", CpomWorld.cols("CPOM_Amendment_ID", 852, "CPOM_Contract_ID",
                    Fixtures.CONTRACT_ID, "AmendmentNo", 2, "DateDoc", LocalDate.of(2029, 3, 1), "Description",
                    "Prorogation d'une 6e année", "NewDateTo", LocalDate.of(2030, 12, 31), "Processed", "N",
                    "IsProrogation", "Y"));
            new AmendmentService(c, store).apply(852, LocalDate.of(2029, 3, 20));
            Map<String, Object> extended = store.load("CPOM_Contract", Fixtures.CONTRACT_ID);
            assertThat(extended.get("IsExtended")).isEqualTo("Y");
            assertThat(((java.sql.Timestamp) extended.get("DateTo")).toLocalDateTime().toLocalDate())
                    .isEqualTo(LocalDate.of(2030, 12, 31));
            c.rollback();
        }
    }

    @Test
    void theRenewalProposesTheBasisThatAppliesNowAndCreatesNothingUntilItIsConfirmed() throws Exception {
        try (Connection c = transaction()) {
            seedKindWorld(c, DocStatus.COMPLETED);
            exec(c, "UPDATE CPOM_Contract SET LegalBasis='L11'"); // signed under the general article
            RenewalService renewal = new RenewalService(c, store(c));
            var proposal = renewal.proposeLegalBasis(Fixtures.CONTRACT_ID);
            assertThat(proposal.proposed()).isEqualTo(org.cpom.core.model.LegalBasis.L313_12_IV_TER);
            assertThat(proposal.changed()).isTrue();
            assertThat(proposal.reason().render(Language.FR)).contains("EHPAD");
            String before = CpomWorld.checksum(c);
            ValidationResult refused = rejected(() -> renewal.renew(Fixtures.CONTRACT_ID, null));
            assertThat(refused.keys()).contains(org.cpom.core.i18n.MessageKeys.RENEWAL_BASIS_NOT_CONFIRMED,
                    org.cpom.core.i18n.MessageKeys.RENEWAL_BASIS_CHANGED);
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            int newId = RenewalService.lastContractId(renewal.renew(Fixtures.CONTRACT_ID, proposal.proposed()));
            Map<String, Object> renewed = store(c).load("CPOM_Contract", newId);
            assertThat(renewed.get("LegalBasis")).isEqualTo("L12");
            assertThat(renewed.get("DocStatus")).isEqualTo("DR");
            // the SSIAD left in 2027: only the EHPAD and the home service go on
            try (PreparedStatement ps = c.prepareStatement("SELECT CPOM_Establishment_ID FROM "
                    + "CPOM_ContractEstablishment WHERE CPOM_Contract_ID=? ORDER BY 1")) {
                ps.setInt(1, newId);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.List<Integer> ids = new java.util.ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getInt(1));
                    }
                    assertThat(ids).containsExactly(KindFixtures.EHPAD, KindFixtures.HOME_SERVICE);
                }
            }
            c.rollback();
        }
    }

    private void replay(HostileCase hc) throws Exception {
        try (Connection c = transaction()) {
            DocStatus status = statusOf(hc);
            if (ESAT_WORLD.contains(hc.id())) {
                CpomWorld.seedContract(c, status, true);
            } else {
                seedKindWorld(c, status);
            }
            setUp(c, hc);
            if (hc.operation().equals("APPLY")) {
                Map<String, Object> a = new HashMap<>(hc.columns());
                a.put("CPOM_Amendment_ID", 870);
                a.putIfAbsent("IsProrogation", "N");
                CpomWorld.insert(c, "CPOM_Amendment", a); // the amendment to apply
            }
            String before = CpomWorld.checksum(c);
            ValidationResult result = rejected(() -> attempt(c, hc));
            assertThat(result.hasKey(hc.expectedKey())).as("%s keys %s", hc.id(), result.keys()).isTrue();
            String en = result.render(Language.EN);
            String fr = result.render(Language.FR);
            assertThat(en).isNotBlank().doesNotContain(hc.expectedKey());
            assertThat(fr).isNotBlank().doesNotContain(hc.expectedKey()).isNotEqualTo(en);
            assertThat(CpomWorld.checksum(c)).as("database unchanged by %s", hc.id()).isEqualTo(before);
            c.rollback();
        }
    }

    private static DocStatus statusOf(HostileCase hc) {
        if (hc.record() instanceof Contract k && k.docStatus() != null) {
            return k.docStatus();
        }
        String prefix = hc.id().substring(0, hc.id().indexOf('-'));
        return switch (prefix) {
            case "PRO" -> hc.id().equals("PRO-UNSIGNED-CONTRACT") ? DocStatus.IN_PROGRESS : DocStatus.COMPLETED;
            case "SHO", "AME", "REN" -> DocStatus.COMPLETED;
            default -> DocStatus.DRAFTED;
        };
    }

    /** The case's contract as the catalogue gives it, and the records it needs beyond the world. */
    private static void setUp(Connection c, HostileCase hc) throws SQLException {
        String id = hc.id();
        if (hc.record() instanceof Contract k && hc.operation().equals("COMPLETE")) {
            // the contract to sign: its legal basis, parties and TotalAmt written as they stand
            exec(c, "UPDATE CPOM_Contract SET LegalBasis=" + quote(k.legalBasis() == null ? null : k.legalBasis().code())
                    + ", ARS_BPartner_ID=" + idOrNull(k.arsBPartnerId()) + ", Departement_BPartner_ID="
                    + idOrNull(k.departementBPartnerId()) + ", State_BPartner_ID=" + idOrNull(k.stateBPartnerId())
                    + ", TotalAmt=" + k.totalAmt().toPlainString());
        }
        switch (id) {
            case "KIND-EHPAD-DEPARTEMENT-NOT-PARTY", "KIND-CHRS-STATE-NOT-PARTY" -> {
                exec(c, "UPDATE CPOM_Contract SET LegalBasis='L11', Departement_BPartner_ID=NULL");
                exec(c, "DELETE FROM CPOM_BudgetLine");
                exec(c, "DELETE FROM CPOM_ContractEstablishment WHERE CPOM_Establishment_ID=" + KindFixtures.EHPAD);
            }
            case "KIND-L313-12-2-JOINT-NO-DEPARTEMENT", "KIND-SAAD-DEPARTEMENT-NOT-PARTY" ->
                exec(c, "UPDATE CPOM_Contract SET LegalBasis='L122', Departement_BPartner_ID=NULL");
            case "KIND-IVTER-NO-EHPAD" -> {
                exec(c, "DELETE FROM CPOM_BudgetLine WHERE CPOM_Establishment_ID<>" + KindFixtures.SSIAD);
                exec(c, "DELETE FROM CPOM_ContractEstablishment WHERE CPOM_Establishment_ID<>" + KindFixtures.SSIAD);
            }
            case "KIND-CHRS-CONTRACT-NO-CHRS" -> {
                exec(c, "DELETE FROM CPOM_BudgetLine");
                exec(c, "DELETE FROM CPOM_ContractEstablishment");
                CpomWorld.insert(c, "CPOM_ContractEstablishment", Columns.of(new PerimeterLine(880,
                        Fixtures.CONTRACT_ID, 109, null, null)));
            }
            case "COV-JOINED-SERVICE-YEAR-MISSING" -> exec(c, "DELETE FROM CPOM_BudgetLine WHERE FiscalYear=2028 "
                    + "AND CPOM_Establishment_ID=" + KindFixtures.HOME_SERVICE);
            case "COM-TOTAL-WITH-AIDE-AU-POSTE" -> {
                Map<String, Object> aap = Columns.of(BudgetLine.of(890, Fixtures.CONTRACT_ID, Fixtures.ESTABLISHMENT_1,
                        2025, org.cpom.core.model.Payer.STATE_AIDE_AU_POSTE, org.cpom.core.model.FunctionalGroup.INCOME_I,
                        org.cpom.core.model.BudgetSection.ESAT_COMMERCIAL, new BigDecimal("400000.00"), null));
                aap.put("AD_Org_ID", CpomWorld.ORG_1);
                CpomWorld.insert(c, "CPOM_BudgetLine", aap);
                exec(c, "UPDATE CPOM_Contract SET TotalAmt=TotalAmt+400000");
            }
            case "PRO-ALREADY-EXTENDED" -> exec(c, "UPDATE CPOM_Contract SET IsExtended='Y', DateTo='2030-12-31'");
            case "PRO-THREE-YEAR-CONTRACT" -> exec(c, "UPDATE CPOM_Contract SET DateTo='2027-12-31'");
            case "SHO-FINAL-REVIEW" -> CpomWorld.insert(c, "CPOM_Review", CpomWorld.cols("CPOM_Review_ID", 5,
                    "CPOM_Contract_ID", Fixtures.CONTRACT_ID, "FiscalYear", 2029, "ReviewKind", "FIN", "DateDoc",
                    LocalDate.of(2029, 11, 1)));
            case "SHO-INDICATOR-TARGET" -> {
                CpomWorld.insert(c, "CPOM_Indicator", CpomWorld.cols("CPOM_Indicator_ID", 701, "CPOM_Contract_ID",
                        Fixtures.CONTRACT_ID, "Name", "Taux d'occupation", "UnitName", "%", "Direction", "H",
                        "BaselineValue", new BigDecimal("0.80"), "BaselineYear", 2024, "IndicatorSource", "M"));
                CpomWorld.insert(c, "CPOM_IndicatorValue", CpomWorld.cols("CPOM_IndicatorValue_ID", 702,
                        "CPOM_Indicator_ID", 701, "FiscalYear", 2029, "TargetValue", new BigDecimal("0.95")));
            }
            case "AME-BUDGET-WITHOUT-AMOUNT", "AME-AMOUNT-NOT-BUDGET" ->
                // the avenant's budget change is already entered: 2027 soins of the EHPAD + 50,000
                exec(c, "UPDATE CPOM_BudgetLine SET Amount=Amount+50000 WHERE FiscalYear=2027 AND BudgetSection='SOIN' "
                        + "AND FunctionalGroup LIKE 'P%' AND CPOM_Establishment_ID=" + KindFixtures.EHPAD);
            default -> {
                // the world as it is
            }
        }
    }

    private void attempt(Connection c, HostileCase hc) throws Exception {
        JdbcRecordStore store = store(c);
        String table = hc.table();
        Map<String, Object> columns = new HashMap<>(hc.columns());
        String key = table + "_ID";
        switch (hc.operation()) {
            case "SAVE" -> {
                if (hc.record() instanceof Establishment) {
                    // the SSIAD of the world gets the wrong tariff authority
                    store.update(table, KindFixtures.SSIAD, JdbcRecordStore.columns("TariffAuthority",
                            columns.get("TariffAuthority")));
                } else if (hc.record() instanceof Contract) {
                    columns.remove(key);
                    columns.remove("AD_Client_ID");
                    store.update(table, Fixtures.CONTRACT_ID, columns);
                } else {
                    columns.remove(key);
                    if (!table.equals("CPOM_AccountGroup")) {
                        columns.put("AD_Org_ID", CpomWorld.ORG_1);
                    }
                    store.insert(table, columns);
                }
            }
            case "COMPLETE" -> {
                Outcome outcome = new JdbcContractDocument(store).processIt(Fixtures.CONTRACT_ID, "CO",
                        LocalDate.of(2025, 1, 10));
                if (!outcome.ok()) {
                    throw new CpomValidationException(outcome.result());
                }
            }
            case "APPLY" -> new AmendmentService(c, store).apply(870, LocalDate.of(2029, 9, 2));
            case "RENEW" -> new RenewalService(c, store).renew(Fixtures.CONTRACT_ID, null);
            default -> fail("Unknown operation " + hc.operation() + " of " + hc.id());
        }
    }

    /**
     * KindFixtures' world: the IV ter contract 1000 in {@code status} (header columns as the model keeps them),
     * the EHPAD 103, the SSIAD 104 (leaves 30 June 2027), the home service 105 (joins 1 July 2027), the other
     * establishments of the kind cases, an axis and the budget by section and payer.
     */
    static void seedKindWorld(Connection c, DocStatus status) throws SQLException {
        CpomWorld.insertRow(c, "C_BPartner", CpomWorld.cols("C_BPartner_ID", KindFixtures.STATE_PARTNER,
                "AD_Client_ID", Fixtures.CLIENT_ID, "AD_Org_ID", 0, "Value", "PREFET", "Name", "Préfecture"));
        for (String[] cat : new String[][] {{"354", EsmsCategory.SSIAD}, {"209", EsmsCategory.SAAS},
                {"460", EsmsCategory.SAA}, {"214", EsmsCategory.CHRS}, {"437", "437"}, {"443", "443"}}) {
            if (!exists(c, "SELECT 1 FROM CPOM_FinessCategory WHERE CPOM_FinessCategory_ID=" + cat[0])) {
                CpomWorld.insertRow(c, "CPOM_FinessCategory", CpomWorld.std(0, 0, CpomWorld.cols(
                        "CPOM_FinessCategory_ID", Integer.parseInt(cat[0]), "Value", cat[1], "Name", "Catégorie " + cat[1])));
            }
        }
        int orgId = 70;
        Map<Integer, String[]> all = new HashMap<>(EXTRA_ESTABLISHMENTS);
        all.put(KindFixtures.EHPAD, new String[] {KindFixtures.LABELS.get(KindFixtures.EHPAD), EsmsCategory.EHPAD,
                "JOI"});
        all.put(KindFixtures.SSIAD, new String[] {KindFixtures.LABELS.get(KindFixtures.SSIAD), EsmsCategory.SSIAD,
                "ARS"});
        all.put(KindFixtures.HOME_SERVICE, new String[] {KindFixtures.LABELS.get(KindFixtures.HOME_SERVICE),
                EsmsCategory.SAAS, "JOI"});
        for (int est : new java.util.TreeSet<>(all.keySet())) {
            String[] e = all.get(est);
            orgId++;
            CpomWorld.insertRow(c, "AD_Org", CpomWorld.cols("AD_Org_ID", orgId, "AD_Client_ID", Fixtures.CLIENT_ID,
                    "Value", "O" + orgId, "Name", "Org " + orgId));
            String first8 = "69000" + est;
            Establishment establishment = new Establishment(est, Fixtures.CLIENT_ID, orgId,
                    first8 + Finess.computeKey(first8), Fixtures.FINESS_EJ, e[0], null, Integer.parseInt(e[1]),
                    new BigDecimal("80"), new BigDecimal("80"), 365, null, "69",
                    org.cpom.adapter.CoreMapping.decodeOrNull(TariffAuthority.class, e[2]), 0, null, null);
            CpomWorld.insert(c, "CPOM_Establishment", Columns.of(establishment));
        }
        Contract k = KindFixtures.ivTer(status);
        Map<String, Object> contract = Columns.of(k);
        contract.put("DocAction", status == DocStatus.COMPLETED ? "CL" : "CO");
        contract.put("Processed", status == DocStatus.DRAFTED || status == DocStatus.IN_PROGRESS ? "N" : "Y");
        contract.put("AD_Org_ID", CpomWorld.ORG_1);
        contract.putAll(ContractCommitment.columns(CommitmentCalculator.compute(k, KindFixtures.budget())));
        CpomWorld.insert(c, "CPOM_Contract", contract);
        int lineId = 860;
        for (var m : KindFixtures.members()) {
            CpomWorld.insert(c, "CPOM_ContractEstablishment", Columns.of(new PerimeterLine(++lineId,
                    Fixtures.CONTRACT_ID, m.establishmentId(), m.dateJoined(), m.dateLeft())));
        }
        CpomWorld.insert(c, "CPOM_Axis", Columns.of(new org.cpom.core.model.Axis(Fixtures.AXIS_ID,
                Fixtures.CONTRACT_ID, 10, "Parcours de la personne âgée", null)));
        for (BudgetLine line : KindFixtures.budget()) {
            Map<String, Object> m = Columns.of(line);
            m.put("Payer", line.payer().code());
            m.put("AD_Org_ID", CpomWorld.ORG_1);
            CpomWorld.insert(c, "CPOM_BudgetLine", m);
        }
    }

    private static String quote(String code) {
        return code == null ? "NULL" : "'" + code + "'";
    }

    private static String idOrNull(int id) {
        return id > 0 ? String.valueOf(id) : "NULL";
    }

    @FunctionalInterface
    private interface Attempt {
        void run() throws Exception;
    }

    private static ValidationResult rejected(Attempt attempt) {
        try {
            attempt.run();
        } catch (CpomValidationException e) {
            return e.result();
        } catch (Exception e) {
            throw new AssertionError("expected a rule rejection, got " + e, e);
        }
        throw new AssertionError("the hostile input was accepted");
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }
}
