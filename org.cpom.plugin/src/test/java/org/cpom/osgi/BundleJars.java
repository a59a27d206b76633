package org.cpom.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Test support: packs compiled classes (a directory or a jar on the test classpath) into an OSGi bundle jar with a
 * generated manifest, so a Felix test can install the mirror API, the core and the plugin as separate bundles.
 */
final class BundleJars {

    private BundleJars() {
    }

    /** The directory or jar a class was loaded from. */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code <bsn>.jar} in {@code dir} with the entries of {@code source} under the given prefixes, every
     * package found exported, and the extra manifest headers given.
     */
    static Path bundle(Path dir, String bsn, Path source, String[] prefixes, Map<String, String> headers)
            throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    String name = source.relativize(p).toString().replace('\\', '/');
                    if (Files.isRegularFile(p) && matches(name, prefixes)) {
                        entries.put(name, Files.readAllBytes(p));
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                for (JarEntry e : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (!e.isDirectory() && matches(e.getName(), prefixes)) {
                        try (InputStream in = jar.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        TreeSet<String> packages = new TreeSet<>();
        for (String name : entries.keySet()) {
            if (name.endsWith(".class") && name.indexOf('/') > 0) {
                packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
            }
        }
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", bsn);
        a.putValue("Bundle-Version", "1.0.0");
        if (!packages.isEmpty()) {
            a.putValue("Export-Package", String.join(",", packages));
        }
        headers.forEach(a::putValue);
        Path out = dir.resolve(bsn + ".jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(out), mf)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return out;
    }

    private static boolean matches(String name, String[] prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
