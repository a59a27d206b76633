package org.cpom.core.finance;

import org.cpom.core.model.Establishment;

/**
 * The part of an establishment the statements need: its id, the organisation that keeps its books (0 when none
 * is set) and a name for messages and outputs.
 */
public record EstablishmentRef(int establishmentId, int orgId, String name) {

    public static EstablishmentRef of(Establishment establishment) {
        return new EstablishmentRef(establishment.id(), establishment.orgId(), establishment.label());
    }

    /** True when an organisation keeps the establishment's books. */
    public boolean hasOrg() {
        return orgId > 0;
    }

    @Override
    public String toString() {
        return name == null || name.isBlank() ? "n° " + establishmentId : name;
    }
}
