package org.cpom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The expected figures of the real-server check come from the shipped 2Pack: read it as the bundle holds it. */
class PackOutTest {

    /** The one dictionary version, as the build reads it (org.cpom.plugin/src/main/pack.properties). */
    static String packVersion() throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("../../org.cpom.plugin/src/main/pack.properties"))) {
            p.load(r);
        }
        return p.getProperty("twopack.version");
    }

    private static PackOut shipped() throws Exception {
        try (InputStream in = PackOutTest.class.getClassLoader()
                .getResourceAsStream("META-INF/2Pack_" + packVersion() + ".zip")) {
            assertThat(in).as("the plugin jar's 2Pack on the test class path").isNotNull();
            return PackOut.ofZip(in);
        }
    }

    @Test
    void readsTheDictionaryRecordsOfTheShippedPack() throws Exception {
        PackOut p = shipped();
        assertThat(p.version()).isEqualTo(packVersion());
        // a table may be written twice (nested in each window that shows it): the check counts distinct UUIDs
        assertThat(Verification.distinct(p.uuids("AD_Table"))).hasSizeGreaterThanOrEqualTo(14);
        // lower bounds: the dictionary grows, the check compares whatever the shipped pack holds
        assertThat(p.uuids("AD_Window")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p.uuids("AD_Column").size()).isGreaterThan(200);
        assertThat(p.uuids("AD_Message").size()).isGreaterThan(100);
        assertThat(p.uuids("AD_Process")).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void findsThePerimeterGuardTriggersAndFunctions() throws Exception {
        PackOut p = shipped();
        assertThat(Verification.distinct(p.triggers())).containsExactlyInAnyOrder("cpom_perimeter_line", "cpom_perimeter_contract");
        assertThat(p.functions()).contains("cpom_perimeter_line_trg", "cpom_perimeter_contract_trg");
    }

    @Test
    void pairsEachFrenchTextWithItsRecord() throws Exception {
        PackOut p = shipped();
        List<PackOut.Translation> fr = p.translations("fr_FR");
        assertThat(fr).isNotEmpty();
        assertThat(fr).allSatisfy(t -> assertThat(p.uuids(t.table())).as(t.table()).contains(t.uuid()));
        assertThat(fr).anySatisfy(t -> {
            assertThat(t.table()).isEqualTo("AD_Window");
            assertThat(t.text()).isEqualTo("Établissement");
        });
        assertThat(fr.stream().filter(t -> t.table().equals("AD_Message")).map(PackOut.Translation::column))
                .isNotEmpty().allMatch("MsgText"::equals);
    }

    @Test
    void readsFrenchTextsShippedAsSqlValues() throws Exception {
        String sql = "UPDATE AD_Window_Trl t SET Name=COALESCE(v.Name, t.Name), Description=COALESCE(v.Description, t.Description)\n"
                + "FROM (VALUES\n  ('06678336-ad46-4cf5-9ea0-47f7a0926676', 'Établissement', 'Établissements de l''association'),\n"
                + "  ('2c208cbc-0735-4c12-b4f4-75047d9baca0', 'CPOM', NULL)\n) AS v(uu, Name, Description), AD_Window b\n"
                + "WHERE b.AD_Window_UU=v.uu AND t.AD_Window_ID=b.AD_Window_ID AND t.AD_Language='fr_FR' AND t.IsTranslated='N'";
        String xml = "<idempiere Version=\"1.0.0\"><SQLStatement type=\"custom\"><statement><![CDATA[" + sql
                + "]]></statement></SQLStatement></idempiere>";
        PackOut p = PackOut.of(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(p.translations("fr_FR")).containsExactly(
                new PackOut.Translation("AD_Window", "06678336-ad46-4cf5-9ea0-47f7a0926676", "fr_FR", "Name", "Établissement"),
                new PackOut.Translation("AD_Window", "2c208cbc-0735-4c12-b4f4-75047d9baca0", "fr_FR", "Name", "CPOM"));
        assertThat(PackOut.tuples("('a', 'b''c', NULL)")).containsExactly(java.util.Arrays.asList("a", "b'c", null));
    }

    @Test
    void ordersVersionsNumerically() {
        assertThat(Verification.compareVersions("1.0.10", "1.0.9")).isPositive();
        assertThat(Verification.compareVersions("1.0.0", "1.0.0")).isZero();
        assertThat(Verification.compareVersions("1.1", "1.0.3")).isPositive();
    }
}
