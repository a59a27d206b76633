package org.cpom.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * iDempiere runs clustered: the core must hold no static mutable state, and it must not depend on iDempiere.
 * Every static field of a main class is final, and static collections are unmodifiable.
 */
class NoStaticMutableStateTest {

    @Test
    void staticFieldsAreFinalAndImmutable() throws Exception {
        List<String> offenders = new ArrayList<>();
        for (Class<?> type : mainClasses()) {
            for (Field f : type.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant() || f.getName().equals("$VALUES")) {
                    continue;
                }
                if (!Modifier.isFinal(m)) {
                    offenders.add(type.getName() + "." + f.getName() + " is not final");
                    continue;
                }
                f.setAccessible(true);
                Object value = f.get(null);
                if (value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>) {
                    if (!isUnmodifiable(value)) {
                        offenders.add(type.getName() + "." + f.getName() + " is a modifiable collection");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void noIdempiereImport() throws IOException {
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String s = Files.readString(p);
                    return s.contains("import org.compiere") || s.contains("import org.adempiere")
                            || s.contains("import org.idempiere");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isUnmodifiable(Object value) {
        try {
            if (value instanceof java.util.Map<?, ?> map) {
                ((java.util.Map<Object, Object>) map).put(new Object(), new Object());
            } else {
                ((java.util.Collection<Object>) value).add(new Object());
            }
            return false;
        } catch (UnsupportedOperationException | ClassCastException e) {
            return true;
        }
    }

    private static List<Class<?>> mainClasses() throws IOException, ClassNotFoundException {
        Path root = Paths.get("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
                classes.add(Class.forName(name));
            }
        }
        assertThat(classes).hasSizeGreaterThan(40);
        return classes;
    }
}
