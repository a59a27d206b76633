package org.cpom.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.cpom.adapter.Dates;
import org.cpom.core.rule.Coded;

/**
 * A read-only I_ interface view over column values (column name → value, case-insensitive), so the rules that
 * read POs through I_ interfaces can check a row written by JDBC or built by a test. Getters follow the iDempiere
 * generator: {@code getX()} reads column X, {@code isX()} reads IsX (or X, e.g. Processed); ints and numbers are 0
 * and booleans false when the column is null, as the generated X_ getters return them on a server. The stored
 * value itself (null included) is read through {@link Stored}, as PO.get_Value reads it.
 */
public final class RecordView {

    /** The stored value of a column, null when empty (PO.get_Value on a server). */
    public interface Stored {
        Object storedValue(String column);
    }

    private RecordView() {
    }

    public static <T> T of(Class<T> recordType, Map<String, ?> values) {
        Map<String, Object> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        columns.putAll(values);
        Map<String, Object> frozen = Collections.unmodifiableMap(columns);
        InvocationHandler handler = (proxy, method, args) -> invoke(recordType, frozen, proxy, method, args);
        return recordType.cast(Proxy.newProxyInstance(recordType.getClassLoader(),
                new Class<?>[] {recordType, Stored.class}, handler));
    }

    private static Object invoke(Class<?> type, Map<String, Object> columns, Object proxy, Method method,
            Object[] args) {
        String name = method.getName();
        int argc = args == null ? 0 : args.length;
        if (name.equals("toString") && argc == 0) {
            return type.getSimpleName() + columns;
        }
        if (name.equals("hashCode") && argc == 0) {
            return System.identityHashCode(proxy);
        }
        if (name.equals("equals") && argc == 1) {
            return proxy == args[0];
        }
        if (name.equals("storedValue") && argc == 1) {
            return columns.get((String) args[0]);
        }
        if (argc == 0 && name.startsWith("get") && name.length() > 3) {
            return convert(columns.get(name.substring(3)), method.getReturnType(), name);
        }
        if (argc == 0 && name.startsWith("is") && name.length() > 2) {
            String column = name.substring(2);
            Object v = columns.containsKey("Is" + column) ? columns.get("Is" + column) : columns.get(column);
            return convert(v, method.getReturnType(), name);
        }
        throw new UnsupportedOperationException(type.getSimpleName() + "." + name + " on a read-only record view");
    }

    static Object convert(Object v, Class<?> target, String method) {
        if (target == int.class) {
            return v == null ? 0 : ((Number) v).intValue();
        }
        if (target == boolean.class) {
            return v != null && (Boolean.TRUE.equals(v) || "Y".equals(v));
        }
        if (target == BigDecimal.class && v == null) {
            return BigDecimal.ZERO; // as the generated getter of a Number column
        }
        if (v == null) {
            return null;
        }
        if (target == String.class) {
            return v instanceof Coded c ? c.code() : v instanceof Boolean b ? (b ? "Y" : "N") : v.toString();
        }
        if (target == BigDecimal.class) {
            return v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
        }
        if (target == Timestamp.class) {
            return v instanceof Timestamp t ? t : Dates.toTimestamp(Dates.toLocalDate(v));
        }
        if (target == Object.class || target.isInstance(v)) {
            return v;
        }
        throw new UnsupportedOperationException(method + " returns " + target.getName() + " on a record view");
    }
}
