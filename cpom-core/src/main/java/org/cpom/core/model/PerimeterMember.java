package org.cpom.core.model;

import java.time.LocalDate;

/**
 * An establishment of a contract's perimeter with what the contract-kind and coverage rules need: its name (for
 * messages), its TRE_R66 FINESS category code (CPOM_FinessCategory.Value, e.g. "500" for an EHPAD; null when
 * unknown), its tariff authority and its membership dates (null DateJoined = from the contract start, null
 * DateLeft = to the contract end).
 */
public record PerimeterMember(int establishmentId, String name, String finessCategory,
        TariffAuthority tariffAuthority, LocalDate dateJoined, LocalDate dateLeft) {

    /** Name for messages (the establishment's name; never an internal id when the adapter gave the name). */
    public String label() {
        return name == null || name.isBlank() ? String.valueOf(establishmentId) : name.strip();
    }

    /** The kind of ESMS its category says. */
    public EsmsCategory.Family family() {
        return EsmsCategory.familyOf(finessCategory);
    }
}
