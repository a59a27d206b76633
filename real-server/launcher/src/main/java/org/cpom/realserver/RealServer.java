package org.cpom.realserver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * Runs the verification on a real iDempiere 12 core, headless: Equinox with the core's bundles at start level 4
 * (as a server's config.ini starts them) and the built CPOM bundles at start level 5, then Adempiere.startup(false)
 * as a headless server calls it, then the org.cpom.verify bundle's check service. Prints the summary; exits 0 when
 * every check passed, 1 when one failed, 2 when the core could not be run.
 *
 * <pre>
 * java -cp real-server-launcher.jar:org.eclipse.osgi.jar[:third-party jars of the core] org.cpom.realserver.RealServer
 *   --core DIR|JAR ...  --plugin JAR ...  --properties idempiere.properties  --state DIR  --report DIR
 *   [--home DIR] [--tenant CLIENT,ORG,USER,ROLE] [--boot-delegation PKGS] [--system-packages-extra PKGS]
 *   [--timeout SECONDS] [--skip GROUPS] [--phase main|upgrade --baseline DIR_OF_THE_MAIN_REPORT]
 * </pre>
 */
public final class RealServer {

    /** Bundles of an installation that the launcher never installs: the framework itself and its launcher. */
    static final List<String> NOT_INSTALLED = List.of("org.eclipse.osgi", "org.eclipse.equinox.launcher");
    /** Our bundles: taken from the build, so an installed copy in the core's folders is left out. */
    static final List<String> OURS = List.of("org.cpom.plugin", "org.cpom.reports", "org.cpom.verify");

    private RealServer() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = run(Options.parse(args));
        } catch (IllegalArgumentException e) {
            System.out.println("real-server: " + e.getMessage());
            code = 2;
        } catch (Throwable t) {
            System.out.println("real-server: the core could not be run: " + t);
            t.printStackTrace(System.out);
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    static int run(Options o) throws Exception {
        System.setProperty("IDEMPIERE_HOME", o.home.toString());
        System.setProperty("PropertyFile", o.properties.toString());
        System.setProperty("org.adempiere.server.embedded", "true");
        System.setProperty("cpom.verify.report", o.report.toString());
        System.setProperty("cpom.verify.tenant", o.tenant);
        System.setProperty("cpom.verify.skip", o.skip);
        System.setProperty("cpom.verify.packTimeout", Integer.toString(o.packTimeout));
        System.setProperty("cpom.verify.phase", o.phase);
        if (o.baseline != null) {
            System.setProperty("cpom.verify.baseline", o.baseline.toString());
        }
        Map<String, String> cfg = new HashMap<>();
        cfg.put(Constants.FRAMEWORK_STORAGE, o.state.toString());
        cfg.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        cfg.put(Constants.FRAMEWORK_BOOTDELEGATION, o.bootDelegation);
        cfg.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
        if (!o.systemPackagesExtra.isEmpty()) {
            cfg.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, o.systemPackagesExtra);
        }
        cfg.put("osgi.instance.area", o.state.resolve("instance").toString());
        cfg.put("osgi.compatibility.bootdelegation", "true"); // as idempiere-server.sh
        cfg.put("eclipse.ignoreApp", "true");
        cfg.put("ds.delayed.keepInstances", "true");
        cfg.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "1");
        Framework fw = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(cfg);
        fw.init();
        BundleContext ctx = fw.getBundleContext();
        List<Bundle> core = new ArrayList<>();
        List<Bundle> ours = new ArrayList<>();
        for (Path p : o.core) {
            install(ctx, p, core, true);
        }
        for (Path p : o.plugins) {
            install(ctx, p, ours, false);
        }
        // marked for start and started by the start-level move, as config.ini does, so that STARTLEVEL_CHANGED
        // (which iDempiere's 2Pack activators wait for) comes after every bundle started
        for (Bundle b : core) {
            start(b, 4);
        }
        for (Bundle b : ours) {
            start(b, 5);
        }
        Object lock = new Object();
        boolean[] moved = {false};
        ctx.addFrameworkListener(ev -> {
            if (ev.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
                synchronized (lock) {
                    moved[0] = true;
                    lock.notifyAll();
                }
            } else if (ev.getType() == FrameworkEvent.ERROR) {
                System.out.println("real-server: framework error in " + ev.getBundle() + ": " + ev.getThrowable());
            }
        });
        fw.start();
        fw.adapt(FrameworkStartLevel.class).setStartLevel(6);
        synchronized (lock) {
            long end = System.currentTimeMillis() + 120_000;
            while (!moved[0] && System.currentTimeMillis() < end) {
                lock.wait(1000);
            }
        }
        int inactive = 0;
        for (Bundle b : core) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null && b.getState() != Bundle.ACTIVE) {
                inactive++;
            }
        }
        System.out.println("real-server: " + core.size() + " core bundles (" + inactive + " not active), "
                + ours.size() + " CPOM bundles");
        for (Bundle b : ours) {
            System.out.println("real-server: " + b.getSymbolicName() + " " + b.getVersion() + " " + state(b));
        }
        Bundle base = find(core, "org.adempiere.base");
        if (base == null) {
            throw new IllegalArgumentException("no org.adempiere.base among the core bundles: not an iDempiere core");
        }
        ClassLoader baseLoader = base.loadClass("org.compiere.Adempiere").getClassLoader();
        Thread.currentThread().setContextClassLoader(baseLoader);
        Object started = base.loadClass("org.compiere.Adempiere").getMethod("startup", boolean.class).invoke(null, false);
        System.out.println("real-server: Adempiere.startup(false) -> " + started);
        Callable<?> verification = service(ctx, 60);
        if (verification == null) {
            System.out.println("real-server: the org.cpom.verify bundle offers no verification service (not ACTIVE?)");
            stop(fw);
            return 2;
        }
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cpom-verify");
            t.setContextClassLoader(baseLoader);
            return t;
        });
        Future<?> f = ex.submit(verification);
        String summary;
        try {
            summary = String.valueOf(f.get(o.timeout, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            System.out.println("real-server: the verification did not end within " + o.timeout + " s");
            f.cancel(true);
            stop(fw);
            return 2;
        } finally {
            ex.shutdownNow();
        }
        System.out.println();
        System.out.println("==== CPOM on a real iDempiere 12 core: summary (also in " + o.report.resolve("report.txt")
                + " and report.json) ====");
        System.out.print(summary);
        stop(fw);
        return summary.lines().reduce((a, b) -> b).orElse("").startsWith("PASSED") ? 0 : 1;
    }

    private static void stop(Framework fw) {
        try {
            fw.stop();
            fw.waitForStop(20_000);
        } catch (Exception e) {
            System.out.println("real-server: framework stop: " + e);
        }
    }

    private static Callable<?> service(BundleContext ctx, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        do {
            Collection<ServiceReference<Callable>> refs = ctx.getServiceReferences(Callable.class, "(cpom.verify=true)");
            if (!refs.isEmpty()) {
                return ctx.getService(refs.iterator().next());
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < end);
        return null;
    }

    private static void start(Bundle b, int level) {
        if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
            return;
        }
        b.adapt(BundleStartLevel.class).setStartLevel(level);
        try {
            b.start();
        } catch (Exception e) {
            System.out.println("real-server: start of " + b.getSymbolicName() + " failed: " + e.getMessage());
        }
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED (not started)";
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            case Bundle.STARTING -> "STARTING";
            default -> "state " + b.getState();
        };
    }

    private static Bundle find(List<Bundle> bs, String name) {
        return bs.stream().filter(b -> name.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    /** Installs a bundle jar, an exploded bundle folder, or every bundle of a folder (sorted). */
    static void install(BundleContext ctx, Path p, List<Bundle> into, boolean core) {
        for (Path f : bundleFiles(p)) {
            String bsn = symbolicName(f);
            if (bsn == null || NOT_INSTALLED.contains(bsn) || (core && OURS.contains(bsn))) {
                if (bsn != null && core && OURS.contains(bsn)) {
                    System.out.println("real-server: left out the core's own " + f.getFileName() + " (the built "
                            + bsn + " is installed instead)");
                }
                continue;
            }
            try {
                String location = Files.isDirectory(f) ? "reference:" + f.toUri() : f.toUri().toString();
                into.add(ctx.installBundle(location));
            } catch (Exception e) {
                System.out.println("real-server: install of " + f + " failed: " + e.getMessage());
            }
        }
    }

    static List<Path> bundleFiles(Path p) {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(p) && p.toString().endsWith(".jar")) {
            out.add(p);
        } else if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))) {
            out.add(p);
        } else if (Files.isDirectory(p)) {
            File[] fs = p.toFile().listFiles();
            if (fs != null) {
                java.util.Arrays.sort(fs);
                for (File f : fs) {
                    Path q = f.toPath();
                    if ((f.isFile() && f.getName().endsWith(".jar"))
                            || (f.isDirectory() && Files.isRegularFile(q.resolve("META-INF/MANIFEST.MF")))) {
                        out.add(q);
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("no bundle or folder " + p);
        }
        return out;
    }

    /** Bundle-SymbolicName without attributes, or null when the file is not a bundle. */
    static String symbolicName(Path f) {
        try {
            Manifest mf;
            if (Files.isDirectory(f)) {
                try (var in = Files.newInputStream(f.resolve("META-INF/MANIFEST.MF"))) {
                    mf = new Manifest(in);
                }
            } else {
                try (JarFile j = new JarFile(f.toFile())) {
                    mf = j.getManifest();
                }
            }
            String v = mf == null ? null : mf.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return v == null ? null : v.split(";")[0].trim();
        } catch (IOException e) {
            return null;
        }
    }

    /** Command-line options. */
    static final class Options {
        final List<Path> core = new ArrayList<>();
        final List<Path> plugins = new ArrayList<>();
        Path properties;
        Path home;
        Path state;
        Path report;
        String tenant = "11,11,100,102";
        String bootDelegation = "sun.security.ssl";
        String systemPackagesExtra = "";
        String skip = "";
        String phase = "main";
        Path baseline;
        int timeout = 3600;
        int packTimeout = 600;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("missing value after " + a);
                    }
                    value = args[++i];
                }
                switch (a) {
                    case "--core" -> o.core.add(Path.of(value));
                    case "--plugin" -> o.plugins.add(Path.of(value));
                    case "--properties" -> o.properties = Path.of(value).toAbsolutePath();
                    case "--home" -> o.home = Path.of(value).toAbsolutePath();
                    case "--state" -> o.state = Path.of(value).toAbsolutePath();
                    case "--report" -> o.report = Path.of(value).toAbsolutePath();
                    case "--tenant" -> o.tenant = value;
                    case "--boot-delegation" -> o.bootDelegation = value;
                    case "--system-packages-extra" -> o.systemPackagesExtra = value;
                    case "--skip" -> o.skip = value;
                    case "--phase" -> o.phase = value;
                    case "--baseline" -> o.baseline = Path.of(value).toAbsolutePath();
                    case "--timeout" -> o.timeout = Integer.parseInt(value);
                    case "--pack-timeout" -> o.packTimeout = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.core.isEmpty() || o.plugins.isEmpty() || o.properties == null || o.state == null || o.report == null) {
                throw new IllegalArgumentException("needs --core, --plugin, --properties, --state and --report");
            }
            if (!Files.isRegularFile(o.properties)) {
                throw new IllegalArgumentException("no idempiere.properties at " + o.properties);
            }
            if (o.home == null) {
                o.home = o.properties.getParent();
            }
            Set<String> names = new LinkedHashSet<>();
            for (Path p : o.plugins) {
                names.add(symbolicName(p));
            }
            if (!names.containsAll(OURS)) {
                throw new IllegalArgumentException("--plugin must name the built " + OURS + " bundles, got " + names);
            }
            return o;
        }
    }
}
