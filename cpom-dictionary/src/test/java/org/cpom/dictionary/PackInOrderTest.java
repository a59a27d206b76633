package org.cpom.dictionary;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed 2Pack replayed through {@link PackInStandIn}: what a release-12 PackIn would reject, defer or
 * silently lose. Each small pack below shows the stand-in catches one defect the real server has.
 */
class PackInOrderTest {

    static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    static Element committedPack() throws Exception {
        return parse(Files.readString(DriftTest.PLUGIN.resolve(Generate.PACKOUT), StandardCharsets.UTF_8));
    }

    @Test
    void theCommittedPackPacksInWithoutDeferralLossOrFailure() throws Exception {
        PackInStandIn packIn = new PackInStandIn();
        assertThat(packIn.replay(committedPack())).isEmpty();
        assertThat(packIn.lostForeignKeys()).as("foreign keys to tables created later").isEmpty();
    }

    @Test
    void theNextVersionPacksInOverThisOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path next = tmp.resolve("dictionary");
        String version = UpgradeRehearsal.nextVersion(DriftTest.DICTIONARY, next);
        Map<String, String> files = Generate.generate(next, true);
        Element upgrade = parse(files.get(Generate.PACKOUT));
        assertThat(upgrade.getAttribute("Version")).isEqualTo(version);
        assertThat(files.get(Generate.PACK_PROPERTIES)).contains("twopack.version=" + version);
        PackInStandIn packIn = new PackInStandIn();
        assertThat(packIn.replay(committedPack())).isEmpty();
        assertThat(packIn.replay(upgrade)).isEmpty();
        assertThat(files.get(Generate.PACKOUT)).contains("<ColumnName>" + UpgradeRehearsal.MANDATORY_COLUMN + "</ColumnName>");
    }

    @Test
    void everyCoreIdOfTheDictionaryIsTheRealOne() throws Exception {
        Dictionary dict = Dictionary.load(DriftTest.DICTIONARY);
        // the core IDs in core.yaml name the record they claim: elements by ColumnName, references by name
        String pack = "<idempiere>" + dict.coreElements().entrySet().stream().map(e ->
                "<AD_Column type=\"table\"><ColumnName>" + e.getKey() + "</ColumnName>"
                        + "<AD_Element_ID reference=\"id\" reference-key=\"AD_Element\">" + e.getValue()
                        + "</AD_Element_ID><AD_Column_UU>" + e.getKey() + "</AD_Column_UU></AD_Column>")
                .reduce("", String::concat) + "</idempiere>";
        assertThat(new PackInStandIn().replay(parse(pack))).isEmpty();
        Map<String, Integer> refs = new java.util.HashMap<>(dict.coreReferences());
        refs.putAll(dict.coreReferenceValues());
        Properties names = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("idempiere12-references.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] p = line.split("\t");
                    names.put(p[0], p[1]);
                }
            }
        }
        refs.forEach((name, id) -> assertThat(names.getProperty(String.valueOf(id)))
                .as("core AD_Reference %s", id).isEqualToIgnoringWhitespace(name.replace("DateTime", "Date+Time")
                        .replace("TableDir", "Table Direct").replace("YesNo", "Yes-No")));
        for (Map.Entry<String, Integer> t : dict.coreTables().entrySet()) {
            assertThat(new PackInStandIn().replay(parse("<idempiere><X type=\"table\"><AD_Table_ID reference=\"id\""
                    + " reference-key=\"AD_Table\">" + t.getValue() + "</AD_Table_ID><X_UU>x</X_UU></X></idempiere>")))
                    .as(t.getKey()).isEmpty();
        }
    }

    @Test
    void aNewElementWithACoreColumnNameIsRefused() throws Exception {
        assertThat(new PackInStandIn().replay(parse("<idempiere><AD_Element type=\"table\"><ColumnName>comments"
                + "</ColumnName><AD_Element_UU>e1</AD_Element_UU></AD_Element></idempiere>")))
                .singleElement().asString().contains("collides with the core element");
    }

    @Test
    void aCoreElementIdOfAnotherColumnIsRefused() throws Exception {
        // FiscalYear is 3082; 445 does not exist in release 12
        List<String> p = new PackInStandIn().replay(parse("<idempiere><AD_Column type=\"table\"><ColumnName>FiscalYear"
                + "</ColumnName><AD_Element_ID reference=\"id\" reference-key=\"AD_Element\">445</AD_Element_ID>"
                + "<AD_Column_UU>c1</AD_Column_UU></AD_Column></idempiere>"));
        assertThat(p).singleElement().asString().contains("no core AD_Element 445");
    }

    @Test
    void aTablePointingAtALaterWindowIsDeferredAndItsDataRowsFail() throws Exception {
        List<String> p = new PackInStandIn().replay(parse("""
                <idempiere>
                  <AD_Table type="table"><TableName>CPOM_X</TableName>
                    <AD_Window_ID reference="uuid" reference-key="AD_Window">w1</AD_Window_ID><AD_Table_UU>t1</AD_Table_UU>
                  </AD_Table>
                  <CPOM_X type="table"><Value>A</Value><CPOM_X_UU>r1</CPOM_X_UU></CPOM_X>
                  <AD_Window type="table"><Name>W</Name><AD_Window_UU>w1</AD_Window_UU></AD_Window>
                </idempiere>"""));
        assertThat(p).anyMatch(s -> s.contains("not yet saved: the record is deferred"))
                .anyMatch(s -> s.contains("Table Name Not Found"));
    }

    @Test
    void sqlOnATableNotYetCreatedIsReported() throws Exception {
        List<String> p = new PackInStandIn().replay(parse("""
                <idempiere>
                  <AD_Table type="table"><TableName>CPOM_X</TableName><AD_Table_UU>t1</AD_Table_UU></AD_Table>
                  <SQLStatement type="custom"><DBType>Postgres</DBType><statement>CREATE TRIGGER g BEFORE INSERT ON CPOM_X FOR EACH ROW EXECUTE FUNCTION f()</statement></SQLStatement>
                </idempiere>"""));
        assertThat(p).singleElement().asString().contains("before the table exists");
    }

    @Test
    void translationElementsAndAMenuWithoutSeqNoAreReported() throws Exception {
        List<String> p = new PackInStandIn().replay(parse("""
                <idempiere>
                  <AD_Menu type="table"><Name>CPOM</Name><AD_Menu_UU>m1</AD_Menu_UU>
                    <AD_Menu_Trl type="translation"><AD_Language>fr_FR</AD_Language><Name>CPOM</Name></AD_Menu_Trl>
                  </AD_Menu>
                  <AD_Table type="table"><TableName>CPOM_X</TableName><AD_Table_UU>t1</AD_Table_UU>
                    <AD_Table_Trl type="translation"><AD_Language>fr_FR</AD_Language><Name>X</Name></AD_Table_Trl>
                  </AD_Table>
                </idempiere>"""));
        assertThat(p).anyMatch(s -> s.contains("has no SeqNo")).anyMatch(s -> s.contains("AD_Table_Trl breaks upgrades"))
                .anyMatch(s -> s.startsWith("AD_Menu_Trl translation element"));
    }

    @Test
    void aStatementWithAnAtSignIsReported() throws Exception {
        List<String> p = new PackInStandIn().replay(parse("<idempiere><SQLStatement type=\"custom\"><DBType>Postgres"
                + "</DBType><statement>UPDATE AD_Message_Trl SET MsgText='a@b.fr'</statement></SQLStatement></idempiere>"));
        assertThat(p).singleElement().asString().contains("Env.parseContext");
    }

    @Test
    void theFileNameVersionTheHeaderAndTheEntityTypeShareOneVersion() throws Exception {
        Element root = committedPack();
        Properties props = new Properties();
        try (var r = Files.newBufferedReader(DriftTest.PLUGIN.resolve(Generate.PACK_PROPERTIES))) {
            props.load(r);
        }
        String version = props.getProperty("twopack.version");
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(root.getAttribute("Version")).isEqualTo(version);
        Element entityType = PackInStandIn.children(root).get(0);
        assertThat(PackInStandIn.text(entityType, "Version")).isEqualTo(version);
        assertThat(Files.readString(DriftTest.PLUGIN.resolve("pom.xml"))).contains("2Pack_${twopack.version}.zip")
                .doesNotContain("<cpom.pack.version>");
    }
}
