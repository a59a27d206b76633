package org.cpom.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generator entry point: reads the dictionary source and writes, under the plugin module folder,
 * src/main/resources/db/postgresql/cpom_schema.sql, src/main/java/org/cpom/model/{I_,X_}*.java and
 * src/main/pack/dict/PackOut.xml.
 *
 * <pre>
 * java org.cpom.dictionary.Generate [dictionaryDir [pluginDir]] [--fill-uuids]
 * ./mvnw -pl cpom-dictionary -am -Pgenerate process-classes     (same, with --fill-uuids)
 * </pre>
 * Defaults: src/main/dictionary and ../org.cpom.plugin (run from cpom-dictionary). Without --fill-uuids a
 * record without a UUID in uuids.txt is an error, so a normal run never changes the source.
 */
public final class Generate {

    public static final String SCHEMA = "src/main/resources/db/postgresql/cpom_schema.sql";
    public static final String MODEL_DIR = "src/main/java/org/cpom/model/";
    public static final String PACKOUT = "src/main/pack/dict/PackOut.xml";
    public static final String UUID_FILE = "uuids.txt";

    private Generate() {
    }

    public static void main(String[] args) {
        boolean fill = false;
        java.util.List<String> paths = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("--fill-uuids")) {
                fill = true;
            } else {
                paths.add(a);
            }
        }
        Path dict = Path.of(paths.size() > 0 ? paths.get(0) : "src/main/dictionary");
        Path plugin = Path.of(paths.size() > 1 ? paths.get(1) : "../org.cpom.plugin");
        Map<String, String> files = generate(dict, fill);
        write(plugin, files);
        System.out.println("cpom-dictionary: wrote " + files.size() + " files under " + plugin.toAbsolutePath().normalize());
    }

    /** All generated files, keyed by their path relative to the plugin module. */
    public static Map<String, String> generate(Path dictionaryDir, boolean fillUuids) {
        Dictionary dict = Dictionary.load(dictionaryDir);
        Path uuidFile = dictionaryDir.resolve(UUID_FILE);
        Uuids uuids = Uuids.read(uuidFile, fillUuids);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(SCHEMA, new DdlGenerator(dict, uuids).generate());
        new ModelGenerator(dict).generate().forEach((name, content) -> files.put(MODEL_DIR + name, content));
        files.put(PACKOUT, new PackOutGenerator(dict, uuids).generate());
        if (!uuids.missing().isEmpty()) {
            throw new IllegalStateException("Records without a UUID in " + uuidFile + " (run with --fill-uuids): "
                    + uuids.missing());
        }
        if (uuids.added()) {
            uuids.write(uuidFile);
        }
        return files;
    }

    public static void write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = root.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
