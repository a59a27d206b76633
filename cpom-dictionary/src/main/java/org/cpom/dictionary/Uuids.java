package org.cpom.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The stable UUIDs of every dictionary record, kept in the source (src/main/dictionary/uuids.txt, one
 * {@code key = uuid} a line, sorted). A UUID, once written, is never regenerated: the 2Pack keys records by it,
 * so changing one would create a second record on the next pack-in. Generating with {@code fill=false} fails on
 * a missing key; the fill mode adds new random UUIDs for missing keys only.
 */
public final class Uuids {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, String> byKey = new TreeMap<>();
    private final boolean fill;
    private final List<String> missing = new ArrayList<>();
    private boolean added;

    private Uuids(boolean fill) {
        this.fill = fill;
    }

    public static Uuids read(Path file, boolean fill) {
        Uuids u = new Uuids(fill);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int eq = line.lastIndexOf(" = ");
                    String key = line.substring(0, eq).trim();
                    String uuid = line.substring(eq + 3).trim();
                    if (!UUID_TEXT.matcher(uuid).matches()) {
                        throw new IllegalStateException("Bad UUID for " + key + " in " + file + ": " + uuid);
                    }
                    if (u.byKey.put(key, uuid) != null) {
                        throw new IllegalStateException("Duplicate UUID key " + key + " in " + file);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return u;
    }

    /** The UUID of a record; in fill mode a new one is created when missing. */
    public String get(String key) {
        String uuid = byKey.get(key);
        if (uuid == null) {
            if (!fill) {
                missing.add(key);
                return "00000000-0000-0000-0000-000000000000";
            }
            uuid = UUID.randomUUID().toString();
            byKey.put(key, uuid);
            added = true;
        }
        return uuid;
    }

    public List<String> missing() {
        return List.copyOf(missing);
    }

    public boolean added() {
        return added;
    }

    public void write(Path file) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Stable UUIDs of the CPOM dictionary records (key = uuid). Never edit or regenerate an existing line;\n");
        sb.append("# new keys are added by: ./mvnw -pl cpom-dictionary -Pgenerate process-classes (fill mode)\n");
        byKey.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
        try {
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
