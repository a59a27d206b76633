package org.cpom.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.cpom.core.catalogue.Fixtures;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * In a real Apache Felix 7 with SCR and EventAdmin: the plugin's DS handlers are registered from their
 * descriptors, and an EventAdmin event shaped like iDempiere's (topic adempiere/po/beforeNew, tableName
 * CPOM_Establishment, event.data = a Proxy of the bundle's own I_CPOM_Establishment, event.errorMessages = a list)
 * reaches the establishment handler, which adds the FINESS veto. Only MTable.getTable_ID, which the generated
 * interface calls while it initialises, is answered by a static mock (iDempiere answers it from its dictionary). The test talks to the framework only through
 * reflection and java.* types, so no OSGi class of the test classpath leaks into the bundles.
 */
class EventAdminVetoFelixTest {

    @Test
    void invalidFinessKeyIsVetoedThroughEventAdmin(@TempDir Path dir) throws Exception {
        Path plugin = BundleJars.locationOf(org.cpom.event.CpomEventHandler.class);
        Path api = BundleJars.locationOf(org.compiere.model.PO.class);
        Path core = BundleJars.locationOf(org.cpom.core.i18n.Messages.class);
        Path apiBundle = BundleJars.bundle(dir, "org.idempiere.api.mirror", api,
                new String[] {"org/compiere/", "org/adempiere/", "org/idempiere/"}, Map.of());
        Path coreBundle = BundleJars.bundle(dir, "org.cpom.core", core, new String[] {"org/cpom/core/"}, Map.of());
        Path pluginBundle = BundleJars.bundle(dir, "org.cpom.plugin.handlers", plugin,
                new String[] {"org/cpom/model/I_", "org/cpom/adapter/", "org/cpom/event/", "org/cpom/persistence/",
                        "org/cpom/service/", "OSGI-INF/org.cpom.event."},
                Map.of("Import-Package", "org.compiere.model,org.compiere.util,org.compiere.process,"
                        + "org.adempiere.base.event,org.osgi.service.event,org.cpom.core.action,org.cpom.core.amendment,"
                        + "org.cpom.core.budget,org.cpom.core.contract,org.cpom.core.establishment,"
                        + "org.cpom.core.finess,org.cpom.core.i18n,org.cpom.core.indicator,org.cpom.core.model,"
                        + "org.cpom.core.perimeter,org.cpom.core.review,org.cpom.core.rule,org.cpom.core.text",
                        "Service-Component", "OSGI-INF/*.xml"));

        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, dir.resolve("felix-cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Mockito's inline static mock injects its dispatcher into the boot class loader: let bundles see it
        config.put(Constants.FRAMEWORK_BOOTDELEGATION, "org.mockito.internal.creation.bytebuddy.inject");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (Class<?> marker : new Class<?>[] {org.osgi.util.function.Function.class,
                    org.osgi.util.promise.Promise.class, org.osgi.service.component.ComponentContext.class,
                    org.apache.felix.scr.impl.Activator.class, org.apache.felix.eventadmin.impl.Activator.class}) {
                bundles.add(context.installBundle(BundleJars.locationOf(marker).toUri().toString()));
            }
            for (Path p : new Path[] {apiBundle, coreBundle, pluginBundle}) {
                bundles.add(context.installBundle(p.toUri().toString()));
            }
            for (Bundle b : bundles) {
                b.start();
            }
            Bundle pluginB = bundles.get(bundles.size() - 1);
            assertThat(pluginB.getState()).isEqualTo(Bundle.ACTIVE);

            Object eventAdmin = waitForService(context, "org.osgi.service.event.EventAdmin");
            waitForService(context, "org.osgi.service.event.EventHandler");
            Class<?> recordType = pluginB.loadClass("org.cpom.model.I_CPOM_Establishment");
            // the generated interface initialises Table_ID = MTable.getTable_ID(Table_Name): iDempiere answers it
            // from its dictionary; here the mirror's MTable (as the bundle sees it) answers 0 while it initialises
            try (MockedStatic<?> table = Mockito.mockStatic(pluginB.loadClass("org.compiere.model.MTable"))) {
                Class.forName(recordType.getName(), true, recordType.getClassLoader());
            }
            String badKey = Fixtures.FINESS_EG_1.substring(0, 8) + ((Fixtures.FINESS_EG_1.charAt(8) - '0' + 1) % 10);
            Object record = Proxy.newProxyInstance(recordType.getClassLoader(), new Class<?>[] {recordType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getFINESS_EG" -> badKey;
                        case "getFINESS_EJ" -> Fixtures.FINESS_EJ;
                        case "getName" -> "ESAT Les Tilleuls";
                        case "getAD_Client_ID" -> Fixtures.CLIENT_ID;
                        case "getAD_Org_ID" -> 51;
                        case "toString" -> "I_CPOM_Establishment proxy";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> method.getReturnType() == int.class ? 0
                                : method.getReturnType() == boolean.class ? false : null;
                    });
            List<String> errors = new ArrayList<>();
            Map<String, Object> properties = new HashMap<>();
            properties.put("tableName", "CPOM_Establishment");
            properties.put("event.data", record);
            properties.put("event.errorMessages", errors);
            Class<?> eventClass = eventAdmin.getClass().getClassLoader().loadClass("org.osgi.service.event.Event");
            Object event = eventClass.getConstructor(String.class, Map.class)
                    .newInstance("adempiere/po/beforeNew", properties);
            eventAdmin.getClass().getMethod("sendEvent", eventClass).invoke(eventAdmin, event);

            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).contains("ESAT Les Tilleuls").contains(badKey).contains("check key");

            // the filter keeps the handler off other tables
            List<String> otherErrors = new ArrayList<>();
            Map<String, Object> other = new HashMap<>(properties);
            other.put("tableName", "C_BPartner");
            other.put("event.errorMessages", otherErrors);
            eventAdmin.getClass().getMethod("sendEvent", eventClass).invoke(eventAdmin,
                    eventClass.getConstructor(String.class, Map.class).newInstance("adempiere/po/beforeNew", other));
            assertThat(otherErrors).isEmpty();
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    /** Polls the registry by class name, ignoring class-space assignability (the test is outside the framework). */
    private static Object waitForService(BundleContext context, String className) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            ServiceReference<?>[] refs = context.getAllServiceReferences(className, null);
            if (refs != null && refs.length > 0) {
                return context.getService(refs[0]);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("service " + className + " not registered");
    }
}
