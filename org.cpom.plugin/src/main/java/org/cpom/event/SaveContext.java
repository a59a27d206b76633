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

    @Override
    void close();

    /** A context over a connection owned by someone else (the transaction, a test). */
    static SaveContext of(Language language, Connection connection) {
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
            public void close() {
                // the connection belongs to the caller's transaction
            }
        };
    }
}
