package org.cpom.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The next dictionary version for rehearsing an upgrade: a copy of the dictionary source with the version raised
 * by one patch step and a typical change of a later release: two new columns on the management reviews (one
 * mandatory with a default, one optional), their elements, fields and an index. Tests apply version N, load a
 * sample, then apply this N+1 the way a server would (2Pack or {@link DatabaseSync}) and check nothing is lost.
 */
public final class UpgradeRehearsal {

    /** The table that gains the columns, and the columns it gains. */
    public static final String TABLE = "CPOM_Review";
    public static final String MANDATORY_COLUMN = "IsMinutesSent";
    public static final String OPTIONAL_COLUMN = "MinutesReference";

    private UpgradeRehearsal() {
    }

    /**
     * Copies {@code dictionaryDir} to {@code target} as the next version (new UUIDs are added to the copy's
     * uuids.txt) and returns the copy's version.
     */
    public static String nextVersion(Path dictionaryDir, Path target) {
        try {
            copy(dictionaryDir, target);
            Path pkg = target.resolve("package.yaml");
            String yaml = Files.readString(pkg, StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^version: (\\d+)\\.(\\d+)\\.(\\d+)$").matcher(yaml);
            if (!m.find()) {
                throw new IllegalStateException("package.yaml has no version");
            }
            String next = m.group(1) + "." + m.group(2) + "." + (Integer.parseInt(m.group(3)) + 1);
            Files.writeString(pkg, m.replaceFirst("version: " + next), StandardCharsets.UTF_8);
            Path table = target.resolve("tables/14_CPOM_Review.yaml");
            String t = Files.readString(table, StandardCharsets.UTF_8);
            t = t.replace("indexes:\n", "indexes:\n  - {name: CPOM_Review_MinutesSent, columns: [" + MANDATORY_COLUMN + "]}\n");
            t = t + "  - {name: " + MANDATORY_COLUMN + ", ref: YesNo, mandatory: true, default: N}\n"
                    + "  - {name: " + OPTIONAL_COLUMN + ", ref: String, length: 60}\n";
            Files.writeString(table, t, StandardCharsets.UTF_8);
            Files.writeString(target.resolve("elements.yaml"), Files.readString(target.resolve("elements.yaml"),
                    StandardCharsets.UTF_8)
                    + MANDATORY_COLUMN + ": {en: Minutes sent, fr: Compte rendu transmis, enHelp: \"The minutes were sent to the authorities\","
                    + " frHelp: \"Le compte rendu a été transmis aux autorités\"}\n"
                    + OPTIONAL_COLUMN + ": {en: Minutes reference, fr: Référence du compte rendu, enHelp:"
                    + " \"Reference of the signed minutes\", frHelp: \"Référence du compte rendu signé\"}\n",
                    StandardCharsets.UTF_8);
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
