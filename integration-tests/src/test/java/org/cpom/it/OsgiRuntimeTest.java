package org.cpom.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** Proof 1: in a real Felix with SCR and EventAdmin, every bundle is ACTIVE and every plugin component is up. */
class OsgiRuntimeTest {

    /** ComponentConfigurationDTO.SATISFIED and .ACTIVE (OSGi DS 1.3+). */
    private static final int SATISFIED = 4;
    private static final int ACTIVE = 8;

    @Test
    void bundlesAreActiveAndEveryPluginComponentIsSatisfiedAndRegistered(@TempDir Path dir) throws Exception {
        try (Felix felix = Felix.start(dir.resolve("cache"))) {
            for (String name : Felix.BUNDLES) {
                assertThat(felix.bundle(name).getState()).as(name + " state").isEqualTo(Bundle.ACTIVE);
            }
            Bundle plugin = felix.bundle("org.cpom.plugin");
            assertRequiresIdempiereBase(felix, plugin);
            Object scr = felix.waitForService("org.osgi.service.component.runtime.ServiceComponentRuntime", null);

            Object descriptions = scr.getClass().getMethod("getComponentDescriptionDTOs", Bundle[].class)
                    .invoke(scr, (Object) new Bundle[] {plugin});
            List<Object> dtos = new ArrayList<>((java.util.Collection<?>) descriptions);
            List<String> names = new ArrayList<>();
            for (Object description : dtos) {
                String name = (String) description.getClass().getField("name").get(description);
                names.add(name);
                java.util.Collection<?> configs = (java.util.Collection<?>) scr.getClass()
                        .getMethod("getComponentConfigurationDTOs", description.getClass())
                        .invoke(scr, description);
                assertThat(configs).as(name + " configurations").hasSize(1);
                Object config = configs.iterator().next();
                int state = config.getClass().getField("state").getInt(config);
                assertThat(state).as(name + " state").isIn(SATISFIED, ACTIVE);
                Object unsatisfied = config.getClass().getField("unsatisfiedReferences").get(config);
                assertThat(Array.getLength(unsatisfied)).as(name + " unsatisfied references").isZero();
            }
            assertThat(names).contains("org.cpom.component.CpomModelFactory",
                    "org.cpom.component.CpomProcessFactory", "org.cpom.event.EstablishmentEventHandler",
                    "org.cpom.event.ContractEventHandler", "org.cpom.event.BudgetLineEventHandler");

            // every component's service is in the registry, registered by our bundle
            assertThat(servicesOf(felix, plugin, "org.adempiere.base.IModelFactory")).hasSize(1);
            assertThat(servicesOf(felix, plugin, "org.adempiere.base.IProcessFactory")).hasSize(1);
            long handlers = names.stream().filter(n -> n.startsWith("org.cpom.event.")).count();
            assertThat(servicesOf(felix, plugin, "org.osgi.service.event.EventHandler")).hasSize((int) handlers);
            assertThat(servicesOf(felix, plugin, null)).hasSize(dtos.size());

            // iDempiere's bundle: report paths resolve to entries of the started org.cpom.reports bundle
            Bundle reports = felix.bundle("org.cpom.reports");
            for (String report : new String[] {"ContractBudget", "BudgetVsActual", "ActionPlan", "AnnualReport"}) {
                assertThat(reports.getEntry("reports/" + report + ".jrxml")).as(report).isNotNull();
            }

            // the model factory answers for CPOM tables only (core factories keep the others)
            Object factory = felix.waitForService("org.adempiere.base.IModelFactory", null);
            Object contractClass = factory.getClass().getMethod("getClass", String.class).invoke(factory, "CPOM_Contract");
            assertThat(((Class<?>) contractClass).getName()).isEqualTo("org.cpom.model.MCpomContract");
            assertThat(factory.getClass().getMethod("getClass", String.class).invoke(factory, "C_Order")).isNull();
        }
    }

    /**
     * Require-Bundle is honoured: the plugin is wired to org.adempiere.base 12.x as a whole bundle, and the iDempiere
     * classes it links to (split packages org.compiere.model / org.compiere.process included) come from it.
     */
    private static void assertRequiresIdempiereBase(Felix felix, Bundle plugin) throws Exception {
        Bundle base = felix.bundle("idempiere-api"); // the mirror, named org.adempiere.base
        List<BundleWire> required = plugin.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE);
        assertThat(required).extracting(w -> w.getProvider().getBundle()).containsExactly(base);
        assertThat(base.getVersion()).isGreaterThanOrEqualTo(new Version(12, 0, 0)).isLessThan(new Version(13, 0, 0));
        // no package wire to org.adempiere.base: its packages come through the bundle wire only
        List<BundleWire> imports = plugin.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE);
        assertThat(imports).extracting(w -> (String) w.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                .doesNotContain("org.compiere.model", "org.compiere.process", "org.compiere.util", "org.adempiere.base")
                .contains("org.adempiere.plugin.utils");
        for (String type : new String[] {"org.compiere.model.PO", "org.compiere.process.SvrProcess",
                "org.compiere.util.Env", "org.adempiere.plugin.utils.Incremental2PackActivator"}) {
            assertThat(org.osgi.framework.FrameworkUtil.getBundle(plugin.loadClass(type))).as(type).isEqualTo(base);
        }
    }

    private static List<ServiceReference<?>> servicesOf(Felix felix, Bundle bundle, String className)
            throws Exception {
        List<ServiceReference<?>> mine = new ArrayList<>();
        ServiceReference<?>[] refs = felix.context().getAllServiceReferences(className, null);
        if (refs != null) {
            for (ServiceReference<?> ref : refs) {
                if (ref.getBundle().equals(bundle)) {
                    mine.add(ref);
                }
            }
        }
        return mine;
    }
}
