package org.cpom.adapter;

import java.math.BigDecimal;

import org.compiere.model.PO;
import org.cpom.persistence.RecordView;

/**
 * Optional numbers as stored: null when the user left the field empty. The generated getters of a Number column
 * (as iDempiere's model generator writes them) return 0 for an empty column, which would make "not entered" look
 * like "entered 0" (an activity to date of 0 without a measure date, a modulation threshold of 0 %, a typed actual
 * value of 0). Rules that must tell the two apart read the column itself: PO.get_Value on a server, the view's
 * stored value in the JDBC store and the tests (any other I_ implementation: its getter).
 */
public final class OptionalNumbers {

    private OptionalNumbers() {
    }

    public static BigDecimal decimal(Object record, String column) {
        Object v;
        if (record instanceof PO po) {
            v = po.get_Value(column);
        } else if (record instanceof RecordView.Stored stored) {
            v = stored.storedValue(column);
        } else {
            v = getter(record, column); // another implementation of the I_ interface: what its getter says
        }
        return v == null ? null : v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    }

    private static Object getter(Object record, String column) {
        try {
            return record.getClass().getMethod("get" + column).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(record + " has no getter of " + column, e);
        }
    }
}
