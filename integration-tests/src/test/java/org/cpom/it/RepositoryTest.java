package org.cpom.it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository speaks of the product only: no file names an absolute path of a development machine. */
class RepositoryTest {

    /** Home and work folders of a machine, e.g. a user's home: built from parts so this file does not match itself. */
    private static final Pattern MACHINE_PATH = Pattern.compile("(?<![\\w.$}])/(" + "work" + "|" + "root" + "|"
            + "home/[a-z][\\w-]*" + "|" + "Users/[A-Za-z]\\w*" + ")/");
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "demo-output", ".mvn", "node_modules");
    private static final Set<String> BINARY = Set.of(".png", ".jpg", ".zip", ".jar", ".pdf", ".xlsx", ".class", ".gz");

    @Test
    void theShippedPluginCarriesNoTestSupport() throws IOException {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Felix.bundlesDir().resolve("org.cpom.plugin.jar").toFile())) {
            assertThat(jar.stream().map(java.util.zip.ZipEntry::getName))
                    .as("the hostile-input catalogue is test support").noneMatch(n -> n.startsWith("org/cpom/core/catalogue/"))
                    .anyMatch(n -> n.startsWith("org/cpom/core/contract/"));
        }
    }

    @Test
    void theReadmeInstallsAsIdempiereReallyDoes() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String install = readme.substring(readme.indexOf("## Installing"), readme.indexOf("## Setting up"));
        // compare-update-prd.sh installs or updates; update-prd.sh always uninstalls first
        assertThat(install).contains("./compare-update-prd.sh").contains("org.cpom.plugin org.cpom.feature.feature.group")
                .contains("always uninstalls before it installs");
        // core bundles run at start level 4 with lazy activation; the plugin's bundles at 5
        assertThat(install).contains("start level 5").contains("start level 4").contains("lazily")
                .doesNotContain("as iDempiere's own plugins are");
        assertThat(install).contains("2Pack_<version>.zip").doesNotContain("2Pack_1.0.0.zip");
    }

    @Test
    void noFileNamesAnAbsoluteMachinePath() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertThat(root.resolve("pom.xml")).exists();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).toString().split("[/\\\\]").length > 0)
                    .filter(p -> Stream.of(root.relativize(p).toString().split("[/\\\\]")).noneMatch(SKIPPED_DIRS::contains))
                    .filter(p -> BINARY.stream().noneMatch(p.getFileName().toString()::endsWith))
                    .forEach(p -> {
                        try {
                            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                            for (int i = 0; i < lines.size(); i++) {
                                if (MACHINE_PATH.matcher(lines.get(i)).find()) {
                                    found.add(root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
                                }
                            }
                        } catch (MalformedInputException e) {
                            // not a text file
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
        assertThat(found).isEmpty();
    }
}
