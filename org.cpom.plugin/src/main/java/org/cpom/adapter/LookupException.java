package org.cpom.adapter;

import java.sql.SQLException;

/** A lookup failed in the database; carried through the core's ports, which do not declare SQLException. */
public final class LookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LookupException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
