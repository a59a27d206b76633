package org.cpom.verify;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the launcher asks for, read from framework properties (system properties set by the launcher).
 *
 * @param reportDir     where report.json and report.txt are written
 * @param clientId      tenant of the checks (GardenWorld: 11)
 * @param orgId         its organisation (GardenWorld HQ: 11)
 * @param userId        its user (GardenWorld Admin: 100)
 * @param roleId        its role (GardenWorld Admin: 102)
 * @param packTimeout   seconds to wait for the CPOM 2Pack activator
 * @param skip          check groups not to run (e.g. "race")
 * @param phase         "main" (pack N and every check, then the upgrade baseline) or "upgrade" (after pack N+1)
 * @param baselineDir   where the main run wrote the upgrade baseline
 */
public record Settings(Path reportDir, int clientId, int orgId, int userId, int roleId, int packTimeout,
        Set<String> skip, String phase, Path baselineDir) {

    public static final String PREFIX = "cpom.verify.";

    public static Settings from(Function<String, String> property) {
        String[] tenant = value(property, "tenant", "11,11,100,102").split(",");
        if (tenant.length != 4) {
            throw new IllegalArgumentException(PREFIX + "tenant must be CLIENT,ORG,USER,ROLE: " + String.join(",", tenant));
        }
        Set<String> skip = new TreeSet<>(Arrays.asList(value(property, "skip", "").split(",")));
        skip.remove("");
        return new Settings(Path.of(value(property, "report", "real-server-report")),
                Integer.parseInt(tenant[0].trim()), Integer.parseInt(tenant[1].trim()),
                Integer.parseInt(tenant[2].trim()), Integer.parseInt(tenant[3].trim()),
                Integer.parseInt(value(property, "packTimeout", "600")), skip, value(property, "phase", "main"),
                Path.of(value(property, "baseline", value(property, "report", "real-server-report"))));
    }

    private static String value(Function<String, String> property, String name, String fallback) {
        String v = property.apply(PREFIX + name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }
}
