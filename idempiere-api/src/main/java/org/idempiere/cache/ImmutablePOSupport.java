package org.idempiere.cache;

public interface ImmutablePOSupport {
}
