package org.cpom.dictionary;

import org.cpom.dictionary.Dictionary.Column;
import org.cpom.dictionary.Dictionary.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed 2Pack is well-formed, self-consistent, bilingual and uses only real iDempiere columns. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackOutTest {

    /** Record types whose texts iDempiere translates, with their translated columns. */
    static final Map<String, List<String>> TRANSLATED = Map.ofEntries(
            Map.entry("AD_Message", List.of("MsgText")), Map.entry("AD_FieldGroup", List.of("Name")),
            Map.entry("AD_Reference", List.of("Name")), Map.entry("AD_Ref_List", List.of("Name")),
            Map.entry("AD_Element", List.of("Name", "PrintName")), Map.entry("AD_Table", List.of("Name")),
            Map.entry("AD_Workflow", List.of("Name")), Map.entry("AD_Process", List.of("Name", "Description")),
            Map.entry("AD_Process_Para", List.of("Name")), Map.entry("AD_Window", List.of("Name", "Description")),
            Map.entry("AD_Tab", List.of("Name")), Map.entry("AD_Field", List.of("Name")),
            Map.entry("AD_Menu", List.of("Name")), Map.entry("AD_Column", List.of("Name")),
            Map.entry("AD_WF_Node", List.of("Name")));
    /** Elements the pipo2 handlers read besides the table's columns. */
    static final Map<String, Set<String>> HANDLER_EXTRAS = Map.of("AD_Menu", Set.of("Parent_ID", "SeqNo"));

    private Document doc;
    private Dictionary dict;
    private Map<String, Set<String>> realColumns;
    private final List<Element> records = new ArrayList<>();
    private final Set<String> recordUuids = new HashSet<>();

    @BeforeAll
    void load() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc = f.newDocumentBuilder().parse(DriftTest.PLUGIN.resolve(Generate.PACKOUT).toFile());
        dict = Dictionary.load(DriftTest.DICTIONARY);
        realColumns = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("idempiere12-dictionary-columns.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] p = line.split("\t");
                    realColumns.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1].strip());
                }
            }
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("table".equals(e.getAttribute("type"))) {
                records.add(e);
                String uu = childText(e, e.getTagName() + "_UU");
                assertThat(uu).as("record %s without its own UUID", e.getTagName()).isNotBlank();
                boolean windowLink = e.getTagName().equals("AD_Table") && childText(e, "AD_Column_ID") == null
                        && children(e).stream().noneMatch(c -> c.getTagName().equals("AD_Column"));
                if (windowLink && recordUuids.contains(uu)) {
                    continue; // a table written in another window's tab, given its own window afterwards
                }
                assertThat(recordUuids.add(uu)).as("UUID %s used by two records", uu).isTrue();
            }
        }
    }

    @Test
    void headerAndEntityTypeComeFirst() {
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("idempiere");
        assertThat(root.getAttribute("Name")).isEqualTo("org.cpom.plugin");
        assertThat(root.getAttribute("PackOutVersion")).isEqualTo("100");
        Element first = firstChildElement(root);
        assertThat(first.getTagName()).isEqualTo("AD_EntityType");
        assertThat(childText(first, "EntityType")).isEqualTo("CPOM");
        assertThat(childText(first, "ModelPackage")).isEqualTo("org.cpom.model");
    }

    @Test
    void everyReferenceResolvesInsideThePackOrToADocumentedCoreId() {
        Set<Integer> coreIds = new HashSet<>();
        coreIds.addAll(dict.coreReferences().values());
        coreIds.addAll(dict.coreReferenceValues().values());
        coreIds.addAll(dict.coreElements().values());
        int uuidRefs = 0;
        for (Element r : records) {
            for (Element c : children(r)) {
                String kind = c.getAttribute("reference");
                if (kind.equals("uuid")) {
                    assertThat(recordUuids).as("%s.%s -> %s", r.getTagName(), c.getTagName(), c.getTextContent())
                            .contains(c.getTextContent());
                    uuidRefs++;
                } else if (kind.equals("id")) {
                    int id = Integer.parseInt(c.getTextContent());
                    String key = c.getAttribute("reference-key");
                    if (key.equals("AD_Client") || key.equals("AD_Org")) {
                        assertThat(id).isZero();
                    } else {
                        assertThat(coreIds).as("%s.%s id %s", r.getTagName(), c.getTagName(), id).contains(id);
                        assertThat(id).isLessThanOrEqualTo(999_999);
                    }
                }
            }
        }
        assertThat(uuidRefs).isGreaterThan(500);
    }

    @Test
    void everyEmittedColumnExistsInIdempiere() {
        for (Element r : records) {
            String table = r.getTagName();
            Set<String> allowed = new HashSet<>();
            if (table.startsWith("CPOM_")) {
                dict.table(table).columns().forEach(c -> allowed.add(c.name()));
            } else {
                assertThat(realColumns).as("unknown iDempiere table %s", table).containsKey(table);
                allowed.addAll(realColumns.get(table));
                allowed.addAll(HANDLER_EXTRAS.getOrDefault(table, Set.of()));
            }
            for (Element c : children(r)) {
                if (!c.getAttribute("type").isEmpty()) {
                    continue; // nested record or translation
                }
                assertThat(allowed).as("%s has no column %s", table, c.getTagName()).contains(c.getTagName());
            }
        }
    }

    @Test
    void everyTableHasAWindowAndEveryColumnItsElementAndFieldOrAReason() {
        Map<String, Element> tables = new HashMap<>();
        Set<String> fieldColumnUuids = new HashSet<>();
        Map<String, String> windowOfTable = new HashMap<>();
        for (Element r : records) {
            if (r.getTagName().equals("AD_Table")) {
                tables.putIfAbsent(childText(r, "TableName"), r);
                if (childText(r, "AD_Window_ID") != null) {
                    windowOfTable.put(childText(r, "TableName"), childText(r, "AD_Window_ID"));
                }
            } else if (r.getTagName().equals("AD_Field")) {
                fieldColumnUuids.add(childText(r, "AD_Column_ID"));
            }
        }
        for (Table t : dict.tables()) {
            Element at = tables.get(t.name());
            assertThat(at).as(t.name()).isNotNull();
            assertThat(windowOfTable.get(t.name())).as("%s has no window", t.name()).isNotBlank();
            for (Column c : t.columns()) {
                boolean element = dict.elements().containsKey(c.name()) || dict.coreElements().containsKey(c.name());
                assertThat(element).as("%s.%s has no element", t.name(), c.name()).isTrue();
                Element col = children(at).stream().filter(x -> x.getTagName().equals("AD_Column")
                        && c.name().equals(childText(x, "ColumnName"))).findFirst().orElseThrow();
                assertThat(childText(col, "AD_Element_ID")).as("%s.%s element ref", t.name(), c.name()).isNotBlank();
                boolean hasField = fieldColumnUuids.contains(childText(col, "AD_Column_UU"));
                assertThat(hasField || (c.why() != null && !c.field())).as("%s.%s: field or reason", t.name(), c.name()).isTrue();
            }
        }
    }

    @Test
    void everyCatalogueMessageIsAnAdMessageInBothLanguages() throws IOException {
        Properties en = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/cpom/core/i18n/messages.properties")) {
            en.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, Element> messages = new HashMap<>();
        for (Element r : records) {
            if (r.getTagName().equals("AD_Message")) {
                messages.put(childText(r, "Value"), r);
            }
        }
        assertThat(messages.keySet()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(childText(messages.get("CPOM_PerimeterOverlap"), "MsgText")).isEqualTo(en.getProperty("CPOM_PerimeterOverlap"));
    }

    @Test
    void processesReportsMenuAndDocumentWorkflowAreThere() {
        Map<String, Element> processes = new HashMap<>();
        for (Element r : records) {
            if (r.getTagName().equals("AD_Process")) {
                processes.put(childText(r, "Value"), r);
            }
        }
        assertThat(childText(processes.get("CPOM_GenerateBudgetYears"), "Classname")).isEqualTo("org.cpom.process.GenerateBudgetYears");
        assertThat(childText(processes.get("CPOM_LoadFinessCategories"), "Classname")).isEqualTo("org.cpom.process.LoadFinessCategories");
        assertThat(childText(processes.get("CPOM_LoadFinessCategories"), "AccessLevel"))
                .as("System only: it writes client-0 rows, which PO refuses to a tenant session").isEqualTo("4");
        assertThat(childText(processes.get("CPOM_RptBudgetVsActual"), "JasperReport"))
                .isEqualTo("bundle:org.cpom.reports:reports/BudgetVsActual.jrxml");
        assertThat(childText(processes.get("CPOM_Contract_Process"), "AD_Workflow_ID")).isNotBlank();
        for (Element r : records) {
            if (r.getTagName().equals("AD_Column") && List.of("DocStatus", "DocAction", "Processed", "DateApplied")
                    .contains(childText(r, "ColumnName"))) {
                assertThat(childText(r, "IsUpdateable")).as("the model writes %s", childText(r, "ColumnName")).isEqualTo("Y");
            }
        }
        assertThat(processes).containsKeys("CPOM_ApplyAmendment", "CPOM_RenewContract", "CPOM_FlagLateActionSheets",
                "CPOM_RptContractBudget", "CPOM_RptActionPlan", "CPOM_RptAnnualReport");
        long toolbar = records.stream().filter(r -> r.getTagName().equals("AD_ToolBarButton")
                && "CPOM_ApplyAmendment".equals(childText(r, "ComponentName"))).count();
        assertThat(toolbar).as("ApplyAmendment runs from the amendments tab").isEqualTo(1);
        long menuEntries = records.stream().filter(r -> r.getTagName().equals("AD_Menu")).count();
        assertThat(menuEntries).isEqualTo(1 + dict.menu().size());
        int lastSeed = -1;
        int firstGuard = -1;
        int scheduler = -1;
        for (int i = 0; i < doc.getElementsByTagName("SQLStatement").getLength(); i++) {
            String s = doc.getElementsByTagName("SQLStatement").item(i).getTextContent();
            if (s.contains("WHERE NOT EXISTS (SELECT 1 FROM CPOM_")) {
                lastSeed = i;
            }
            if (firstGuard < 0 && s.contains("pg_advisory_xact_lock")) {
                firstGuard = i;
                assertThat(s).contains("Postgres");
            }
            if (s.contains("INSERT INTO AD_Scheduler ")) {
                scheduler = i;
                assertThat(s).as("shipped inactive").contains("0, 0, 'N', statement_timestamp()");
            }
        }
        assertThat(firstGuard).as("the guard comes after the reference rows").isGreaterThan(lastSeed);
        assertThat(scheduler).as("the alert scheduler is shipped, after the reference rows").isGreaterThan(lastSeed);
        long database = 0;
        long translations = 0;
        long seeds = 0;
        long schedules = 0;
        for (int i = 0; i < doc.getElementsByTagName("SQLStatement").getLength(); i++) {
            String s = doc.getElementsByTagName("SQLStatement").item(i).getTextContent();
            boolean trl = s.contains("_Trl t SET");
            boolean seed = s.contains("INSERT INTO CPOM_");
            boolean schedule = s.contains("INSERT INTO AD_Schedule");
            database += trl || seed || schedule ? 0 : 1;
            translations += trl ? 1 : 0;
            seeds += seed ? 1 : 0;
            schedules += schedule ? 1 : 0;
        }
        assertThat(database).as("one statement per chunk of the sql/ scripts (guard, ledger functions)")
                .isEqualTo(PackOutGenerator.perimeterStatements(dict.databaseSql()).size());
        assertThat(schedules).as("AD_Schedule and AD_Scheduler of the alert process").isEqualTo(2);
        assertThat(seeds).as("reference rows of FINESS categories, tariff modes, account groups").isEqualTo(3);
        assertThat(translations).as("one translation statement per translated table").isEqualTo(TRANSLATED.size());
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element firstChildElement(Element e) {
        return children(e).get(0);
    }

    private static String childText(Element e, String name) {
        for (Element c : children(e)) {
            if (c.getTagName().equals(name)) {
                return c.getTextContent();
            }
        }
        return null;
    }
}
