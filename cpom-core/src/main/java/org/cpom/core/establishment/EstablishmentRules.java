package org.cpom.core.establishment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cpom.core.finess.Finess;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Establishment;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;

/** Rules of CPOM_Establishment. */
public final class EstablishmentRules {

    static final String TABLE = "CPOM_Establishment";

    /** 01–19, 21–95, 2A, 2B, 971–976. */
    private static final Pattern DEPARTEMENT = Pattern.compile("0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6]");

    private EstablishmentRules() {
    }

    /** Rules that need no lookup: FINESS, texts, capacities, dates, département. */
    public static ValidationResult validate(Establishment e) {
        ValidationResult.Builder b = ValidationResult.builder();
        String label = e.label();
        b.add(TextRules.checkLength(TABLE, "Name", e.name(), label));
        b.add(TextRules.checkLength(TABLE, "Description", e.description(), label));
        b.add(TextRules.checkLength(TABLE, "PublicServed", e.publicServed(), label));
        b.add(TextRules.checkMandatory(TABLE, "Name", e.name(), label));
        ValidationResult eg = Finess.validate(e.finessEG(), "FINESS_EG", label);
        ValidationResult ej = Finess.validate(e.finessEJ(), "FINESS_EJ", label);
        b.add(eg).add(ej);
        if (eg.isValid() && ej.isValid() && e.finessEG().equals(e.finessEJ())) {
            b.add(MessageKeys.FINESS_EG_EQUALS_EJ, "FINESS_EG", label, e.finessEG());
        }
        b.add(checkCapacity(label, "CapacityAuthorised", e.capacityAuthorised()));
        b.add(checkCapacity(label, "CapacityInstalled", e.capacityInstalled()));
        if (e.capacityAuthorised() != null && e.capacityInstalled() != null
                && e.capacityInstalled().compareTo(e.capacityAuthorised()) > 0) {
            b.add(MessageKeys.ESTABLISHMENT_INSTALLED_ABOVE_AUTHORISED, "CapacityInstalled", label,
                    e.capacityInstalled(), e.capacityAuthorised());
        }
        if (e.openingDays() != null && (e.openingDays() < 0 || e.openingDays() > 366)) {
            b.add(MessageKeys.ESTABLISHMENT_OPENING_DAYS, "OpeningDays", label, e.openingDays());
        }
        if (e.authorisationDate() != null && e.authorisationEndDate() != null
                && !e.authorisationEndDate().isAfter(e.authorisationDate())) {
            b.add(MessageKeys.ESTABLISHMENT_AUTHORISATION_END_BEFORE_START, "AuthorisationEndDate", label,
                    e.authorisationDate(), e.authorisationEndDate());
        }
        b.add(checkDepartement(e));
        return b.build();
    }

    private static ValidationResult checkCapacity(String label, String column, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            return ValidationResult.of(MessageKeys.ESTABLISHMENT_CAPACITY_NEGATIVE, column, label, Label.field(column),
                    value);
        }
        return ValidationResult.ok();
    }

    /** Département must be a real code and agree with the FINESS EG prefix (where the site is). */
    public static ValidationResult checkDepartement(Establishment e) {
        String dep = e.departement();
        if (dep == null || dep.isEmpty()) {
            return ValidationResult.ok();
        }
        if (dep.length() > 3 || !DEPARTEMENT.matcher(dep).matches()) {
            return ValidationResult.of(MessageKeys.ESTABLISHMENT_DEPARTEMENT_INVALID, "Departement", e.label(),
                    TextRules.shorten(dep));
        }
        if (Finess.isValid(e.finessEG())) {
            String fromFiness = Finess.departementOf(e.finessEG());
            if (!dep.equals(fromFiness)) {
                return ValidationResult.of(MessageKeys.ESTABLISHMENT_DEPARTEMENT_MISMATCH, "Departement", e.label(),
                        dep, e.finessEG(), fromFiness);
            }
        }
        return ValidationResult.ok();
    }

    /** Département code deduced from the FINESS EG, to default the Departement field; null when not valid. */
    public static String defaultDepartement(String finessEG) {
        return Finess.isValid(finessEG) ? Finess.departementOf(finessEG) : null;
    }

    /**
     * Rules answered by lookups: FINESS EG unique per client, one establishment per organisation, organisation
     * of the same client and not "*" (AD_Org_ID 0).
     */
    public static ValidationResult validate(Establishment e, EstablishmentFacts facts) {
        ValidationResult.Builder b = ValidationResult.builder();
        b.add(validate(e));
        String label = e.label();
        if (facts.establishmentWithSameFinessEg() != null) {
            b.add(MessageKeys.FINESS_EG_DUPLICATE, "FINESS_EG", label, e.finessEG(),
                    TextRules.shorten(facts.establishmentWithSameFinessEg()));
        }
        if (e.orgId() <= 0) {
            b.add(MessageKeys.ESTABLISHMENT_ORG_REQUIRED, "AD_Org_ID", label);
        } else {
            if (facts.orgClientId() != e.clientId()) {
                b.add(MessageKeys.ESTABLISHMENT_ORG_OTHER_CLIENT, "AD_Org_ID", label);
            }
            if (facts.establishmentOnSameOrg() != null) {
                b.add(MessageKeys.ESTABLISHMENT_ORG_TAKEN, "AD_Org_ID", label,
                        TextRules.shorten(facts.establishmentOnSameOrg()));
            }
        }
        return b.build();
    }

    /** Convenience: asks the port, then validates. */
    public static ValidationResult validate(Establishment e, EstablishmentLookup lookup) {
        return validate(e, lookup.factsFor(e));
    }

    /** An establishment in the perimeter of a signed contract cannot be deleted. */
    public static ValidationResult checkDelete(Establishment e, Optional<String> signedContractDocumentNo) {
        return signedContractDocumentNo
                .map(doc -> ValidationResult.of(MessageKeys.ESTABLISHMENT_IN_SIGNED_CONTRACT, null, e.label(), doc))
                .orElse(ValidationResult.ok());
    }

    public static ValidationResult checkDelete(Establishment e, EstablishmentLookup lookup) {
        return checkDelete(e, lookup.signedContractContaining(e.id()));
    }
}
