package org.cpom.dictionary;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays a PackOut.xml in document order the way iDempiere release-12's PackIn reads it, against the core
 * records of a release-12 database (test resources idempiere12-*.tsv), and lists everything the real server
 * would reject or silently lose. It follows these release-12 classes:
 * <ul>
 * <li>{@code org.adempiere.pipo2.PackInHandler}: records in document order, a nested record after its parent is
 * saved; a record whose reference is unknown is deferred to a second pass. Deferral is reported as a defect: the
 * generic handler and SQL statements cannot wait, and a deferred table takes its columns with it.</li>
 * <li>{@code AdElementHandler} / {@code M_Element}: a ColumnName is unique, case-insensitive, against core
 * elements too.</li>
 * <li>{@code ColumnElementHandler} with IsSyncDatabase: the physical table exists once its first column is
 * saved; {@code MColumn.getForeignKeyConstraint} creates a foreign key only if the referenced table already
 * exists physically, and skips it silently otherwise.</li>
 * <li>{@code GenericPOElementHandler}: a data row needs its table ({@code MTable.get}) and columns; and a row of
 * a table created in the same pack makes the whole pack fail when PackIn saves its import details (the detail's
 * {@code PO.checkRecordIDCrossTenant} reads an MTable cached without columns: seen on a real core).</li>
 * <li>{@code SQLStatementElementHandler}: a failing statement is logged "failed but ignored" and the pack still
 * succeeds; the statement is first run through {@code Env.parseContext}, which replaces {@code @...@}.</li>
 * <li>{@code CommonTranslationHandler}: translation elements are imported only with SysConfig
 * 2PACK_HANDLE_TRANSLATIONS=Y and then overwrite what users edited; AD_Table_Trl breaks upgrades.</li>
 * <li>{@code MenuElementHandler}: a menu entry without SeqNo goes to position 0 and every sibling is pushed down.</li>
 * <li>{@code ReferenceUtils}: {@code reference="id"} points at an official core record by ID.</li>
 * </ul>
 */
final class PackInStandIn {

    /** Core records of a release-12 database by table: official ID to identifying name. */
    private final Map<Integer, String> coreElements = new HashMap<>();
    private final Set<String> coreColumnNames = new HashSet<>();
    private final Map<Integer, String> coreReferences = new HashMap<>();
    private final Map<Integer, String> coreTables = new HashMap<>();

    private final Set<String> saved = new HashSet<>();
    /** ColumnName (upper case) of each pack element, to its UUID: the same UUID again is an update. */
    private final Map<String, String> packElementNames = new HashMap<>();
    /** Tables of the pack by UUID, and those physically created (first column saved). */
    private final Map<String, String> packTables = new HashMap<>();
    private final Set<String> physical = new HashSet<>();
    private final Map<String, Set<String>> physicalColumns = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> lostForeignKeys = new ArrayList<>();

    PackInStandIn() {
        load("idempiere12-elements.tsv", (id, name) -> {
            coreElements.put(id, name);
            coreColumnNames.add(name.toUpperCase(Locale.ROOT));
        });
        load("idempiere12-references.tsv", coreReferences::put);
        load("idempiere12-tables.tsv", coreTables::put);
    }

    /** Every defect found while replaying the pack; empty when the real PackIn would accept all of it. */
    List<String> replay(Element root) {
        for (Element e : children(root)) {
            record(e, null);
        }
        return problems;
    }

    /** Foreign keys iDempiere would skip because their table did not exist yet. */
    List<String> lostForeignKeys() {
        return lostForeignKeys;
    }

    private void record(Element e, Element parent) {
        String tag = e.getTagName();
        if ("translation".equals(e.getAttribute("type"))) {
            problems.add(tag + " translation element: imported only with 2PACK_HANDLE_TRANSLATIONS=Y, then overwrites"
                    + " user edits" + (tag.equals("AD_Table_Trl") ? ", and AD_Table_Trl breaks upgrades" : ""));
            return;
        }
        if (tag.equals("SQLStatement")) {
            sql(e);
            return;
        }
        if (!"table".equals(e.getAttribute("type"))) {
            return;
        }
        String uuid = text(e, tag + "_UU");
        boolean deferred = false;
        for (Element c : children(e)) {
            String kind = c.getAttribute("reference");
            String key = c.getAttribute("reference-key");
            if (kind.equals("uuid")) {
                boolean startNodeOfWorkflow = tag.equals("AD_Workflow") && c.getTagName().equals("AD_WF_Node_ID");
                if (!startNodeOfWorkflow && !saved.contains(c.getTextContent())) {
                    problems.add(tag + " " + name(e) + ": " + c.getTagName() + " -> " + key + " " + c.getTextContent()
                            + " not yet saved: the record is deferred");
                    deferred = true;
                }
            } else if (kind.equals("id")) {
                coreId(e, c, key, Integer.parseInt(c.getTextContent().strip()));
            }
        }
        if (deferred) {
            return; // deferred with everything nested in it, to a second pass after the whole file
        }
        for (Element c : children(e)) {
            Integer limit = PackOutGenerator.TEXT_LIMITS.get(c.getTagName());
            if (limit != null && tag.startsWith("AD_") && c.getTextContent().length() > limit) {
                problems.add(tag + " " + name(e) + "." + c.getTagName() + ": " + c.getTextContent().length()
                        + " characters, PO keeps " + limit + " (the rest is cut without a word)");
            }
        }
        switch (tag) {
            case "AD_Element" -> element(e);
            case "AD_Table" -> packTables.putIfAbsent(uuid, text(e, "TableName"));
            case "AD_Column" -> column(e);
            case "AD_Menu" -> {
                if (text(e, "SeqNo") == null) {
                    problems.add("AD_Menu " + name(e) + " has no SeqNo: PackIn puts it first and renumbers its siblings");
                }
            }
            default -> {
                if (tag.startsWith("CPOM_")) {
                    dataRow(e);
                }
            }
        }
        saved.add(uuid);
        for (Element c : children(e)) {
            if (!c.getAttribute("type").isEmpty() || c.getTagName().equals("SQLStatement")) {
                record(c, e);
            }
        }
    }

    private void element(Element e) {
        String column = text(e, "ColumnName");
        String upper = column.toUpperCase(Locale.ROOT);
        if (coreColumnNames.contains(upper)) {
            problems.add("AD_Element " + column + " collides with the core element of the same ColumnName");
        }
        String uuid = text(e, "AD_Element_UU");
        String previous = packElementNames.putIfAbsent(upper, uuid);
        if (previous != null && !previous.equals(uuid)) {
            problems.add("AD_Element " + column + " defined twice");
        }
    }

    private void column(Element e) {
        String table = packTables.get(text(e, "AD_Table_ID"));
        if (table == null) {
            return; // reported as an unresolved reference
        }
        String column = text(e, "ColumnName");
        physical.add(table);
        physicalColumns.computeIfAbsent(table, k -> new HashSet<>()).add(column);
        String target = foreignTable(e, column);
        if (target != null && target.startsWith("CPOM_") && !physical.contains(target)
                && !"D".equals(text(e, "FKConstraintType"))) {
            lostForeignKeys.add(table + "." + column + " -> " + target);
        }
    }

    /** The table a TableDir/Search/Table column points at (Search/TableDir: by the column name). */
    private String foreignTable(Element e, String column) {
        String ref = text(e, "AD_Reference_ID");
        if (ref == null || !(ref.equals("18") || ref.equals("19") || ref.equals("30"))) {
            return null;
        }
        if (!column.endsWith("_ID")) {
            return null;
        }
        String base = column.substring(0, column.length() - 3);
        return base.startsWith("CPOM_") ? base : null;
    }

    private void dataRow(Element e) {
        String table = e.getTagName();
        if (!physical.contains(table)) {
            problems.add(table + " row " + name(e) + ": Table Name Not Found (its table is not created yet)");
            return;
        }
        if (packTables.containsValue(table)) {
            // seen on a real core: PackIn saves its import details after the whole file, and the detail's
            // PO.checkRecordIDCrossTenant reads the key columns of an MTable cached before its columns existed
            problems.add(table + " row " + name(e) + ": a generic data row of a table created in the same pack"
                    + " fails at the end of PackIn (ArrayIndexOutOfBoundsException in PO.checkRecordIDCrossTenant)");
            return;
        }
        for (Element c : children(e)) {
            if (c.getAttribute("type").isEmpty() && !c.getTagName().equals("SQLStatement")
                    && !physicalColumns.get(table).contains(c.getTagName())) {
                problems.add(table + " row " + name(e) + ": no column " + c.getTagName() + " yet");
            }
        }
    }

    private static final Pattern CPOM_TABLE = Pattern.compile("\\b(CPOM_[A-Za-z]+)\\b");

    private void sql(Element e) {
        String statement = text(e, "statement");
        if (statement.indexOf('@') >= 0) {
            problems.add("SQLStatement with '@', which Env.parseContext replaces: " + head(statement));
        }
        Matcher m = CPOM_TABLE.matcher(statement);
        while (m.find()) {
            String name = m.group(1);
            boolean isTable = packTables.containsValue(name);
            if (isTable && !physical.contains(name)) {
                problems.add("SQLStatement on " + name + " before the table exists: fails, logged and ignored: "
                        + head(statement));
            }
        }
    }

    private void coreId(Element record, Element c, String key, int id) {
        String where = record.getTagName() + " " + name(record) + "." + c.getTagName();
        switch (key) {
            case "AD_Element" -> {
                String core = coreElements.get(id);
                String expected = record.getTagName().equals("AD_Column") || record.getTagName().equals("AD_Process_Para")
                        ? text(record, "ColumnName") : null;
                if (core == null) {
                    problems.add(where + ": no core AD_Element " + id);
                } else if (expected != null && !core.equalsIgnoreCase(expected)) {
                    problems.add(where + ": core AD_Element " + id + " is " + core + ", not " + expected);
                }
            }
            case "AD_Reference" -> {
                if (!coreReferences.containsKey(id)) {
                    problems.add(where + ": no core AD_Reference " + id);
                }
            }
            case "AD_Table" -> {
                if (!coreTables.containsKey(id)) {
                    problems.add(where + ": no core AD_Table " + id);
                }
            }
            case "AD_Client", "AD_Org" -> {
                if (id != 0) {
                    problems.add(where + ": " + key + " " + id + " instead of System (0)");
                }
            }
            default -> problems.add(where + ": reference by ID to " + key + ", which the stand-in does not know");
        }
    }

    private String name(Element e) {
        for (String n : new String[] {"TableName", "ColumnName", "Value", "Name"}) {
            String v = text(e, n);
            if (v != null) {
                return v;
            }
        }
        return text(e, e.getTagName() + "_UU");
    }

    private static String head(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static String text(Element e, String name) {
        for (Element c : children(e)) {
            if (c.getTagName().equals(name)) {
                return c.getTextContent();
            }
        }
        return null;
    }

    private interface Row {
        void accept(int id, String name);
    }

    private void load(String resource, Row row) {
        try (InputStream in = PackInStandIn.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t");
                row.accept(Integer.parseInt(p[0].strip()), p[1].strip());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
