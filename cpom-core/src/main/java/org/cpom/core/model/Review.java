package org.cpom.core.model;

import java.time.LocalDate;

/** CPOM_Review (dialogue de gestion). */
public record Review(int id, int contractId, int fiscalYear, ReviewKind reviewKind, LocalDate dateDoc,
        String conclusions) {
}
