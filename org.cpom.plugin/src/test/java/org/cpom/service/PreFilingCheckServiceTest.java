package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.cpom.core.finance.Finding;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.persistence.PeriodStatus;
import org.cpom.testkit.EmbeddedDatabase;
import org.cpom.testkit.LoadedSample;
import org.cpom.testkit.MessidorSample;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * CPOM_PreFilingCheck on the MESSIDOR sample with iDempiere's period control (test fixture
 * idempiere-standin-periods.sql): one log line per finding of the core's check, in French and English; the period
 * status read as release-12 MPeriod.isOpen decides for posting.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreFilingCheckServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private EmbeddedDatabase db;
    private LoadedSample m;
    private LoadedSample h;

    @BeforeAll
    void load() throws SQLException {
        db = FinanceSamples.start();
        m = MessidorSample.messidor().load(db.getDataSource());
        h = MessidorSample.otherClient().load(db.getDataSource());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            FinanceSamples.year(c, m.clientId(), 2012, "C", 0);
            FinanceSamples.year(c, m.clientId(), 2015, "D", 0); // document closed: postings still accepted
            FinanceSamples.year(c, m.clientId(), 2016, "C", 12); // December still open for GL journals
            FinanceSamples.year(c, m.clientId(), 2017, "C", 0);
            FinanceSamples.year(c, h.clientId(), 2017, "O", 0);
            c.commit();
        }
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static boolean has(ProcessLog log, Finding.Code code) {
        return log.lines().stream().anyMatch(l -> l instanceof Finding f && f.code() == code);
    }

    @Test
    void everyFindingIsOneLineInBothLanguagesAndTheSummaryCountsThem() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            int org = m.orgByEstablishment().get(m.establishmentIds().get(0));
            // a posting on an account no group maps (69, impôt sur les bénéfices)
            FinanceSamples.post(c, m.clientId(), m.acctSchemaId(), org, "695", LocalDate.of(2017, 6, 30), "1234.56", "0");
            FinanceSamples.post(c, m.clientId(), m.acctSchemaId(), org, "512", LocalDate.of(2017, 6, 30), "0", "1234.56");
            ProcessLog log = new PreFilingCheckService(c).check(m.clientId(), m.contractId(), 2017, 0, TODAY);
            List<String> en = log.render(Language.EN);
            List<String> fr = log.render(Language.FR);
            assertThat(en).hasSameSizeAs(log.lines()).isNotEmpty();
            assertThat(log.summary().render(Language.EN)).endsWith(log.lines().size() + " findings to look at.");
            assertThat(log.summary().render(Language.FR)).endsWith(log.lines().size() + " points à examiner.");
            assertThat(en).anySatisfy(l -> assertThat(l).startsWith("Account 695").contains("1,234.56")
                    .contains("no functional group"));
            assertThat(fr).anySatisfy(l -> assertThat(l).startsWith("Le compte 695").contains("234,56")
                    .contains("aucun groupe fonctionnel"));
            // the résultat of classes 6 and 7 no longer equals the statement's: the unmapped charge is missing
            assertThat(has(log, Finding.Code.LEDGER_RESULT_GAP)).isTrue();
            // the head office posts outside the perimeter (sample: siège outside the contract)
            assertThat(has(log, Finding.Code.ORG_OUTSIDE_PERIMETER)).isTrue();
            // every period of 2017 is closed
            assertThat(has(log, Finding.Code.PERIOD_OPEN)).isFalse();
            for (String line : en) {
                assertThat(line).doesNotContain("CPOM_");
            }
            for (String line : fr) {
                assertThat(line).doesNotContain("CPOM_");
            }
            c.rollback();
        }
    }

    @Test
    void anOpenOrDocumentClosedOrMissingPeriodMakesTheYearOpen() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2017, TODAY)).isTrue();
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2016, TODAY)).as("December open").isFalse();
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2015, TODAY)).as("document closed").isFalse();
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2014, TODAY)).as("no period").isFalse();
            // the other tenant's open 2017 is its own
            assertThat(PeriodStatus.isYearClosed(c, h.clientId(), 2017, TODAY)).isFalse();
            ProcessLog log = new PreFilingCheckService(c).check(m.clientId(), m.contractId(), 2016, 0, TODAY);
            assertThat(has(log, Finding.Code.PERIOD_OPEN)).isTrue();
            assertThat(log.render(Language.EN)).contains("Fiscal year 2016 is not closed: every figure is provisional.");
            assertThat(log.render(Language.FR)).anySatisfy(l -> assertThat(l).contains("2016"));
            c.rollback();
        }
    }

    @Test
    void automaticPeriodControlOpensTheYearsWithinItsWindowWhateverTheControlRowsSay() throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            FinanceSamples.year(c, m.clientId(), 2026, "C", 0);
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2026, TODAY)).isTrue();
            FinanceSamples.exec(c, "UPDATE C_AcctSchema SET AutoPeriodControl='Y', Period_OpenHistory=400, "
                    + "Period_OpenFuture=30 WHERE C_AcctSchema_ID=" + m.acctSchemaId());
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2026, TODAY)).isFalse();
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2025, TODAY)).as("within 400 days").isFalse();
            assertThat(PeriodStatus.isYearClosed(c, m.clientId(), 2017, TODAY)).isTrue();
            c.rollback();
        }
    }

    @Test
    void aClosedYearWithoutBudgetOrPostingsHasNothingToCorrect() throws Exception {
        try (Connection c = db.getConnection()) {
            ProcessLog log = new PreFilingCheckService(c).check(m.clientId(), m.contractId(), 2012, 0, TODAY);
            assertThat(log.lines()).isEmpty();
            assertThat(log.summary().render(Language.EN)).endsWith("for 2012: nothing to correct.");
            assertThat(log.summary().render(Language.FR)).endsWith("pour 2012 : rien à corriger.");
        }
    }

    @Test
    void anotherTenantsContractOrNoYearIsRefused() throws Exception {
        try (Connection c = db.getConnection()) {
            assertThatThrownBy(() -> new PreFilingCheckService(c).check(h.clientId(), m.contractId(), 2017, 0, TODAY))
                    .isInstanceOf(CpomValidationException.class)
                    .satisfies(e -> assertThat(((CpomValidationException) e).result()
                            .hasKey(MessageKeys.PROCESS_RECORD_REQUIRED)).isTrue());
            assertThatThrownBy(() -> new PreFilingCheckService(c).check(m.clientId(), m.contractId(), 0, 0, TODAY))
                    .isInstanceOf(CpomValidationException.class);
        }
    }
}
