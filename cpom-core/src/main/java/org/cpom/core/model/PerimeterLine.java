package org.cpom.core.model;

import java.time.LocalDate;

/** CPOM_ContractEstablishment: an establishment in a contract's perimeter. DateLeft is null while it stays. */
public record PerimeterLine(int id, int contractId, int establishmentId, LocalDate dateJoined, LocalDate dateLeft) {
}
