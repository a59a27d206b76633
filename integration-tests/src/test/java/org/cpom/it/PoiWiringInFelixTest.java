package org.cpom.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The plugin imports Apache POI (contract workbook import) optionally, at version [5.2,6): with POI installed as
 * iDempiere 12 installs it — the Central jars without OSGi headers wrapped as {@code wrapped.<groupId>.<artifactId>}
 * bundles with the target platform's instructions (org.idempiere.p2.targetplatform/maven.locations.target: every
 * package exported at the artifact version, every import optional) — the framework wires the plugin's POI packages
 * to those bundles, and the plugin writes the template workbook inside the framework.
 */
class PoiWiringInFelixTest {

    /** The packages holding classes in a jar (multi-release versions included). */
    static java.util.Set<String> packages(Path jar) throws Exception {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            j.stream().map(java.util.jar.JarEntry::getName)
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.endsWith("module-info.class"))
                    .map(n -> n.startsWith("META-INF/versions/") ? n.substring(n.indexOf('/', 18) + 1) : n)
                    .filter(n -> n.contains("/"))
                    .forEach(n -> out.add(n.substring(0, n.lastIndexOf('/')).replace('/', '.')));
        }
        return out;
    }

    /**
     * Wraps a jar without OSGi headers as the iDempiere target platform does (missingManifest="generate"):
     * symbolic name wrapped.&lt;groupId&gt;.&lt;artifactId&gt;, every package exported at the artifact's version and
     * not imported back, every other package of the POI closure imported optionally.
     */
    static Path wrap(Path jar, String group, java.util.Set<String> others, Path out) throws Exception {
        String file = jar.getFileName().toString().replace(".jar", "");
        int dash = file.lastIndexOf('-');
        String artifact = file.substring(0, dash);
        String version = file.substring(dash + 1);
        java.util.Set<String> own = packages(jar);
        java.util.jar.Manifest m = new java.util.jar.Manifest();
        java.util.jar.Attributes a = m.getMainAttributes();
        a.put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, "wrapped." + group + "." + artifact);
        a.putValue(Constants.BUNDLE_VERSION, version);
        a.putValue(Constants.EXPORT_PACKAGE, String.join(",", own.stream()
                .map(p -> p + ";version=\"" + version + "\"").toList()));
        List<String> imports = others.stream().filter(p -> !own.contains(p))
                .map(p -> p + ";resolution:=optional").toList();
        if (!imports.isEmpty()) {
            a.putValue(Constants.IMPORT_PACKAGE, String.join(",", imports));
        }
        Path target = out.resolve("wrapped." + group + "." + artifact + ".jar");
        try (JarFile in = new JarFile(jar.toFile());
                java.util.jar.JarOutputStream o = new java.util.jar.JarOutputStream(Files.newOutputStream(target), m)) {
            for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().equalsIgnoreCase("META-INF/MANIFEST.MF") || e.isDirectory()) {
                    continue;
                }
                o.putNextEntry(new java.util.jar.JarEntry(e.getName()));
                try (java.io.InputStream is = in.getInputStream(e)) {
                    is.transferTo(o);
                }
                o.closeEntry();
            }
        }
        return target;
    }

    static java.util.Set<String> systemPackages(Framework framework) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (org.osgi.framework.wiring.BundleCapability c : framework.adapt(BundleWiring.class)
                .getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            out.add((String) c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
        }
        return out;
    }

    static boolean isBundle(Path jar) throws Exception {
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.getManifest() != null
                    && j.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME) != null;
        }
    }

    @Test
    void pluginWiresPoiToTheWrappedBundlesAndWritesTheTemplate(@TempDir Path dir) throws Exception {
        Path poiJars = Path.of(System.getProperty("cpom.poi.jars", "target/poi-jars"));
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "org.mockito.internal.creation.bytebuddy.inject");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        try {
            List<Path> jars;
            try (Stream<Path> list = Files.list(poiJars)) {
                jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            }
            java.util.Set<String> all = new java.util.TreeSet<>();
            for (Path jar : jars) {
                all.addAll(packages(jar));
            }
            // the JRE packages the system bundle exports (javax.xml.stream...), imported optionally like the rest
            all.addAll(systemPackages(framework));
            Map<String, String> groups = Map.of("poi", "org.apache.poi", "poi-ooxml", "org.apache.poi",
                    "poi-ooxml-lite", "org.apache.poi", "xmlbeans", "org.apache.xmlbeans", "SparseBitSet", "com.zaxxer",
                    "curvesapi", "com.github.virtuald");
            List<Path> poi = new ArrayList<>();
            for (Path jar : jars) {
                String file = jar.getFileName().toString();
                String artifact = file.substring(0, file.lastIndexOf('-'));
                poi.add(isBundle(jar) ? jar : wrap(jar, groups.getOrDefault(artifact, "unknown"), all, dir));
            }
            BundleContext context = framework.getBundleContext();
            // installed together, as a server's bundles are at start-up, then resolved
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : poi) {
                installed.add(context.installBundle(jar.toUri().toString()));
            }
            Map<String, Bundle> ours = new HashMap<>();
            for (String name : Felix.BUNDLES) {
                Bundle b = context.installBundle(Felix.bundlesDir().resolve(name + ".jar").toUri().toString());
                ours.put(name, b);
                installed.add(b);
            }
            for (Bundle b : installed) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start(Bundle.START_ACTIVATION_POLICY);
                }
            }
            Bundle plugin = ours.get("org.cpom.plugin");
            assertThat(plugin.getState()).isEqualTo(Bundle.ACTIVE);
            Map<String, String> providers = new HashMap<>();
            for (BundleWire wire : plugin.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
                String pkg = (String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE);
                providers.put(pkg, wire.getProvider().getSymbolicName() + " "
                        + wire.getCapability().getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE));
            }
            assertThat(providers).containsEntry("org.apache.poi.ss.usermodel", "wrapped.org.apache.poi.poi 5.2.2")
                    .containsEntry("org.apache.poi.xssf.usermodel", "wrapped.org.apache.poi.poi-ooxml 5.2.2");

            // the plugin's own code runs POI inside the framework: the empty template workbook
            Class<?> template = plugin.loadClass("org.cpom.service.ContractWorkbookTemplate");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try {
                template.getMethod("write", OutputStream.class).invoke(null, out);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            byte[] xlsx = out.toByteArray();
            assertThat(xlsx.length).isGreaterThan(5_000);
            assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }
}
