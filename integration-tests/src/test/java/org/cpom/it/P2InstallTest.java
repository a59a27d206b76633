package org.cpom.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * Proof 2: the build ran the real p2 director (the application iDempiere's update-prd.sh runs) with profile
 * DefaultProfile against our site plus a repository standing in for an iDempiere installation: a fresh install,
 * and the uninstall-then-install sequence update-prd.sh runs for an upgrade. Any director failure fails the build
 * before this test; here we check what it left behind.
 */
class P2InstallTest {

    private static final Path INSTALL = Path.of(System.getProperty("cpom.p2.install", "target/p2-install"));

    @Test
    void freshInstallHasBothBundlesAndTheFeature() throws IOException {
        Path fresh = INSTALL.resolve("fresh");
        assertThat(pluginJars(fresh)).anyMatch(n -> n.startsWith("org.cpom.plugin_1.1.0."))
                .anyMatch(n -> n.startsWith("org.cpom.reports_1.1.0."));
        String profile = latestProfile(fresh);
        assertThat(profile).contains("id='org.cpom.feature.feature.group'", "id='org.cpom.plugin'",
                "id='org.cpom.reports'", "id='configure.org.cpom.plugin'", "id='configure.org.cpom.reports'");
        // iDempiere starts its plugins at start level 5, marked started: the configuration units say so
        assertThat(profile).contains("setStartLevel(startLevel:5);markStarted(started:true);");
        // the iDempiere side is only required, never brought by our site
        assertThat(pluginJars(fresh)).noneMatch(n -> n.startsWith("org.cpom.api") || n.contains("felix.framework"));
    }

    @Test
    void uninstallThenInstallLikeUpdatePrdSucceeds() throws IOException {
        Path upgraded = INSTALL.resolve("upgraded");
        List<Path> states = profileStates(upgraded);
        // install, uninstall, install: three committed profile states
        assertThat(states).hasSizeGreaterThanOrEqualTo(3);
        String afterUninstall = read(states.get(states.size() - 2));
        assertThat(afterUninstall).doesNotContain("id='org.cpom.feature.feature.group'");
        String latest = read(states.get(states.size() - 1));
        assertThat(latest).contains("id='org.cpom.feature.feature.group'", "id='org.cpom.plugin'",
                "id='org.cpom.reports'");
        assertThat(pluginJars(upgraded)).anyMatch(n -> n.startsWith("org.cpom.plugin_"))
                .anyMatch(n -> n.startsWith("org.cpom.reports_"));
    }

    @Test
    void siteZipHoldsOnlyOurFeatureAndBundles() throws IOException {
        Path zip = Path.of(System.getProperty("cpom.p2.site.zip"));
        assertThat(Files.size(zip)).isLessThan(5L * 1024 * 1024);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            List<String> jars = z.stream().map(e -> e.getName()).filter(n -> n.endsWith(".jar"))
                    .filter(n -> n.startsWith("plugins/") || n.startsWith("features/")).sorted().toList();
            assertThat(jars).hasSize(3);
            assertThat(jars.get(0)).startsWith("features/org.cpom.feature_1.1.0.");
            assertThat(jars.get(1)).startsWith("plugins/org.cpom.plugin_1.1.0.");
            assertThat(jars.get(2)).startsWith("plugins/org.cpom.reports_1.1.0.");
        }
    }

    private static List<String> pluginJars(Path destination) throws IOException {
        try (Stream<Path> s = Files.list(destination.resolve("plugins"))) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static List<Path> profileStates(Path destination) throws IOException {
        Path registry = destination.resolve("p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile");
        try (Stream<Path> s = Files.list(registry)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".profile.gz")).sorted().toList();
        }
    }

    private static String latestProfile(Path destination) throws IOException {
        List<Path> states = profileStates(destination);
        return read(states.get(states.size() - 1));
    }

    private static String read(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
