package org.cpom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.i18n.Language;
import org.cpom.core.model.DocStatus;
import org.cpom.persistence.TenantGuard.CrossTenantWriteException;
import org.cpom.service.FinessCategoryLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JdbcRecordStore refuses a cross-tenant write exactly where iDempiere's PO does (release-12 PO.checkCrossTenant,
 * writing): a tenant session may not insert, update or delete a record of another client, client System included;
 * a System session may. The refusal is in French and English and the database is unchanged.
 */
class CrossTenantWriteTest extends DatabaseTest {

    /** FINESS category 246 (ESAT), seeded by the schema under client System. */
    private static final int SYSTEM_CATEGORY = 246;

    @Test
    void aTenantSessionCannotInsertAClientSystemRecord() throws Exception {
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            JdbcRecordStore tenant = store(c);
            assertThatThrownBy(() -> tenant.insert("CPOM_FinessCategory", JdbcRecordStore.columns("AD_Client_ID", 0,
                    "AD_Org_ID", 0, "Value", "999", "Name", "Catégorie de test")))
                    .isInstanceOfSatisfying(CrossTenantWriteException.class, e -> {
                        assertThat(e.getMessage(Language.EN)).contains("Cross-tenant write refused")
                                .contains("CPOM_FinessCategory").contains("client 0")
                                .contains("client " + Fixtures.CLIENT_ID);
                        assertThat(e.getMessage(Language.FR)).contains("Écriture entre clients refusée")
                                .contains("client Système");
                    });
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void aTenantSessionCannotUpdateOrDeleteAnotherClientsRecord() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            String before = CpomWorld.checksum(c);
            JdbcRecordStore tenant = store(c);
            assertThatThrownBy(() -> tenant.update("CPOM_FinessCategory", SYSTEM_CATEGORY,
                    JdbcRecordStore.columns("Name", "ESAT renommé")))
                    .isInstanceOf(CrossTenantWriteException.class).hasMessageContaining("Record 246");
            assertThatThrownBy(() -> tenant.delete("CPOM_FinessCategory", SYSTEM_CATEGORY))
                    .isInstanceOf(CrossTenantWriteException.class);
            // a record of the tenant itself, written from another tenant's session
            JdbcRecordStore otherTenant = new JdbcRecordStore(c, CpomWorld.OTHER_CLIENT_ID, CpomWorld.ORG_OTHER_CLIENT,
                    CpomWorld.USER_ID);
            assertThatThrownBy(() -> otherTenant.update("CPOM_Contract", Fixtures.CONTRACT_ID,
                    JdbcRecordStore.columns("Description", "pris par un autre client")))
                    .isInstanceOfSatisfying(CrossTenantWriteException.class,
                            e -> assertThat(e.recordClientId()).isEqualTo(Fixtures.CLIENT_ID));
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            c.rollback();
        }
    }

    @Test
    void aSystemSessionWritesClientSystemAndTenantRecords() throws Exception {
        try (Connection c = transaction()) {
            CpomWorld.seedContract(c, DocStatus.DRAFTED, true);
            JdbcRecordStore system = new JdbcRecordStore(c, 0, 0, CpomWorld.USER_ID);
            int id = system.insert("CPOM_FinessCategory", JdbcRecordStore.columns("AD_Client_ID", 0, "AD_Org_ID", 0,
                    "Value", "999", "Name", "Catégorie de test"));
            assertThat(id).isPositive();
            system.update("CPOM_FinessCategory", SYSTEM_CATEGORY, JdbcRecordStore.columns("Name", "ESAT"));
            system.update("CPOM_Contract", Fixtures.CONTRACT_ID, JdbcRecordStore.columns("Description", "revu"));
            // and a tenant writes its own records
            store(c).update("CPOM_Contract", Fixtures.CONTRACT_ID, JdbcRecordStore.columns("Description", "revu 2"));
            c.rollback();
        }
    }

    @Test
    void theFinessLoaderRunFromATenantSessionWritesNothing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("TRE_R66.csv");
        Files.writeString(file, "Code;Libellé;Libellé long\n998;Nouvelle catégorie;\n246;E.S.A.T.;\n", StandardCharsets.UTF_8);
        try (Connection c = transaction()) {
            String before = CpomWorld.checksum(c);
            assertThatThrownBy(() -> new FinessCategoryLoader(c, store(c)).load(file))
                    .isInstanceOf(CrossTenantWriteException.class);
            assertThat(CpomWorld.checksum(c)).isEqualTo(before);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM CPOM_FinessCategory WHERE Value='998'");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
            c.rollback();
        }
    }
}
