package org.cpom.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * CPOM_Contract header (a document). Partner ids are 0 when not set.
 *
 * @param arsBPartnerId         ARS_BPartner_ID
 * @param departementBPartnerId Departement_BPartner_ID
 * @param extended              IsExtended: the contract has a 6th year
 * @param stateBPartnerId       State_BPartner_ID: the State (préfet) as a party, e.g. for a CHRS contract
 *                              (L313-11-2 CASF) or subsidised activities; 0 when not a party
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
        DocStatus docStatus,
        int stateBPartnerId) {

    /** A contract without the State as a party (the form used before State_BPartner_ID existed). */
    public Contract(int id, int clientId, String documentNo, String name, String description, LegalBasis legalBasis,
            int managingBodyBPartnerId, int arsBPartnerId, int departementBPartnerId, LocalDate dateFrom,
            LocalDate dateTo, LocalDate dateSigned, boolean extended, BigDecimal totalAmt, int currencyId,
            String sharedDiagnosis, DocStatus docStatus) {
        this(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId, arsBPartnerId,
                departementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt, currencyId, sharedDiagnosis,
                docStatus, 0);
    }

    /** True when the authority is a party to (a signatory of) the contract. */
    public boolean isParty(Authority authority) {
        return switch (authority) {
            case ARS -> arsBPartnerId > 0;
            case DEPARTEMENT -> departementBPartnerId > 0;
            case STATE -> stateBPartnerId > 0;
        };
    }

    /** Short label used to name the record in messages. */
    public String label() {
        if (documentNo != null && !documentNo.isBlank()) {
            return documentNo;
        }
        if (name != null && !name.isBlank()) {
            return name.length() > 60 ? name.substring(0, 60) + "…" : name;
        }
        return String.valueOf(id);
    }

    /** True once signed (CO) or closed (CL): the header is then read-only. */
    public boolean isSigned() {
        return docStatus == DocStatus.COMPLETED || docStatus == DocStatus.CLOSED;
    }

    public Contract withDocStatus(DocStatus status) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt, currencyId,
                sharedDiagnosis, status, stateBPartnerId);
    }

    public Contract withDateTo(LocalDate newDateTo) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, newDateTo, dateSigned, extended, totalAmt, currencyId,
                sharedDiagnosis, docStatus, stateBPartnerId);
    }

    public Contract withTotalAmt(BigDecimal newTotalAmt) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, newTotalAmt, currencyId,
                sharedDiagnosis, docStatus, stateBPartnerId);
    }

    public Contract withExtended(boolean newExtended) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, newExtended, totalAmt, currencyId,
                sharedDiagnosis, docStatus, stateBPartnerId);
    }

    public Contract withPeriod(LocalDate newDateFrom, LocalDate newDateTo) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, newDateFrom, newDateTo, dateSigned, extended, totalAmt,
                currencyId, sharedDiagnosis, docStatus, stateBPartnerId);
    }

    public Contract withLegalBasis(LegalBasis newLegalBasis) {
        return new Contract(id, clientId, documentNo, name, description, newLegalBasis, managingBodyBPartnerId,
                arsBPartnerId, departementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt, currencyId,
                sharedDiagnosis, docStatus, stateBPartnerId);
    }

    /** The same contract with other authority partners (0 = not a party). */
    public Contract withParties(int newArsBPartnerId, int newDepartementBPartnerId, int newStateBPartnerId) {
        return new Contract(id, clientId, documentNo, name, description, legalBasis, managingBodyBPartnerId,
                newArsBPartnerId, newDepartementBPartnerId, dateFrom, dateTo, dateSigned, extended, totalAmt,
                currencyId, sharedDiagnosis, docStatus, newStateBPartnerId);
    }
}
