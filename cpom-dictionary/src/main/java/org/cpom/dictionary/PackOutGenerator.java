package org.cpom.dictionary;

/** Placeholder replaced below. */
public final class PackOutGenerator {
    public PackOutGenerator(Dictionary d, Uuids u) {
    }

    public String generate() {
        return "";
    }
}
