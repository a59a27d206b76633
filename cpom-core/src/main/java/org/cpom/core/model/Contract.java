package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_Contract header (a document). Partner ids are 0 when not set.
 *
 * @param arsBPartnerId         ARS_BPartner_ID
 * @param departementBPartnerId Departement_BPartner_ID
 * @param extended              IsExtended: the contract has a 6th year
 */
public record Contract(
        int id,
        int clientId,
        String documentNo,
        String name,
        String description,
        LegalBasis legalBasis,
        int managingBodyBPartnerId,
        int arsBPartnerId,
        int departementBPartnerId,
        LocalDate dateFrom,
        LocalDate dateTo,
        LocalDate dateSigned,
        boolean extended,
        BigDecimal totalAmt,
        int currencyId,
        String sharedDiagnosis,
        DocStatus docStatus) {

    /** Short label used to name the record in messages. */
    public String label() {
        if (documentNo != null && !documentNo.isBlank()) {
            return documentNo;
        }
        if (name != null && !name.isBlank()) {
            return name.length() > 60 ? name.substring(0, 60) + "…" : name;
        }
        return "#" + id;
    }

    /** True once signed (CO) or closed (CL): the header is then read-only. */
    public boolean isSigned() {
        return docStatus == DocStatus.COMPLETED || docStatus == DocStatus.CLOSED;
    }

    public Contract withDocStatus(DocStatus status) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt, currencyId,
                sharedDiagnosis, status);
    }

    public Contract withDateTo(LocalDate newDateTo) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, newDateTo, dateSigned, extended, totalAmt, currencyId,
                sharedDiagnosis, docStatus);
    }

    public Contract withTotalAmt(BigDecimal newTotalAmt) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, newTotalAmt, currencyId,
                sharedDiagnosis, docStatus);
    }

    public Contract withExtended(boolean newExtended) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, newExtended, totalAmt, currencyId,
                sharedDiagnosis, docStatus);
    }

    public Contract withPeriod(LocalDate newDateFrom, LocalDate newDateTo) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, newDateFrom, newDateTo, dateSigned, extended, totalAmt,
                currencyId, sharedDiagnosis, docStatus);
    }
}
