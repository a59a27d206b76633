package org.cpom.core.establishment;

/**
 * Answers of the lookups needed to save an establishment, typically gathered by one SQL query.
 *
 * @param establishmentWithSameFinessEg name of another establishment of the same client with the same FINESS_EG,
 *                                      null when none (EG is unique per client)
 * @param establishmentOnSameOrg        name of another establishment bound to the same AD_Org_ID, null when none
 * @param orgClientId                   AD_Client_ID of the establishment's AD_Org_ID (-1 when the org is unknown)
 */
public record EstablishmentFacts(String establishmentWithSameFinessEg, String establishmentOnSameOrg, int orgClientId) {

    /** Facts of a client with no conflicting record. */
    public static EstablishmentFacts none(int clientId) {
        return new EstablishmentFacts(null, null, clientId);
    }
}
