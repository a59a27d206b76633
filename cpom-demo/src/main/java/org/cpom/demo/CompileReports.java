package org.cpom.demo;

import java.nio.file.Path;

import org.cpom.testkit.ReportRenderer;

/**
 * Build step of the demo profile: compiles the four report designs once into a folder (file names carry the
 * .jrxml's hash), so the demo run only loads them instead of compiling every template at every run.
 */
public final class CompileReports {

    private CompileReports() {
    }

    public static void main(String[] args) {
        long t = System.nanoTime();
        Path dir = Path.of(args[0]);
        ReportRenderer.compileAll(dir);
        System.out.printf(java.util.Locale.ROOT, "report designs compiled into %s in %.1f s%n", dir,
                (System.nanoTime() - t) / 1e9);
    }
}
