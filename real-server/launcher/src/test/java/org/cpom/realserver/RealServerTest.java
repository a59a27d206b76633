package org.cpom.realserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealServerTest {

    @TempDir
    Path dir;

    private Path bundle(String name, String bsn) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (bsn != null) {
            mf.getMainAttributes().putValue("Bundle-SymbolicName", bsn + ";singleton:=true");
        }
        Path p = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(p), mf)) {
            out.flush();
        }
        return p;
    }

    @Test
    void readsTheSymbolicNameWithoutAttributes() throws IOException {
        assertThat(RealServer.symbolicName(bundle("a.jar", "org.cpom.plugin"))).isEqualTo("org.cpom.plugin");
        assertThat(RealServer.symbolicName(bundle("b.jar", null))).isNull();
    }

    @Test
    void aFolderOfBundlesIsListedSortedAndAJarAlone() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.move(bundle("z.jar", "z"), plugins.resolve("z.jar"));
        Files.move(bundle("a.jar", "a"), plugins.resolve("a.jar"));
        Files.writeString(plugins.resolve("readme.txt"), "x");
        assertThat(RealServer.bundleFiles(plugins)).extracting(p -> p.getFileName().toString()).containsExactly("a.jar", "z.jar");
        assertThat(RealServer.bundleFiles(plugins.resolve("a.jar"))).hasSize(1);
        assertThatThrownBy(() -> RealServer.bundleFiles(dir.resolve("none"))).hasMessageContaining("no bundle or folder");
    }

    @Test
    void optionsNeedTheThreeBuiltBundles() throws IOException {
        Path props = dir.resolve("idempiere.properties");
        Files.writeString(props, "Connection=x\n");
        String[] common = {"--core", dir.toString(), "--properties", props.toString(), "--state", dir.resolve("s").toString(),
                "--report=" + dir.resolve("r")};
        Path p = bundle("p.jar", "org.cpom.plugin");
        assertThatThrownBy(() -> RealServer.Options.parse(concat(common, "--plugin", p.toString())))
                .hasMessageContaining("org.cpom.reports");
        RealServer.Options o = RealServer.Options.parse(concat(common, "--plugin", p.toString(), "--plugin",
                bundle("r.jar", "org.cpom.reports").toString(), "--plugin", bundle("v.jar", "org.cpom.verify").toString(),
                "--tenant", "11,11,100,102", "--skip", "race"));
        assertThat(o.home).isEqualTo(dir.toAbsolutePath());
        assertThat(o.skip).isEqualTo("race");
        assertThatThrownBy(() -> RealServer.Options.parse(new String[] {"--bogus", "1"})).hasMessageContaining("unknown option");
    }

    /** What CI sees: no core given, so the verification says why it skips and succeeds. */
    @Test
    void theScriptSkipsWithItsReasonWhenNoCoreIsGiven() throws Exception {
        Path script = Path.of("../../scripts/verify-real-server.sh");
        assertThat(script).exists();
        Process p = new ProcessBuilder("bash", script.toString(), "--no-build", "--rig=", "--idempiere-home=")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(out);
        assertThat(p.exitValue()).isZero();
        assertThat(out).contains("SKIPPED: no iDempiere 12 core given");
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
