package org.cpom.verify;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.adempiere.util.ServerContext;
import org.compiere.model.MTable;
import org.compiere.model.PO;
import org.compiere.util.DB;
import org.compiere.util.Env;
import org.compiere.util.Trx;

/**
 * A tenant session as iDempiere's server keeps it: the context of the current thread (ServerContext, which
 * Env.getCtx() returns on a server) holds client, organisation, user, role and language, so MTable's model
 * factories, PO and the CPOM event handlers see exactly what they see behind a logged-in user.
 */
public final class Session {

    private final int clientId;
    private final int orgId;
    private final int userId;
    private final int roleId;

    public Session(int clientId, int orgId, int userId, int roleId) {
        this.clientId = clientId;
        this.orgId = orgId;
        this.userId = userId;
        this.roleId = roleId;
    }

    public int clientId() {
        return clientId;
    }

    public int orgId() {
        return orgId;
    }

    public int userId() {
        return userId;
    }

    public int roleId() {
        return roleId;
    }

    /** Logs this thread in (a fresh context) with the given session language, e.g. fr_FR. */
    public Properties login(String adLanguage) {
        Properties ctx = new Properties();
        ServerContext.setCurrentInstance(ctx);
        Env.setContext(ctx, "#AD_Client_ID", clientId);
        Env.setContext(ctx, "AD_Client_ID", clientId);
        Env.setContext(ctx, "#AD_Org_ID", orgId);
        Env.setContext(ctx, "AD_Org_ID", orgId);
        Env.setContext(ctx, "#AD_User_ID", userId);
        Env.setContext(ctx, "#SalesRep_ID", userId);
        Env.setContext(ctx, "#AD_Role_ID", roleId);
        Env.setContext(ctx, "#AD_Language", adLanguage);
        Env.setContext(ctx, "#Date", new Timestamp(System.currentTimeMillis()).toString());
        Env.setContext(ctx, "#C_Currency_ID", DB.getSQLValueEx(null,
                "SELECT COALESCE(MAX(s.C_Currency_ID),102) FROM AD_ClientInfo ci JOIN C_AcctSchema s"
                        + " ON s.C_AcctSchema_ID=ci.C_AcctSchema1_ID WHERE ci.AD_Client_ID=?", clientId));
        return ctx;
    }

    /** Switches the session language of this thread's context. */
    public void language(String adLanguage) {
        Env.setContext(Env.getCtx(), "#AD_Language", adLanguage);
    }

    public static String newTrx(String prefix) {
        String name = Trx.createTrxName(prefix);
        Trx.get(name, true);
        return name;
    }

    /** Commits; a database error throws (a transaction that never wrote has nothing to commit). */
    public static void commit(String trxName) {
        Trx t = Trx.get(trxName, false);
        if (t != null) {
            try {
                t.commit(true);
            } catch (SQLException e) {
                throw new IllegalStateException("commit of " + trxName + " failed: " + e.getMessage(), e);
            }
        }
    }

    public static void close(String trxName, boolean commit) {
        Trx t = Trx.get(trxName, false);
        if (t != null) {
            if (commit) {
                t.commit();
            } else {
                t.rollback();
            }
            t.close();
        }
    }

    /** A new PO through MTable, so through the model factories (the plugin's for CPOM tables). */
    public static PO newPO(String table, String trxName) {
        MTable t = MTable.get(Env.getCtx(), table);
        if (t == null) {
            throw new IllegalStateException("no AD_Table " + table);
        }
        return t.getPO(0, trxName);
    }

    public static PO load(String table, int id, String trxName) {
        return MTable.get(Env.getCtx(), table).getPO(id, trxName);
    }

    /** New PO, values set as a window would, saveEx (vetoes throw). Returns the new ID. */
    public static int insert(String table, Map<String, Object> values, String trxName) {
        PO po = newPO(table, trxName);
        set(po, values);
        po.saveEx();
        return po.get_ID();
    }

    public static PO update(String table, int id, Map<String, Object> values, String trxName) {
        PO po = load(table, id, trxName);
        set(po, values);
        po.saveEx();
        return po;
    }

    /** Sets the values as a window would; returns the columns PO.set_Value refused (mandatory, min/max, read-only). */
    static List<String> set(PO po, Map<String, Object> values) {
        List<String> refused = new ArrayList<>();
        values.forEach((column, value) -> {
            if (!po.set_ValueOfColumnReturningBoolean(column, poValue(column, value))) {
                refused.add(column);
            }
        });
        return refused;
    }

    /** Java values as PO holds them: Timestamp dates, null for an unset (0) ID. */
    static Object poValue(String column, Object v) {
        if (v instanceof LocalDate d) {
            return Timestamp.valueOf(d.atStartOfDay());
        }
        if (v instanceof Integer i && i == 0 && column.endsWith("_ID") && !column.equals("AD_Org_ID")
                && !column.equals("AD_Client_ID")) {
            return null;
        }
        return v;
    }

    public static Map<String, Object> cols(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    public static int value(String sql, Object... params) {
        return DB.getSQLValueEx(null, sql, params);
    }

    public static String string(String sql, Object... params) {
        return DB.getSQLValueStringEx(null, sql, params);
    }

    /** Rows of a query on a fresh read-only connection (independent of any PO transaction). */
    public static List<List<Object>> rows(String sql, Object... params) {
        String trx = newTrx("cpomvq");
        try {
            Connection c = Trx.get(trx, false).getConnection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<List<Object>> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getObject(i));
                        }
                        out.add(row);
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        } finally {
            close(trx, false);
        }
    }

    public static BigDecimal decimal(Object o) {
        return o == null ? null : new BigDecimal(o.toString());
    }
}
