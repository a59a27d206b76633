package org.cpom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.persistence.CpomWorld;
import org.cpom.persistence.DatabaseTest;
import org.cpom.persistence.JdbcRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FlagLateActionSheets and LoadFinessCategories services against PostgreSQL. */
class ProcessServicesTest extends DatabaseTest {

    @Test
    void lateSheetsAreFlaggedOnceAndOnlyWhenPastDue() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.COMPLETED, true);
            LateActionSheetsService service = new LateActionSheetsService(c, store(c));
            ProcessResult notYet = service.flag(Fixtures.CLIENT_ID, 0, LocalDate.of(2027, 6, 30));
            assertThat(notYet.render(Language.EN)).startsWith("0 action sheets");
            ProcessResult late = service.flag(Fixtures.CLIENT_ID, Fixtures.CONTRACT_ID, LocalDate.of(2027, 7, 1));
            assertThat(late.render(Language.EN)).startsWith("1 action sheets");
            assertThat(late.render(Language.FR)).doesNotContain("CPOM_");
            assertThat(status(c, 601)).isEqualTo("LA");
            assertThat(service.flag(Fixtures.CLIENT_ID, 0, LocalDate.of(2027, 8, 1)).render(Language.EN))
                    .startsWith("0 action sheets");
            c.rollback();
        }
    }

    @Test
    void finessCategoriesAreCreatedOrRenamedAndBadLinesReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("TRE_R66-CategorieEtablissement.csv");
        Files.writeString(file, "Code;Libellé;Libellé long\n"
                + "246;E.S.A.T.;Etablissement et Service d'Aide par le Travail\n"
                + "9001;Catégorie d'essai;Catégorie absente des données livrées\n"
                + "X'--;Injection;\n", StandardCharsets.UTF_8);
        try (Connection c = transaction()) {
            JdbcRecordStore store = new JdbcRecordStore(c, 0, 0, CpomWorld.USER_ID);
            ProcessResult result = new FinessCategoryLoader(c, store).load(file);
            String en = result.render(Language.EN);
            assertThat(en).startsWith("2 FINESS categories loaded (1 created, 1 updated)").contains("Line 4");
            assertThat(result.render(Language.FR)).contains("4").doesNotContain("CPOM_");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT Name FROM CPOM_FinessCategory WHERE AD_Client_ID=0 AND Value=?")) {
                ps.setString(1, "9001"); // a code the 2Pack does not ship: created
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("Catégorie d'essai");
                }
            }
            c.rollback();
        }
    }

    @Test
    void missingFileIsRejectedWithItsMessage(@TempDir Path dir) throws Exception {
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            assertThatThrownBy(() -> new FinessCategoryLoader(c, store(c)).load(dir.resolve("absent.csv")))
                    .isInstanceOf(CpomValidationException.class)
                    .satisfies(e -> assertThat(((CpomValidationException) e).result()
                            .hasKey(MessageKeys.PROCESS_FILE_NOT_READABLE)).isTrue());
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    private static String status(Connection c, int sheetId) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT ActionStatus FROM CPOM_ActionSheet WHERE CPOM_ActionSheet_ID=?")) {
            ps.setInt(1, sheetId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
