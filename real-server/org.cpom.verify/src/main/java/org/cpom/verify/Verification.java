package org.cpom.verify;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.compiere.Adempiere;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * The verification run inside a real iDempiere 12 core: waits until iDempiere has started and the CPOM 2Pack
 * activator has finished, then runs each group of checks under the tenant session and writes the report.
 * A group that throws is recorded as a failure and the next group still runs.
 */
final class Verification {

    static final String PLUGIN = "org.cpom.plugin";
    static final String REPORTS = "org.cpom.reports";

    private final BundleContext context;
    private final Settings settings;
    private final Report report = new Report();

    Verification(BundleContext context, Settings settings) {
        this.context = context;
        this.settings = settings;
    }

    String run() throws Exception {
        Session session = new Session(settings.clientId(), settings.orgId(), settings.userId(), settings.roleId());
        report.fact("tenant (client/org/user/role)", settings.clientId() + "/" + settings.orgId() + "/"
                + settings.userId() + "/" + settings.roleId());
        try {
            Bundle plugin = bundle(PLUGIN);
            Bundle reports = bundle(REPORTS);
            report.check("bundles", PLUGIN + " active", plugin != null && plugin.getState() == Bundle.ACTIVE,
                    plugin == null ? "not installed" : plugin.getVersion() + " state " + plugin.getState());
            report.check("bundles", REPORTS + " active", reports != null && reports.getState() == Bundle.ACTIVE,
                    reports == null ? "not installed" : reports.getVersion() + " state " + reports.getState());
            if (plugin == null) {
                return finish();
            }
            List<PackOut> packs = packs(plugin);
            report.fact("2Packs shipped", packs.stream().map(PackOut::version).toList().toString());
            if (!waitForStart() || !new PackIn(report, packs, Set.of()).waitForActivator(settings.packTimeout())) {
                return finish();
            }
            if ("upgrade".equals(settings.phase())) {
                Properties baseline = Upgrade.read(settings.baselineDir());
                report.fact("phase", "upgrade: the plugin with its next 2Pack started on the database of the main run");
                group("pack-in", () -> new PackIn(report, packs, Upgrade.edited(baseline)).check());
                group("upgrade", () -> new Upgrade(report, session).check(baseline));
                return finish();
            }
            boolean packed = group("pack-in", () -> new PackIn(report, packs, Set.of()).check());
            if (!packed) {
                report.fail("run", "later groups", "not run: the 2Pack is not installed");
                return finish();
            }
            World[] world = new World[1];
            group("sample", () -> world[0] = new MessidorThroughPo(report, session).load());
            group("document actions", () -> new DocumentActions(report, session).check());
            group("hostile catalogue", () -> new HostileReplay(report, session).check());
            group("processes", () -> new Processes(report, session, world[0]).check());
            group("ledger layer", () -> new LedgerLayer(report, session).check());
            group("calendar, activity, filings", () -> new CalendarActivityFilings(report, session, world[0]).check());
            if (!settings.skip().contains("race")) {
                group("race", () -> new OverlapRace(report, session).check());
            }
            if (!settings.skip().contains("upgrade")) {
                group("upgrade", () -> new Upgrade(report, session).baseline(packs, world[0], settings.reportDir()));
            }
            report.notHosted("reports", "Jasper reports fill", "this core has no org.adempiere.report.jasper: the four"
                    + " reports are filled by the demo and the integration tests (ReportStarter parameter typing)");
            report.notHosted("ui", "windows, tabs and fields as a user sees them", "no web UI in this core: the"
                    + " dictionary records are checked in the database instead");
        } catch (Throwable t) {
            report.fail("run", "unexpected error", t.toString());
            t.printStackTrace(System.out);
        }
        return finish();
    }

    interface Group {
        void run() throws Exception;
    }

    private boolean group(String name, Group g) {
        long t0 = System.currentTimeMillis();
        try {
            g.run();
            return true;
        } catch (Throwable t) {
            report.fail(name, "group aborted", rootMessage(t));
            t.printStackTrace(System.out);
            return false;
        } finally {
            report.fact("time " + name, String.format(java.util.Locale.ROOT, "%.1f s", (System.currentTimeMillis() - t0) / 1000.0));
        }
    }

    static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return t == c ? t.toString() : t + " / cause: " + c;
    }

    private String finish() throws Exception {
        report.write(settings.reportDir());
        return report.text();
    }

    private Bundle bundle(String name) {
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    /** The plugin's META-INF/2Pack_*.zip, oldest version first (as Incremental2PackActivator applies them). */
    private static List<PackOut> packs(Bundle plugin) throws Exception {
        Enumeration<URL> e = plugin.findEntries("META-INF", "2Pack_*.zip", false);
        List<URL> urls = e == null ? List.of() : Collections.list(e);
        List<PackOut> packs = new ArrayList<>();
        for (URL u : urls) {
            try (InputStream in = u.openStream()) {
                packs.add(PackOut.ofZip(in));
            }
        }
        packs.sort((a, b) -> compareVersions(a.version(), b.version()));
        return packs;
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i].replaceAll("\\D.*", "0")) : 0;
            int q = i < y.length ? Integer.parseInt(y[i].replaceAll("\\D.*", "0")) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    private boolean waitForStart() throws InterruptedException {
        long end = System.currentTimeMillis() + 300_000;
        while (!Adempiere.isStarted() && System.currentTimeMillis() < end) {
            Thread.sleep(1000);
        }
        return report.check("startup", "Adempiere started", Adempiere.isStarted(), "");
    }

    static Set<String> distinct(List<String> l) {
        return new LinkedHashSet<>(l);
    }
}
