package org.cpom.adapter;

import org.cpom.core.model.Funder;
import org.cpom.core.model.Payer;

/**
 * The one place where a budget line's Payer and Funder are made consistent before any save rule runs, used by
 * {@code MCpomBudgetLine.beforeSave} (iDempiere, before the PO events) and by {@code JdbcRecordStore} (tests,
 * demo), so both write the same row. Payer says who pays; Funder is the legacy coarse value derived from it
 * ({@link Payer#funder()}), read-only in the window. A writer that gives only a Funder (older code, the MESSIDOR
 * sample) gets the funder's default payer ({@link Funder#defaultPayer()}). Codes outside their list are left as
 * they are, so the save rules reject them with their message.
 */
public final class BudgetLinePayer {

    /** The Payer and Funder codes to store. */
    public record Codes(String payer, String funder) {
    }

    private BudgetLinePayer() {
    }

    /**
     * @param payer      the Payer of the row as it will be saved (null or empty when none)
     * @param funder     the Funder of the row as it will be saved
     * @param funderOnly true when this write sets Funder and not Payer (an older writer): Payer then follows the
     *                   funder; otherwise Funder follows Payer
     */
    public static Codes derive(String payer, String funder, boolean funderOnly) {
        String p = payer == null || payer.isEmpty() ? null : payer;
        if (funderOnly || p == null) {
            Funder f = funder == null ? null : CoreMapping.decodeOrNull(Funder.class, funder);
            if (f == null) {
                return new Codes(p, funder); // unknown or missing funder: the rules reject it, nothing derived
            }
            p = f.defaultPayer().code();
        }
        Payer decoded = CoreMapping.decodeOrNull(Payer.class, p);
        if (decoded == null) {
            return new Codes(p, funder); // unknown payer: the rules reject it with its message
        }
        return new Codes(decoded.code(), decoded.funder().code());
    }

    /** True when a write's values set Funder and not Payer (column names as given, any case). */
    public static boolean funderOnly(java.util.Map<String, ?> written) {
        boolean funder = false;
        boolean payer = false;
        for (String column : written.keySet()) {
            funder |= column.equalsIgnoreCase("Funder");
            payer |= column.equalsIgnoreCase("Payer");
        }
        return funder && !payer;
    }
}
