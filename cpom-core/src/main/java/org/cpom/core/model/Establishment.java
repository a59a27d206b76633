package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_Establishment (an ESSMS). Ids are iDempiere record ids, 0 when not set / new record.
 *
 * @param id                  CPOM_Establishment_ID (0 for a new record)
 * @param clientId            AD_Client_ID
 * @param orgId               AD_Org_ID: the organisation keeping the establishment's books
 * @param finessEG            FINESS_EG (FINESS géographique, 9 characters)
 * @param finessEJ            FINESS_EJ (FINESS juridique of the managing body, 9 characters)
 * @param openingDays         OpeningDays, 0..366
 * @param departement         Departement code ("69", "2A", "974")
 */
public record Establishment(
        int id,
        int clientId,
        int orgId,
        String finessEG,
        String finessEJ,
        String name,
        String description,
        int finessCategoryId,
        BigDecimal capacityAuthorised,
        BigDecimal capacityInstalled,
        Integer openingDays,
        String publicServed,
        String departement,
        TariffAuthority tariffAuthority,
        int tariffModeId,
        LocalDate authorisationDate,
        LocalDate authorisationEndDate) {

    /** Short label used to name the record in messages. */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name.length() > 60 ? name.substring(0, 60) + "…" : name;
        }
        return finessEG == null || finessEG.isBlank() ? "n° " + id : finessEG;
    }
}
