package org.cpom.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/** Proof 3: the manifests bnd generated say what iDempiere needs to resolve and start our bundles. */
class ManifestTest {

    private static Attributes manifest(String jar) throws IOException {
        try (JarFile file = new JarFile(Felix.bundlesDir().resolve(jar + ".jar").toFile())) {
            return file.getManifest().getMainAttributes();
        }
    }

    private static boolean hasEntry(String jar, String entry) throws IOException {
        try (JarFile file = new JarFile(Felix.bundlesDir().resolve(jar + ".jar").toFile())) {
            return file.getEntry(entry) != null;
        }
    }

    /** The one dictionary version (generated org.cpom.plugin/src/main/pack.properties): it names the 2Pack. */
    private static String packVersion() throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (java.io.Reader r = java.nio.file.Files.newBufferedReader(Path.of(System.getProperty("cpom.project.dir", ".."))
                .resolve("org.cpom.plugin/src/main/pack.properties"))) {
            p.load(r);
        }
        return p.getProperty("twopack.version");
    }

    @Test
    void pluginManifest() throws IOException {
        Attributes m = manifest("org.cpom.plugin");
        assertThat(m.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(m.getValue("Bundle-SymbolicName")).startsWith("org.cpom.plugin");
        assertThat(m.getValue("Bundle-Version")).matches("1\\.1\\.0\\.\\d{12}");
        assertThat(m.getValue("Bundle-RequiredExecutionEnvironment")).isEqualTo("JavaSE-17");
        assertThat(m.getValue("Require-Capability")).contains("(osgi.ee=JavaSE)(version=17)")
                .contains("osgi.extender=osgi.component");
        assertThat(m.getValue("Bundle-ActivationPolicy")).isEqualTo("lazy");
        assertThat(m.getValue("Bundle-Activator")).isEqualTo("org.cpom.plugin.Activator");

        // as every release-12 plugin: org.adempiere.base is required whole, because org.compiere.model and
        // org.compiere.process are split packages (also exported by org.adempiere.base.callout / .process)
        assertThat(m.getValue("Require-Bundle")).isEqualTo("org.adempiere.base;bundle-version=\"12.0.0\"");
        String imports = m.getValue("Import-Package");
        java.util.List<String> imported = java.util.Arrays.stream(imports.split(",(?=[a-z])"))
                .map(clause -> clause.split(";")[0].trim()).toList();
        // no package of org.adempiere.base is imported: an import would wire a split package to one exporter only
        assertThat(imported).noneMatch(p -> p.startsWith("org.compiere.") || p.equals("org.adempiere.base")
                || p.startsWith("org.adempiere.base.") || p.startsWith("org.idempiere."));
        // org.adempiere.plugin.utils is its own bundle on a server: imported, version-free like PDE bundles
        assertThat(imports).contains("org.adempiere.plugin.utils;version=0");
        assertThat(imported).contains("org.osgi.framework", "org.osgi.service.event", "org.osgi.util.tracker");
        // the domain core is embedded, never imported; nothing from test or build tooling leaks in
        assertThat(imports).doesNotContain("org.cpom.core", "org.junit", "org.mockito", "org.postgresql",
                "io.zonky", "net.sf.jasperreports", "org.yaml");
        assertThat(m.getValue("Private-Package")).contains("org.cpom.core.rule", "org.cpom.core.finess");
        assertThat(m.getValue("Export-Package")).startsWith("org.cpom.model;");

        String components = m.getValue("Service-Component");
        assertThat(components).contains("OSGI-INF/org.cpom.component.CpomModelFactory.xml",
                "OSGI-INF/org.cpom.component.CpomProcessFactory.xml",
                "OSGI-INF/org.cpom.event.EstablishmentEventHandler.xml");
        for (String xml : components.split(",")) {
            assertThat(hasEntry("org.cpom.plugin", xml.trim())).as(xml).isTrue();
        }
        assertThat(hasEntry("org.cpom.plugin", "META-INF/2Pack_" + packVersion() + ".zip")).isTrue();
        assertThat(hasEntry("org.cpom.plugin", "org/cpom/core/i18n/messages_fr.properties")).isTrue();
        assertThat(hasEntry("org.cpom.plugin", "db/postgresql/cpom_schema.sql")).isTrue();
    }

    @Test
    void builtTwoPackIsTheCommittedGeneratedPackOut() throws IOException {
        Path committed = Path.of(System.getProperty("cpom.project.dir", ".."))
                .resolve("org.cpom.plugin/src/main/pack/dict/PackOut.xml");
        try (JarFile bundle = new JarFile(Felix.bundlesDir().resolve("org.cpom.plugin.jar").toFile());
                java.util.zip.ZipInputStream pack = new java.util.zip.ZipInputStream(
                        bundle.getInputStream(bundle.getEntry("META-INF/2Pack_" + packVersion() + ".zip")))) {
            java.util.List<String> names = new java.util.ArrayList<>();
            byte[] packOut = null;
            for (java.util.zip.ZipEntry e = pack.getNextEntry(); e != null; e = pack.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("CPOM/dict/PackOut.xml")) {
                    packOut = pack.readAllBytes();
                }
            }
            // iDempiere's pack-in expects one top folder holding dict/PackOut.xml
            assertThat(names).contains("CPOM/dict/PackOut.xml").allMatch(n -> n.startsWith("CPOM/"));
            assertThat(packOut).isEqualTo(java.nio.file.Files.readAllBytes(committed));
        }
    }

    @Test
    void reportsManifest() throws IOException {
        Attributes m = manifest("org.cpom.reports");
        assertThat(m.getValue("Bundle-SymbolicName")).startsWith("org.cpom.reports");
        assertThat(m.getValue("Bundle-RequiredExecutionEnvironment")).isEqualTo("JavaSE-17");
        assertThat(m.getValue("Bundle-ActivationPolicy")).isEqualTo("lazy");
        for (String report : new String[] {"ContractBudget", "BudgetVsActual", "ActionPlan", "AnnualReport"}) {
            assertThat(hasEntry("org.cpom.reports", "reports/" + report + ".jrxml")).as(report).isTrue();
        }
    }

    @Test
    void reportsBundleNeedsNoIdempierePackage() throws IOException {
        // templates only: iDempiere's report engine fills them, so no Require-Bundle and no iDempiere import
        Attributes m = manifest("org.cpom.reports");
        assertThat(m.getValue("Require-Bundle")).isNull();
        assertThat(String.valueOf(m.getValue("Import-Package"))).doesNotContain("org.compiere", "org.adempiere");
    }

    @Test
    void apiMirrorIsNamedAndVersionedLikeIdempiereBase() throws IOException {
        Attributes m = manifest("idempiere-api");
        assertThat(m.getValue("Bundle-SymbolicName")).isEqualTo("org.adempiere.base");
        assertThat(m.getValue("Export-Package")).contains("org.compiere.model", "org.adempiere.plugin.utils");
        // 12.0.0.<qualifier> like the real 12.0.0.qualifier build: satisfies bundle-version="12.0.0" and stays 12.x
        String version = m.getValue("Bundle-Version");
        assertThat(version).matches("12\\.0\\.0\\.[0-9A-Za-z_-]+");
        org.osgi.framework.Version v = org.osgi.framework.Version.parseVersion(version);
        assertThat(new org.osgi.framework.VersionRange("[12.0.0,13.0.0)").includes(v)).isTrue();
    }
}
