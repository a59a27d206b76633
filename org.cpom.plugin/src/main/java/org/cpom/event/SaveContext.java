package org.cpom.event;

import java.sql.Connection;

import org.cpom.core.i18n.Language;

/**
 * What a handler needs besides the record: the user's language and the saving transaction's connection (null
 * when none is reachable). Closing releases the connection only when the context opened it itself.
 */
public interface SaveContext extends AutoCloseable {

    Language language();

    Connection connection();

    /** The saving session's user (Env AD_User_ID), 0 when unknown. */
    default int userId() {
        return 0;
    }

    @Override
    void close();

    /** A context over a connection owned by someone else (the transaction, a test). */
    static SaveContext of(Language language, Connection connection) {
        return of(language, connection, 0);
    }

    /** A context over a connection owned by someone else, for the session of {@code userId}. */
    static SaveContext of(Language language, Connection connection, int userId) {
        return new SaveContext() {
            @Override
            public Language language() {
                return language;
            }

            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public int userId() {
                return userId;
            }

            @Override
            public void close() {
                // the connection belongs to the caller's transaction
            }
        };
    }
}
