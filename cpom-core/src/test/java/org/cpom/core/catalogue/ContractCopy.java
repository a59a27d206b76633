package org.cpom.core.catalogue;

import org.cpom.core.model.Contract;

/** Mutable copy of a {@link Contract} used to build one hostile variant; never shared. */
final class ContractCopy {
    int id;
    int clientId;
    String documentNo;
    String name;
    String description;
    org.cpom.core.model.LegalBasis legalBasis;
    int managingBodyBPartnerId;
    int arsBPartnerId;
    int departementBPartnerId;
    java.time.LocalDate dateFrom;
    java.time.LocalDate dateTo;
    java.time.LocalDate dateSigned;
    boolean extended;
    java.math.BigDecimal totalAmt;
    int currencyId;
    String sharedDiagnosis;
    org.cpom.core.model.DocStatus docStatus;

    ContractCopy(Contract r) {
        id = r.id();
        clientId = r.clientId();
        documentNo = r.documentNo();
        name = r.name();
        description = r.description();
        legalBasis = r.legalBasis();
        managingBodyBPartnerId = r.managingBodyBPartnerId();
        arsBPartnerId = r.arsBPartnerId();
        departementBPartnerId = r.departementBPartnerId();
        dateFrom = r.dateFrom();
        dateTo = r.dateTo();
        dateSigned = r.dateSigned();
        extended = r.extended();
        totalAmt = r.totalAmt();
        currencyId = r.currencyId();
        sharedDiagnosis = r.sharedDiagnosis();
        docStatus = r.docStatus();
    }

    Contract build() {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId, arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt, currencyId, sharedDiagnosis, docStatus);
    }
}
