package org.cpom.core.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Axis;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.Review;
import org.cpom.core.rule.Coded;

/**
 * Column view of the domain records: iDempiere column name → value (ids as Integer, 0 meaning unset; dates as
 * LocalDate; list values as their stored code; Y/N columns as Boolean). Lets the iDempiere layer replay the
 * hostile catalogue through real POs and compare the database before and after.
 *
 * <p>The newer columns (CPOM_Contract.State_BPartner_ID, CPOM_BudgetLine.Payer,
 * CPOM_Amendment.IsProrogation) appear only when they carry a value the older columns do not already say, so a
 * database without them still replays every record built without them.
 */
public final class Columns {

    private Columns() {
    }

    /** Table name of a domain record. */
    public static String tableOf(Object record) {
        if (record instanceof Establishment) return "CPOM_Establishment";
        if (record instanceof Contract) return "CPOM_Contract";
        if (record instanceof PerimeterLine) return "CPOM_ContractEstablishment";
        if (record instanceof Axis) return "CPOM_Axis";
        if (record instanceof ActionSheet) return "CPOM_ActionSheet";
        if (record instanceof Indicator) return "CPOM_Indicator";
        if (record instanceof IndicatorValue) return "CPOM_IndicatorValue";
        if (record instanceof BudgetLine) return "CPOM_BudgetLine";
        if (record instanceof AccountGroupMapping) return "CPOM_AccountGroup";
        if (record instanceof Amendment) return "CPOM_Amendment";
        if (record instanceof Review) return "CPOM_Review";
        throw new IllegalArgumentException("Not a CPOM record: " + record);
    }

    /** Column → value map of a domain record (keys exactly as in docs/data-model.md). */
    public static Map<String, Object> of(Object record) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (record instanceof Establishment e) {
            put(m, "CPOM_Establishment_ID", e.id(), "AD_Client_ID", e.clientId(), "AD_Org_ID", e.orgId(),
                    "FINESS_EG", e.finessEG(), "FINESS_EJ", e.finessEJ(), "Name", e.name(), "Description",
                    e.description(), "CPOM_FinessCategory_ID", e.finessCategoryId(), "CapacityAuthorised",
                    e.capacityAuthorised(), "CapacityInstalled", e.capacityInstalled(), "OpeningDays", e.openingDays(),
                    "PublicServed", e.publicServed(), "Departement", e.departement(), "TariffAuthority",
                    e.tariffAuthority(), "CPOM_TariffMode_ID", e.tariffModeId(), "AuthorisationDate",
                    e.authorisationDate(), "AuthorisationEndDate", e.authorisationEndDate());
        } else if (record instanceof Contract c) {
            put(m, "CPOM_Contract_ID", c.id(), "AD_Client_ID", c.clientId(), "DocumentNo", c.documentNo(), "Name",
                    c.name(), "Description", c.description(), "LegalBasis", c.legalBasis(),
                    "ManagingBody_BPartner_ID", c.managingBodyBPartnerId(), "ARS_BPartner_ID", c.arsBPartnerId(),
                    "Departement_BPartner_ID", c.departementBPartnerId(), "DateFrom", c.dateFrom(), "DateTo",
                    c.dateTo(), "DateSigned", c.dateSigned(), "IsExtended", c.extended(), "TotalAmt", c.totalAmt(),
                    "C_Currency_ID", c.currencyId(), "SharedDiagnosis", c.sharedDiagnosis(), "DocStatus",
                    c.docStatus());
            if (c.stateBPartnerId() > 0) {
                m.put("State_BPartner_ID", c.stateBPartnerId()); // newer column: only when set, see class comment
            }
        } else if (record instanceof PerimeterLine p) {
            put(m, "CPOM_ContractEstablishment_ID", p.id(), "CPOM_Contract_ID", p.contractId(),
                    "CPOM_Establishment_ID", p.establishmentId(), "DateJoined", p.dateJoined(), "DateLeft",
                    p.dateLeft());
        } else if (record instanceof Axis a) {
            put(m, "CPOM_Axis_ID", a.id(), "CPOM_Contract_ID", a.contractId(), "SeqNo", a.seqNo(), "Name", a.name(),
                    "Description", a.description());
        } else if (record instanceof ActionSheet s) {
            put(m, "CPOM_ActionSheet_ID", s.id(), "CPOM_Contract_ID", s.contractId(), "CPOM_Axis_ID", s.axisId(),
                    "Value", s.value(), "Name", s.name(), "Objective", s.objective(), "Actions", s.actions(),
                    "AD_User_ID", s.pilotUserId(), "Partners", s.partners(), "StartDate", s.startDate(), "DueDate",
                    s.dueDate(), "ActionStatus", s.actionStatus(), "AbandonReason", s.abandonReason(), "Progress",
                    s.progress(), "MeansAmt", s.meansAmt(), "Priority", s.priority());
        } else if (record instanceof Indicator i) {
            put(m, "CPOM_Indicator_ID", i.id(), "CPOM_Contract_ID", i.contractId(), "CPOM_ActionSheet_ID",
                    i.actionSheetId(), "Name", i.name(), "Description", i.description(), "UnitName", i.unitName(),
                    "Direction", i.direction(), "BaselineValue", i.baselineValue(), "BaselineYear", i.baselineYear(),
                    "IndicatorSource", i.indicatorSource(), "IsActive", i.active());
        } else if (record instanceof IndicatorValue v) {
            put(m, "CPOM_IndicatorValue_ID", v.id(), "CPOM_Indicator_ID", v.indicatorId(), "FiscalYear",
                    v.fiscalYear(), "TargetValue", v.targetValue(), "ActualValue", v.actualValue(), "Comments",
                    v.comments());
        } else if (record instanceof BudgetLine l) {
            put(m, "CPOM_BudgetLine_ID", l.id(), "CPOM_Contract_ID", l.contractId(), "CPOM_Establishment_ID",
                    l.establishmentId(), "FiscalYear", l.fiscalYear(), "Funder", l.funder(), "FunctionalGroup",
                    l.functionalGroup(), "BudgetSection", l.budgetSection(), "Amount", l.amount(), "Description",
                    l.description());
            if (l.payer() != null && (l.funder() == null || l.payer() != l.funder().defaultPayer())) {
                m.put("Payer", l.payer().code()); // newer column: only when it says more than the funder
            }
        } else if (record instanceof AccountGroupMapping g) {
            put(m, "AccountPrefix", g.accountPrefix(), "FunctionalGroup", g.functionalGroup(), "Description",
                    g.description());
        } else if (record instanceof Amendment a) {
            put(m, "CPOM_Amendment_ID", a.id(), "CPOM_Contract_ID", a.contractId(), "AmendmentNo", a.amendmentNo(),
                    "DateDoc", a.dateDoc(), "Description", a.description(), "NewDateTo", a.newDateTo(), "AmtChange",
                    a.amtChange(), "Processed", a.processed(), "DateApplied", a.dateApplied(), "PrevDateTo",
                    a.prevDateTo(), "PrevTotalAmt", a.prevTotalAmt());
            if (a.prorogation()) {
                m.put("IsProrogation", true); // newer column: only when set
            }
        } else if (record instanceof Review r) {
            put(m, "CPOM_Review_ID", r.id(), "CPOM_Contract_ID", r.contractId(), "FiscalYear", r.fiscalYear(),
                    "ReviewKind", r.reviewKind(), "DateDoc", r.dateDoc(), "Conclusions", r.conclusions());
        } else {
            throw new IllegalArgumentException("Not a CPOM record: " + record);
        }
        return m;
    }

    private static void put(Map<String, Object> m, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof Coded c ? c.code() : v);
        }
    }
}
