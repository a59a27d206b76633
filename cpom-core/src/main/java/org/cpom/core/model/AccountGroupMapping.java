package org.cpom.core.model;

/** CPOM_AccountGroup: accounts whose value starts with {@code accountPrefix} belong to {@code functionalGroup}. */
public record AccountGroupMapping(String accountPrefix, FunctionalGroup functionalGroup, String description) {
}
