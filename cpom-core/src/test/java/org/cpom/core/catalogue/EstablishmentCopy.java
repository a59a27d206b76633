package org.cpom.core.catalogue;

import org.cpom.core.model.Establishment;

/** Mutable copy of a {@link Establishment} used to build one hostile variant; never shared. */
final class EstablishmentCopy {
    int id;
    int clientId;
    int orgId;
    String finessEG;
    String finessEJ;
    String name;
    String description;
    int finessCategoryId;
    java.math.BigDecimal capacityAuthorised;
    java.math.BigDecimal capacityInstalled;
    Integer openingDays;
    String publicServed;
    String departement;
    org.cpom.core.model.TariffAuthority tariffAuthority;
    int tariffModeId;
    java.time.LocalDate authorisationDate;
    java.time.LocalDate authorisationEndDate;

    EstablishmentCopy(Establishment r) {
        id = r.id();
        clientId = r.clientId();
        orgId = r.orgId();
        finessEG = r.finessEG();
        finessEJ = r.finessEJ();
        name = r.name();
        description = r.description();
        finessCategoryId = r.finessCategoryId();
        capacityAuthorised = r.capacityAuthorised();
        capacityInstalled = r.capacityInstalled();
        openingDays = r.openingDays();
        publicServed = r.publicServed();
        departement = r.departement();
        tariffAuthority = r.tariffAuthority();
        tariffModeId = r.tariffModeId();
        authorisationDate = r.authorisationDate();
        authorisationEndDate = r.authorisationEndDate();
    }

    Establishment build() {
        return new Establishment(id, clientId, orgId, finessEG, finessEJ, name, description, finessCategoryId, capacityAuthorised, capacityInstalled, openingDays, publicServed, departement, tariffAuthority, tariffModeId, authorisationDate, authorisationEndDate);
    }
}
