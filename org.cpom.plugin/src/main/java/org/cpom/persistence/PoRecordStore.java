package org.cpom.persistence;

import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;

import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.cpom.adapter.Dates;
import org.cpom.core.rule.Coded;

/**
 * {@link RecordStore} inside iDempiere: every write is a PO save in the process's transaction, so the dictionary
 * defaults, ids, document numbers, change log and all model validators (the CPOM event handlers included) apply.
 * A vetoed save throws AdempiereException carrying the handler's message.
 */
public final class PoRecordStore implements RecordStore {

    private final Properties ctx;
    private final String trxName;

    public PoRecordStore(Properties ctx, String trxName) {
        this.ctx = ctx;
        this.trxName = trxName;
    }

    @Override
    public int insert(String tableName, Map<String, Object> values) {
        PO po = MTable.get(ctx, tableName).getPO(0, trxName);
        write(po, values);
        return po.get_ID();
    }

    @Override
    public void update(String tableName, int id, Map<String, Object> values) {
        write(MTable.get(ctx, tableName).getPO(id, trxName), values);
    }

    private static void write(PO po, Map<String, Object> values) {
        values.forEach((column, value) -> po.set_ValueOfColumn(column, poValue(value)));
        po.saveEx();
    }

    public static Object poValue(Object v) {
        if (v instanceof LocalDate d) {
            return Dates.toTimestamp(d);
        }
        if (v instanceof Coded c) {
            return c.code();
        }
        return v;
    }
}
