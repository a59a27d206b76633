package org.cpom.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.MockedStatic;
import org.mockito.Mockito;
import org.osgi.framework.Bundle;

/**
 * Issue 4's OSGi proof on the shipped bundle: a real EventAdmin event with iDempiere's topic and table property
 * reaches the plugin's DS handler, and an establishment with a wrong FINESS check key is vetoed.
 */
class EventVetoInFelixTest {

    /** A real FINESS number (750712184) with its last digit changed, so its Luhn key is wrong. */
    private static final String BAD_FINESS = "750712185";

    @Test
    void invalidEstablishmentIsVetoedThroughEventAdmin(@TempDir Path dir) throws Exception {
        try (Felix felix = Felix.start(dir.resolve("cache"))) {
            Bundle plugin = felix.bundle("org.cpom.plugin");
            Object eventAdmin = felix.waitForService("org.osgi.service.event.EventAdmin", null);
            felix.waitForService("org.osgi.service.event.EventHandler", "(event.filter=*CPOM_Establishment*)");

            Class<?> recordType = plugin.loadClass("org.cpom.model.I_CPOM_Establishment");
            // the generated interface's Table_ID = MTable.getTable_ID(..) is answered by iDempiere's dictionary;
            // here the mirror's MTable (as the bundle sees it) is stubbed while the interface initialises
            try (MockedStatic<?> table = Mockito.mockStatic(plugin.loadClass("org.compiere.model.MTable"))) {
                Class.forName(recordType.getName(), true, recordType.getClassLoader());
            }
            Object record = Proxy.newProxyInstance(recordType.getClassLoader(), new Class<?>[] {recordType},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getFINESS_EG" -> BAD_FINESS;
                        case "getFINESS_EJ" -> "690000880";
                        case "getName" -> "ESAT Les Tilleuls";
                        case "getAD_Client_ID" -> 1000000;
                        case "getAD_Org_ID" -> 1000001;
                        case "toString" -> "I_CPOM_Establishment proxy";
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> method.getReturnType() == int.class ? 0
                                : method.getReturnType() == boolean.class ? false : null;
                    });

            List<String> errors = send(eventAdmin, "CPOM_Establishment", record);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).contains("ESAT Les Tilleuls").contains(BAD_FINESS).contains("check key");

            // the event.filter keeps the handler off other tables
            assertThat(send(eventAdmin, "C_BPartner", record)).isEmpty();
        }
    }

    private static List<String> send(Object eventAdmin, String table, Object record) throws Exception {
        List<String> errors = new ArrayList<>();
        Map<String, Object> properties = new HashMap<>();
        properties.put("tableName", table);
        properties.put("event.data", record);
        properties.put("event.errorMessages", errors);
        Class<?> eventClass = eventAdmin.getClass().getClassLoader().loadClass("org.osgi.service.event.Event");
        Object event = eventClass.getConstructor(String.class, Map.class).newInstance("adempiere/po/beforeNew", properties);
        eventAdmin.getClass().getMethod("sendEvent", eventClass).invoke(eventAdmin, event);
        return errors;
    }
}
