package org.cpom.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Reads AD_SysConfig values the way MSysConfig.getValue(name, default, AD_Client_ID) chooses them: an active
 * record of the client before one of client System, the organisation's before the client's (no cache: the
 * processes read a dozen names once per run).
 */
public final class SysConfigSettings {

    private SysConfigSettings() {
    }

    public static Function<String, String> of(Connection connection, int clientId) {
        return name -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT Value FROM AD_SysConfig WHERE Name=? "
                    + "AND AD_Client_ID IN (0, ?) AND IsActive='Y' ORDER BY AD_Client_ID DESC, AD_Org_ID DESC")) {
                ps.setString(1, name);
                ps.setInt(2, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("AD_SysConfig " + name + ": " + e.getMessage(), e);
            }
        };
    }
}
