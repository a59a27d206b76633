package org.cpom.dictionary;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The application dictionary as read from the YAML source (cpom-dictionary/src/main/dictionary). Immutable once
 * loaded; every generator works from this one object so that the 2Pack, the DDL and the model classes agree.
 */
public final class Dictionary {

    /** A text in both languages of the project. */
    public record Text(String en, String fr) {
    }

    public record Column(String table, String name, String ref, int length, boolean mandatory, String defaultValue,
            String list, String refValue, String fk, String valRule, boolean parent, boolean updatable,
            int identifier, boolean selection, boolean sameLine, String group, boolean readOnly,
            String displayLogic, String mandatoryLogic, String readOnlyLogic, String process,
            boolean alwaysUpdatable, boolean field, String why, String valueMin, String valueMax, boolean key,
            boolean standard) {

        public boolean isYesNo() {
            return "YesNo".equals(ref);
        }

        /** A one-character button such as Processing: a Y/N flag in Java, as in iDempiere's models. */
        public boolean isBooleanButton() {
            return "Button".equals(ref) && length == 1 && !name.endsWith("_ID");
        }

        /** Integer-valued: keys, foreign keys, integers. */
        public boolean isInt() {
            return key || "Integer".equals(ref) || "TableDir".equals(ref) || "Table".equals(ref)
                    || "Search".equals(ref) || "ID".equals(ref) || ("Button".equals(ref) && name.endsWith("_ID"));
        }

        public boolean isNumber() {
            return "Number".equals(ref) || "Amount".equals(ref) || "Quantity".equals(ref);
        }

        public boolean isDate() {
            return "Date".equals(ref) || "DateTime".equals(ref);
        }

        public boolean isUuid() {
            return name.endsWith("_UU");
        }

        /** The target table of a foreign key column, or null. */
        public String fkTable() {
            if (fk != null) {
                return fk;
            }
            if (!key && ("TableDir".equals(ref) || "Search".equals(ref)) && name.endsWith("_ID")) {
                return name.substring(0, name.length() - 3);
            }
            return null;
        }
    }

    public record Index(String name, List<String> columns, boolean unique) {
    }

    public record Table(String name, Text text, int accessLevel, boolean document, boolean readOnlyWhenProcessed,
            List<Column> columns, List<Index> indexes) {

        public Column column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst().orElse(null);
        }

        public String keyColumn() {
            return name + "_ID";
        }
    }

    public record Element(String columnName, Text name, Text help) {
    }

    public record ListValue(String value, Text name, String constant) {
    }

    public record ListReference(String name, Text text, List<ListValue> values) {
    }

    public record ValRule(String name, String code) {
    }

    public record Tab(String table, Text text, int level, String link, String readOnlyLogic, String orderBy) {
    }

    public record Window(String name, Text text, Text help, List<Tab> tabs) {
    }

    /** A process parameter; {@code list} names a CPOM list reference (AD_Reference_Value_ID) for a List parameter. */
    public record Param(String column, String ref, boolean mandatory, String defaultValue, String fk, boolean range,
            int length, String list) {
    }

    public record Process(String value, Text text, Text help, String classname, String report, String table,
            String workflow, int accessLevel, boolean menu, List<Param> params, List<String> toolbar) {
    }

    public record MenuEntry(String window, String process) {
    }

    public record Message(String value, Text text) {
    }

    public record Seed(String table, Map<String, String> values) {
    }

    /** A scheduler shipped inactive: its process, name, description, cron pattern and log retention. */
    public record Schedule(String process, String name, String description, String cron, int keepLogDays) {
    }

    private final Map<String, Object> pack;
    private final Map<String, Integer> coreReferences;
    private final Map<String, Integer> coreReferenceValues;
    private final Map<String, Integer> coreTables;
    private final Map<String, Integer> coreElements;
    private final Map<String, Map<String, String>> coreLists;
    private final List<ListReference> references;
    private final Map<String, Element> elements;
    private final List<Table> tables;
    private final List<ValRule> valRules;
    private final Map<String, Text> fieldGroups;
    private final List<Window> windows;
    private final List<Process> processes;
    private final Text menuFolder;
    private final Text menuFolderHelp;
    private final int menuFolderSeqNo;
    private final List<MenuEntry> menu;
    private final List<Message> messages;
    private final List<Schedule> schedules;
    private final Map<String, List<Map<String, String>>> seeds;
    private final String databaseSql;   // all of sql/*.sql

    private Dictionary(Path dir) {
        Map<String, Object> core = map(yaml(dir.resolve("core.yaml")));
        coreReferences = intMap(core.get("references"));
        coreReferenceValues = intMap(core.get("referenceValues"));
        coreTables = intMap(core.get("tables"));
        coreElements = intMap(core.get("elements"));
        coreLists = new LinkedHashMap<>();
        map(core.get("lists")).forEach((k, v) -> {
            Map<String, String> values = new LinkedHashMap<>();
            map(v).forEach((n, code) -> values.put(n, str(code)));
            coreLists.put(k, Collections.unmodifiableMap(values));
        });
        pack = map(yaml(dir.resolve("package.yaml")));
        references = new ArrayList<>();
        for (Object o : list(yaml(dir.resolve("references.yaml")))) {
            Map<String, Object> m = map(o);
            List<ListValue> values = new ArrayList<>();
            for (Object v : list(m.get("values"))) {
                Map<String, Object> vm = map(v);
                values.add(new ListValue(str(vm.get("value")), text(vm), str(vm.get("constant"))));
            }
            references.add(new ListReference(str(m.get("name")), text(m), List.copyOf(values)));
        }
        elements = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(yaml(dir.resolve("elements.yaml"))).entrySet()) {
            Map<String, Object> m = map(e.getValue());
            elements.put(e.getKey(), new Element(e.getKey(), text(m),
                    new Text(str(m.get("enHelp")), str(m.get("frHelp")))));
        }
        tables = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("tables"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                tables.add(table(map(yaml(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the UUID column of every table gets its own element, as iDempiere's CreateTable does
        for (Table t : tables) {
            String uu = t.name() + "_UU";
            elements.putIfAbsent(uu, new Element(uu, new Text(uu, uu), new Text(
                    "Universally unique identifier of the record", "Identifiant universel unique de l'enregistrement")));
        }
        valRules = new ArrayList<>();
        for (Object o : list(yaml(dir.resolve("validation.yaml")))) {
            Map<String, Object> m = map(o);
            valRules.add(new ValRule(str(m.get("name")), str(m.get("code"))));
        }
        fieldGroups = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(yaml(dir.resolve("fieldgroups.yaml"))).entrySet()) {
            fieldGroups.put(e.getKey(), text(map(e.getValue())));
        }
        windows = new ArrayList<>();
        for (Object o : list(yaml(dir.resolve("windows.yaml")))) {
            Map<String, Object> m = map(o);
            List<Tab> tabs = new ArrayList<>();
            for (Object t : list(m.get("tabs"))) {
                Map<String, Object> tm = map(t);
                tabs.add(new Tab(str(tm.get("table")), text(tm), num(tm.get("level"), 0), str(tm.get("link")),
                        str(tm.get("readOnlyLogic")), str(tm.get("orderBy"))));
            }
            windows.add(new Window(str(m.get("name")), text(m), help(m), List.copyOf(tabs)));
        }
        processes = new ArrayList<>();
        for (Object o : list(yaml(dir.resolve("processes.yaml")))) {
            Map<String, Object> m = map(o);
            List<Param> params = new ArrayList<>();
            for (Object p : list(m.get("params"))) {
                Map<String, Object> pm = map(p);
                params.add(new Param(str(pm.get("column")), str(pm.get("ref")), bool(pm.get("mandatory"), false),
                        str(pm.get("default")), str(pm.get("fk")), bool(pm.get("range"), false),
                        num(pm.get("length"), 0), str(pm.get("list"))));
            }
            processes.add(new Process(str(m.get("value")), text(m), help(m), str(m.get("classname")),
                    str(m.get("report")), str(m.get("table")), str(m.get("workflow")), num(m.get("accessLevel"), 3),
                    bool(m.get("menu"), true), List.copyOf(params), strList(m.get("toolbar"))));
        }
        Map<String, Object> menuYaml = map(yaml(dir.resolve("menu.yaml")));
        Map<String, Object> folder = map(menuYaml.get("folder"));
        menuFolder = text(folder);
        menuFolderHelp = help(folder);
        Object seqNo = folder.get("seqNo");
        if (seqNo == null) {
            throw new IllegalStateException("menu.yaml: the folder needs a seqNo (without one PackIn puts it first and renumbers the main menu)");
        }
        menuFolderSeqNo = Integer.parseInt(seqNo.toString());
        menu = new ArrayList<>();
        for (Object o : list(menuYaml.get("entries"))) {
            Map<String, Object> m = map(o);
            menu.add(new MenuEntry(str(m.get("window")), str(m.get("process"))));
        }
        seeds = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : map(yaml(dir.resolve("seeds.yaml"))).entrySet()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Object r : list(e.getValue())) {
                Map<String, String> row = new LinkedHashMap<>();
                map(r).forEach((k, v) -> row.put(k, str(v)));
                rows.add(row);
            }
            seeds.put(e.getKey(), rows);
        }
        messages = loadMessages();
        schedules = new ArrayList<>();
        for (Object o : list(yaml(dir.resolve("schedules.yaml")))) {
            Map<String, Object> m = map(o);
            schedules.add(new Schedule(str(m.get("process")), str(m.get("name")), str(m.get("description")),
                    str(m.get("cron")), num(m.get("keepLogDays"), 7)));
        }
        try {
            // every script of sql/, in file-name order: functions, triggers and the ledger query layer
            StringBuilder sql = new StringBuilder();
            try (Stream<Path> files = Files.list(dir.resolve("sql"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
                    if (sql.length() > 0) {
                        sql.append("\n\n");
                    }
                    sql.append(Files.readString(f, StandardCharsets.UTF_8).strip()).append('\n');
                }
            }
            databaseSql = sql.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dictionary load(Path dictionaryDir) {
        return new Dictionary(dictionaryDir);
    }

    private Table table(Map<String, Object> m) {
        String name = str(m.get("table"));
        boolean document = bool(m.get("document"), false);
        List<Column> cols = new ArrayList<>();
        // iDempiere standard columns, in the order CreateTable adds them
        cols.add(std(name, name + "_ID", "ID", 10, true, null, true));
        cols.add(std(name, "AD_Client_ID", "TableDir", 10, true, "@#AD_Client_ID@", false));
        cols.add(std(name, "AD_Org_ID", "TableDir", 10, true, "@#AD_Org_ID@", false));
        cols.add(std(name, "IsActive", "YesNo", 1, true, "Y", false));
        cols.add(std(name, "Created", "DateTime", 7, true, null, false));
        cols.add(std(name, "CreatedBy", "Table", 10, true, null, false));
        cols.add(std(name, "Updated", "DateTime", 7, true, null, false));
        cols.add(std(name, "UpdatedBy", "Table", 10, true, null, false));
        cols.add(std(name, name + "_UU", "String", 36, false, null, false));
        for (Object o : list(m.get("columns"))) {
            Map<String, Object> c = map(o);
            String ref = str(c.get("ref"));
            int length = num(c.get("length"), defaultLength(ref));
            cols.add(new Column(name, str(c.get("name")), ref, length, bool(c.get("mandatory"), false),
                    str(c.get("default")), str(c.get("list")), str(c.get("refValue")), str(c.get("fk")),
                    str(c.get("valRule")), bool(c.get("parent"), false), bool(c.get("updatable"), true),
                    num(c.get("identifier"), 0), bool(c.get("selection"), false), bool(c.get("sameLine"), false),
                    str(c.get("group")), bool(c.get("readOnly"), false), str(c.get("displayLogic")),
                    str(c.get("mandatoryLogic")), str(c.get("readOnlyLogic")), str(c.get("process")),
                    bool(c.get("alwaysUpdatable"), false), bool(c.get("field"), true), str(c.get("why")),
                    str(c.get("valueMin")), str(c.get("valueMax")), false, false));
        }
        List<Index> indexes = new ArrayList<>();
        for (Object o : list(m.get("unique"))) {
            Map<String, Object> im = map(o);
            indexes.add(new Index(str(im.get("name")), strList(im.get("columns")), true));
        }
        for (Object o : list(m.get("indexes"))) {
            Map<String, Object> im = map(o);
            indexes.add(new Index(str(im.get("name")), strList(im.get("columns")), false));
        }
        return new Table(name, text(m), num(m.get("accessLevel"), 3), document,
                bool(m.get("readOnlyWhenProcessed"), false), List.copyOf(cols), List.copyOf(indexes));
    }

    private static Column std(String table, String name, String ref, int length, boolean mandatory, String def,
            boolean key) {
        boolean updatable = !key && !name.startsWith("Created") && !name.equals("AD_Client_ID") && !name.endsWith("_UU");
        return new Column(table, name, ref, length, mandatory, def, null, null,
                name.equals("CreatedBy") || name.equals("UpdatedBy") ? "AD_User" : null, null, false, updatable, 0,
                false, false, null, false, null, null, null, null, false,
                name.equals("AD_Client_ID") || name.equals("AD_Org_ID") || name.equals("IsActive"),
                "standard column maintained by iDempiere", null, null, key, true);
    }

    private static int defaultLength(String ref) {
        return switch (ref) {
            case "YesNo" -> 1;
            case "Date", "DateTime" -> 7;
            case "Integer", "TableDir", "Table", "Search", "ID" -> 10;
            case "Number", "Amount", "Quantity" -> 22;
            default -> 0;
        };
    }

    private static List<Message> loadMessages() {
        Properties en = properties("org/cpom/core/i18n/messages.properties");
        Properties fr = properties("org/cpom/core/i18n/messages_fr.properties");
        List<Message> list = new ArrayList<>();
        for (String key : new TreeMap<>(en).keySet().stream().map(Object::toString).toList()) {
            String frText = fr.getProperty(key);
            if (frText == null) {
                throw new IllegalStateException("Message " + key + " has no fr_FR text in messages_fr.properties");
            }
            list.add(new Message(key, new Text(en.getProperty(key), frText)));
        }
        return List.copyOf(list);
    }

    private static Properties properties(String resource) {
        try (InputStream in = Dictionary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message catalogue " + resource + " (cpom-core)");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object yaml(Path f) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<String> strList(Object o) {
        return list(o).stream().map(Dictionary::str).toList();
    }

    private static Map<String, Integer> intMap(Object o) {
        Map<String, Integer> r = new LinkedHashMap<>();
        map(o).forEach((k, v) -> r.put(k, ((Number) v).intValue()));
        return Collections.unmodifiableMap(r);
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static int num(Object o, int def) {
        return o == null ? def : ((Number) o).intValue();
    }

    private static boolean bool(Object o, boolean def) {
        return o == null ? def : (Boolean) o;
    }

    private static Text text(Map<String, Object> m) {
        return new Text(str(m.get("en")), str(m.get("fr")));
    }

    private static Text help(Map<String, Object> m) {
        return new Text(str(m.get("enHelp")), str(m.get("frHelp")));
    }

    public String packValue(String key) {
        Object v = pack.get(key);
        return v == null ? null : v.toString();
    }

    public Map<String, String> entityType() {
        Map<String, String> r = new LinkedHashMap<>();
        map(pack.get("entityType")).forEach((k, v) -> r.put(k, str(v)));
        return r;
    }

    public Map<String, Integer> coreReferences() {
        return coreReferences;
    }

    public Map<String, Integer> coreReferenceValues() {
        return coreReferenceValues;
    }

    public Map<String, Integer> coreTables() {
        return coreTables;
    }

    /** Core list references: constant suffix to stored value. */
    public Map<String, Map<String, String>> coreLists() {
        return Collections.unmodifiableMap(coreLists);
    }

    public Map<String, Integer> coreElements() {
        return coreElements;
    }

    public List<ListReference> references() {
        return List.copyOf(references);
    }

    public ListReference reference(String name) {
        return references.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    public Map<String, Element> elements() {
        return Collections.unmodifiableMap(elements);
    }

    public List<Table> tables() {
        return List.copyOf(tables);
    }

    public java.util.Set<String> tableNames() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        tables.forEach(t -> names.add(t.name()));
        return names;
    }

    /** Position of the CPOM folder among the main menu's root entries. */
    public int menuFolderSeqNo() {
        return menuFolderSeqNo;
    }

    public Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    public List<ValRule> valRules() {
        return List.copyOf(valRules);
    }

    public Map<String, Text> fieldGroups() {
        return Collections.unmodifiableMap(fieldGroups);
    }

    public List<Window> windows() {
        return List.copyOf(windows);
    }

    public List<Process> processes() {
        return List.copyOf(processes);
    }

    public Process process(String value) {
        return processes.stream().filter(p -> p.value().equals(value)).findFirst().orElse(null);
    }

    public Text menuFolder() {
        return menuFolder;
    }

    public Text menuFolderHelp() {
        return menuFolderHelp;
    }

    public List<MenuEntry> menu() {
        return List.copyOf(menu);
    }

    public List<Message> messages() {
        return messages;
    }

    public Map<String, List<Map<String, String>>> seeds() {
        return Collections.unmodifiableMap(seeds);
    }

    public List<Schedule> schedules() {
        return List.copyOf(schedules);
    }

    public String databaseSql() {
        return databaseSql;
    }
}
