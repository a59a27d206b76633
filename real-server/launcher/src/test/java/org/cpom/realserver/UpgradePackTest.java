package org.cpom.realserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipInputStream;

import org.cpom.dictionary.UpgradeRehearsal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin of the next release: the built jar, unchanged, plus the 2Pack of the next version. */
class UpgradePackTest {

    @TempDir
    Path dir;

    @Test
    void addsTheNextVersionsPackToACopyOfThePluginJar() throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", "org.cpom.plugin;singleton:=true");
        Path plugin = dir.resolve("plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(plugin), mf)) {
            out.putNextEntry(new JarEntry("META-INF/2Pack_1.0.0.zip"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        Path out = dir.resolve("next/plugin.jar");
        String name = UpgradePack.write(Path.of("../../cpom-dictionary/src/main/dictionary"), plugin, out);

        assertThat(name).matches("META-INF/2Pack_\\d+\\.\\d+\\.\\d+\\.zip").isNotEqualTo("META-INF/2Pack_1.0.0.zip");
        try (JarFile jar = new JarFile(out.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")).startsWith("org.cpom.plugin");
            assertThat(jar.getInputStream(jar.getEntry("META-INF/2Pack_1.0.0.zip")).readAllBytes()).containsExactly(1, 2, 3);
            String packOut = null;
            try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(jar.getInputStream(jar.getEntry(name)).readAllBytes()))) {
                for (var e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    if (e.getName().equals("CPOM/dict/PackOut.xml")) {
                        packOut = new String(z.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            }
            String version = name.substring("META-INF/2Pack_".length(), name.length() - ".zip".length());
            assertThat(packOut).contains("Version=\"" + version + "\"")
                    .contains(UpgradeRehearsal.MANDATORY_COLUMN).contains(UpgradeRehearsal.OPTIONAL_COLUMN);
        }
    }
}
