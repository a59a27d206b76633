package org.cpom.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * A real Apache Felix framework with Felix SCR and EventAdmin, into which the built bundle jars (copied to
 * target/bundles by the build, never on the test class path) are installed and started.
 */
final class Felix implements AutoCloseable {

    /** Installed in this order: OSGi service APIs, SCR, EventAdmin, the iDempiere API mirror, then our bundles. */
    static final List<String> BUNDLES = List.of("org.osgi.util.function", "org.osgi.util.promise",
            "org.osgi.service.component", "org.osgi.service.event", "org.apache.felix.scr",
            "org.apache.felix.eventadmin", "idempiere-api", "org.cpom.plugin", "org.cpom.reports");

    final Framework framework;
    final Map<String, Bundle> bundles = new HashMap<>();

    private Felix(Framework framework) {
        this.framework = framework;
    }

    static Path bundlesDir() {
        return Path.of(System.getProperty("cpom.bundles.dir", "target/bundles"));
    }

    static Felix start(Path storage) throws Exception {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Mockito's inline static mocks inject a dispatcher into the boot class loader; bundles must see it
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "org.mockito.internal.creation.bytebuddy.inject");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        Felix felix = new Felix(framework);
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (String name : BUNDLES) {
            Path jar = bundlesDir().resolve(name + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("bundle jar not built: " + jar);
            }
            Bundle b = context.installBundle(jar.toUri().toString());
            felix.bundles.put(name, b);
            installed.add(b);
        }
        for (Bundle b : installed) {
            // EAGER: start lazy bundles now, as iDempiere's markStarted does at its start level
            b.start(Bundle.START_ACTIVATION_POLICY);
            if (b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
        return felix;
    }

    Bundle bundle(String name) {
        return bundles.get(name);
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    /** Polls the registry by class name (the test sits outside the framework's class spaces). */
    Object waitForService(String className, String filter) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context().getAllServiceReferences(className, filter);
            if (refs != null && refs.length > 0) {
                return context().getService(refs[0]);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("service " + className + " " + filter + " not registered");
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
    }
}
