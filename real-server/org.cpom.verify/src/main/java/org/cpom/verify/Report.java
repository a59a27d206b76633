package org.cpom.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run: one line per check (group, name, PASS / FAIL / NOT HOSTED, detail), written as report.json
 * (machine-readable) and report.txt (the summary the launcher prints). One instance per run, no shared state.
 */
public final class Report {

    public enum Status { PASS, FAIL, NOT_HOSTED }

    public record Check(String group, String name, Status status, String detail) {
    }

    private final List<Check> checks = new ArrayList<>();
    private final Map<String, String> facts = new LinkedHashMap<>();

    public synchronized void pass(String group, String name, String detail) {
        add(new Check(group, name, Status.PASS, detail));
    }

    public synchronized void fail(String group, String name, String detail) {
        add(new Check(group, name, Status.FAIL, detail));
    }

    public synchronized void notHosted(String group, String name, String why) {
        add(new Check(group, name, Status.NOT_HOSTED, why));
    }

    /** PASS when {@code ok}, FAIL otherwise, with the same detail. */
    public synchronized boolean check(String group, String name, boolean ok, String detail) {
        add(new Check(group, name, ok ? Status.PASS : Status.FAIL, detail));
        return ok;
    }

    public synchronized void fact(String name, String value) {
        facts.put(name, value);
    }

    private void add(Check c) {
        c = new Check(c.group(), c.name(), c.status(), oneLine(c.detail()));
        checks.add(c);
        System.out.println("VERIFY " + line(c));
        System.out.flush();
    }

    /** Details stay on one line of at most 600 characters (database errors carry hints and stack lines). */
    static String oneLine(String detail) {
        if (detail == null) {
            return "";
        }
        String d = detail.trim().replaceAll("\\s*[\\r\\n]+\\s*", " / ");
        return d.length() > 600 ? d.substring(0, 599) + "…" : d;
    }

    public synchronized long count(Status s) {
        return checks.stream().filter(c -> c.status() == s).count();
    }

    public synchronized List<Check> checks() {
        return List.copyOf(checks);
    }

    public synchronized boolean passed() {
        return count(Status.FAIL) == 0 && !checks.isEmpty();
    }

    private static String line(Check c) {
        String s = switch (c.status()) {
            case PASS -> "PASS      ";
            case FAIL -> "FAIL      ";
            case NOT_HOSTED -> "NOT HOSTED";
        };
        return s + " " + c.group() + " | " + c.name() + (c.detail() == null || c.detail().isEmpty() ? "" : " | " + c.detail());
    }

    public synchronized String text() {
        StringBuilder b = new StringBuilder();
        facts.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
        for (Check c : checks) {
            b.append(line(c)).append('\n');
        }
        b.append(passed() ? "PASSED" : "FAILED").append(": ").append(count(Status.PASS)).append(" passed, ")
                .append(count(Status.FAIL)).append(" failed, ").append(count(Status.NOT_HOSTED))
                .append(" not hosted by this core\n");
        return b.toString();
    }

    public synchronized String json() {
        StringBuilder b = new StringBuilder("{\n  \"passed\": ").append(passed()).append(",\n  \"facts\": {");
        String sep = "\n";
        for (Map.Entry<String, String> e : facts.entrySet()) {
            b.append(sep).append("    ").append(q(e.getKey())).append(": ").append(q(e.getValue()));
            sep = ",\n";
        }
        b.append("\n  },\n  \"checks\": [");
        sep = "\n";
        for (Check c : checks) {
            b.append(sep).append("    {\"group\": ").append(q(c.group())).append(", \"name\": ").append(q(c.name()))
                    .append(", \"status\": ").append(q(c.status().name())).append(", \"detail\": ")
                    .append(q(c.detail() == null ? "" : c.detail())).append('}');
            sep = ",\n";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    static String q(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.json"), json(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.txt"), text(), StandardCharsets.UTF_8);
    }
}
