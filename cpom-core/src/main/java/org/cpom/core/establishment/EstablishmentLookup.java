package org.cpom.core.establishment;

import java.util.Optional;

/**
 * Port answered by the persistence layer (one SQL query per save is enough: see {@link EstablishmentFacts}).
 * Rules stay in the core; only the lookups are delegated.
 */
public interface EstablishmentLookup {

    /**
     * Everything the save rules need about an establishment's neighbours.
     *
     * @param establishment the record being saved
     */
    EstablishmentFacts factsFor(org.cpom.core.model.Establishment establishment);

    /** Document number of a signed (CO/CL) contract whose perimeter holds the establishment, if any. */
    Optional<String> signedContractContaining(int establishmentId);
}
