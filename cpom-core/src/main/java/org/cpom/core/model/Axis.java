package org.cpom.core.model;

/** CPOM_Axis: a strategic axis of a contract. */
public record Axis(int id, int contractId, int seqNo, String name, String description) {
}
