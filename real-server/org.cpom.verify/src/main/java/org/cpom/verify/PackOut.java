package org.cpom.verify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What one shipped 2Pack defines, read from its dict/PackOut.xml: the UUIDs of the dictionary records by table,
 * the French texts of its translation elements, and the triggers and functions its SQL statements create. The
 * verification compares the database against these, so the expected figures always follow the shipped pack.
 */
public final class PackOut {

    /** A translated text: the *_Trl row of record {@code uuid} of table {@code table} in {@code language}. */
    public record Translation(String table, String uuid, String language, String column, String text) {
    }

    private final String version;
    private final Map<String, List<String>> uuids = new LinkedHashMap<>();
    private final List<Translation> translations = new ArrayList<>();
    private final List<String> triggers = new ArrayList<>();
    private final List<String> functions = new ArrayList<>();

    private static final Pattern TRIGGER = Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?TRIGGER\\s+(\\w+)");
    private static final Pattern FUNCTION = Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+(\\w+)");

    private PackOut(String version) {
        this.version = version;
    }

    /** Reads the PackOut.xml inside a 2Pack zip. */
    public static PackOut ofZip(InputStream zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith("dict/PackOut.xml")) {
                    return of(in.readAllBytes());
                }
            }
        }
        throw new IOException("no dict/PackOut.xml in the 2Pack");
    }

    public static PackOut of(byte[] xml) throws IOException {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new IOException("PackOut.xml does not parse: " + e.getMessage(), e);
        }
        PackOut p = new PackOut(root.getAttribute("Version"));
        Map<String, String> lastUuid = new HashMap<>();
        NodeList all = root.getElementsByTagName("*"); // document order
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String tag = e.getTagName();
            String type = e.getAttribute("type");
            if ("table".equals(type)) {
                String uu = child(e, tag + "_UU");
                if (uu != null) {
                    p.uuids.computeIfAbsent(tag, k -> new ArrayList<>()).add(uu);
                    lastUuid.put(tag, uu);
                }
            } else if ("translation".equals(type) && tag.endsWith("_Trl")) {
                String base = tag.substring(0, tag.length() - 4);
                String column = base.equals("AD_Message") ? "MsgText" : "Name";
                String text = child(e, column);
                String uu = lastUuid.get(base);
                if (uu != null && text != null) {
                    p.translations.add(new Translation(base, uu, child(e, "AD_Language"), column, text));
                }
            } else if (tag.equals("SQLStatement")) {
                String sql = child(e, "statement");
                if (sql != null) {
                    p.translationsOfSql(sql);
                    Matcher t = TRIGGER.matcher(sql);
                    while (t.find()) {
                        p.triggers.add(t.group(1).toLowerCase());
                    }
                    Matcher f = FUNCTION.matcher(sql);
                    while (f.find()) {
                        p.functions.add(f.group(1).toLowerCase());
                    }
                }
            }
        }
        return p;
    }

    private static final Pattern TRL_UPDATE = Pattern.compile(
            "(?is)^\\s*UPDATE\\s+(AD_\\w+)_Trl\\s+t\\s+SET\\s+(\\w+)\\s*=.*?AS\\s+v\\s*\\(([^)]*)\\).*?AD_Language\\s*=\\s*'(\\w+)'");

    /**
     * French texts shipped as SQL (UPDATE AD_x_Trl t SET Name=... FROM (VALUES ('uuid', 'text', ...)) AS v(uu, Name, ...)
     * ... AD_Language='fr_FR'): the first SET column's value of each row.
     */
    private void translationsOfSql(String sql) {
        Matcher m = TRL_UPDATE.matcher(sql);
        if (!m.find()) {
            return;
        }
        String table = m.group(1);
        String column = m.group(2);
        List<String> names = new ArrayList<>();
        for (String n : m.group(3).split(",")) {
            names.add(n.trim());
        }
        int at = names.stream().map(String::toLowerCase).toList().indexOf(column.toLowerCase());
        int uuAt = names.stream().map(String::toLowerCase).toList().indexOf("uu");
        if (at < 0 || uuAt < 0) {
            return;
        }
        int values = sql.toUpperCase().indexOf("VALUES");
        for (List<String> row : tuples(sql.substring(values + 6, m.start(3)))) {
            if (row.size() == names.size() && row.get(uuAt) != null && row.get(at) != null) {
                translations.add(new Translation(table, row.get(uuAt), m.group(4), column, row.get(at)));
            }
        }
    }

    /** The ( 'a', 'b''c', NULL ) tuples of a VALUES list: SQL string literals unquoted, NULL as null. */
    static List<List<String>> tuples(String s) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = null;
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '(' && row == null) {
                row = new ArrayList<>();
                i++;
            } else if (ch == ')' && row != null) {
                out.add(row);
                row = null;
                i++;
            } else if (ch == '\'' && row != null) {
                StringBuilder b = new StringBuilder();
                i++;
                while (i < s.length()) {
                    if (s.charAt(i) == '\'') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            b.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    b.append(s.charAt(i++));
                }
                row.add(b.toString());
            } else if (row != null && s.regionMatches(true, i, "NULL", 0, 4)) {
                row.add(null);
                i += 4;
            } else {
                i++;
            }
        }
        return out;
    }

    private static String child(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return c.getTextContent();
            }
        }
        return null;
    }

    public String version() {
        return version;
    }

    /** UUIDs of the records the pack defines in {@code table} (AD_Table, AD_Column, ...), in pack order. */
    public List<String> uuids(String table) {
        return uuids.getOrDefault(table, List.of());
    }

    public List<Translation> translations(String language) {
        return translations.stream().filter(t -> language.equals(t.language())).toList();
    }

    public List<String> triggers() {
        return List.copyOf(triggers);
    }

    public List<String> functions() {
        return List.copyOf(functions);
    }
}
