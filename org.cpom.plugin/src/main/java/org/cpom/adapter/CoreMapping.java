package org.cpom.adapter;

import static org.cpom.adapter.Dates.toLocalDate;

import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Axis;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Direction;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Funder;
import org.cpom.core.model.Payer;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.Priority;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.Coded;
import org.cpom.model.I_CPOM_ActionSheet;
import org.cpom.model.I_CPOM_Amendment;
import org.cpom.model.I_CPOM_Axis;
import org.cpom.model.I_CPOM_BudgetLine;
import org.cpom.model.I_CPOM_Contract;
import org.cpom.model.I_CPOM_ContractEstablishment;
import org.cpom.model.I_CPOM_Establishment;
import org.cpom.model.I_CPOM_Indicator;
import org.cpom.model.I_CPOM_IndicatorValue;
import org.cpom.model.I_CPOM_Review;

/**
 * Reads iDempiere records through their generated I_ interfaces into the core's value types. Unknown list codes
 * (a corrupt or hostile value the UI would never offer) are reported through {@link ListCodes} instead of
 * throwing, so the save is vetoed with a message rather than failing with an exception.
 */
public final class CoreMapping {

    private CoreMapping() {
    }

    public static Establishment establishment(I_CPOM_Establishment r, ListCodes codes) {
        return new Establishment(r.getCPOM_Establishment_ID(), r.getAD_Client_ID(), r.getAD_Org_ID(),
                r.getFINESS_EG(), r.getFINESS_EJ(), r.getName(), r.getDescription(), r.getCPOM_FinessCategory_ID(),
                OptionalNumbers.decimal(r, I_CPOM_Establishment.COLUMNNAME_CapacityAuthorised),
                OptionalNumbers.decimal(r, I_CPOM_Establishment.COLUMNNAME_CapacityInstalled), r.getOpeningDays(),
                r.getPublicServed(),
                r.getDepartement(),
                codes.decode(TariffAuthority.class, I_CPOM_Establishment.COLUMNNAME_TariffAuthority,
                        r.getTariffAuthority()),
                r.getCPOM_TariffMode_ID(), toLocalDate(r.getAuthorisationDate()),
                toLocalDate(r.getAuthorisationEndDate()));
    }

    public static Contract contract(I_CPOM_Contract r, ListCodes codes) {
        return new Contract(r.getCPOM_Contract_ID(), r.getAD_Client_ID(), r.getDocumentNo(), r.getName(),
                r.getDescription(),
                codes.decode(LegalBasis.class, I_CPOM_Contract.COLUMNNAME_LegalBasis, r.getLegalBasis()),
                r.getManagingBody_BPartner_ID(), r.getARS_BPartner_ID(), r.getDepartement_BPartner_ID(),
                toLocalDate(r.getDateFrom()), toLocalDate(r.getDateTo()), toLocalDate(r.getDateSigned()),
                r.isExtended(), r.getTotalAmt(), r.getC_Currency_ID(), r.getSharedDiagnosis(),
                codes.decode(DocStatus.class, I_CPOM_Contract.COLUMNNAME_DocStatus, r.getDocStatus()),
                r.getState_BPartner_ID());
    }

    public static PerimeterLine perimeterLine(I_CPOM_ContractEstablishment r) {
        return new PerimeterLine(r.getCPOM_ContractEstablishment_ID(), r.getCPOM_Contract_ID(),
                r.getCPOM_Establishment_ID(), toLocalDate(r.getDateJoined()), toLocalDate(r.getDateLeft()));
    }

    public static Axis axis(I_CPOM_Axis r) {
        return new Axis(r.getCPOM_Axis_ID(), r.getCPOM_Contract_ID(), r.getSeqNo(), r.getName(), r.getDescription());
    }

    public static ActionSheet actionSheet(I_CPOM_ActionSheet r, ListCodes codes) {
        return new ActionSheet(r.getCPOM_ActionSheet_ID(), r.getCPOM_Contract_ID(), r.getCPOM_Axis_ID(),
                r.getValue(), r.getName(), r.getObjective(), r.getActions(), r.getAD_User_ID(), r.getPartners(),
                toLocalDate(r.getStartDate()), toLocalDate(r.getDueDate()),
                codes.decode(ActionStatus.class, I_CPOM_ActionSheet.COLUMNNAME_ActionStatus, r.getActionStatus()),
                r.getAbandonReason(), r.getProgress(), r.getMeansAmt(),
                codes.decode(Priority.class, I_CPOM_ActionSheet.COLUMNNAME_Priority, r.getPriority()));
    }

    public static Indicator indicator(I_CPOM_Indicator r, ListCodes codes) {
        int baselineYear = r.getBaselineYear();
        return new Indicator(r.getCPOM_Indicator_ID(), r.getCPOM_Contract_ID(), r.getCPOM_ActionSheet_ID(),
                r.getName(), r.getDescription(), r.getUnitName(),
                codes.decode(Direction.class, I_CPOM_Indicator.COLUMNNAME_Direction, r.getDirection()),
                OptionalNumbers.decimal(r, I_CPOM_Indicator.COLUMNNAME_BaselineValue),
                baselineYear == 0 ? null : baselineYear,
                codes.decode(IndicatorSource.class, I_CPOM_Indicator.COLUMNNAME_IndicatorSource,
                        r.getIndicatorSource()),
                r.isActive());
    }

    public static IndicatorValue indicatorValue(I_CPOM_IndicatorValue r) {
        return new IndicatorValue(r.getCPOM_IndicatorValue_ID(), r.getCPOM_Indicator_ID(), r.getFiscalYear(),
                OptionalNumbers.decimal(r, I_CPOM_IndicatorValue.COLUMNNAME_TargetValue),
                OptionalNumbers.decimal(r, I_CPOM_IndicatorValue.COLUMNNAME_ActualValue), r.getComments());
    }

    /**
     * The line as stored: Payer and Funder both read (the model derives Funder from Payer before the rules run,
     * {@link BudgetLinePayer}); a row without Payer reads as its funder's default payer.
     */
    public static BudgetLine budgetLine(I_CPOM_BudgetLine r, ListCodes codes) {
        String payer = r.getPayer();
        return new BudgetLine(r.getCPOM_BudgetLine_ID(), r.getCPOM_Contract_ID(), r.getCPOM_Establishment_ID(),
                r.getFiscalYear(), codes.decode(Funder.class, I_CPOM_BudgetLine.COLUMNNAME_Funder, r.getFunder()),
                codes.decode(FunctionalGroup.class, I_CPOM_BudgetLine.COLUMNNAME_FunctionalGroup,
                        r.getFunctionalGroup()),
                codes.decode(BudgetSection.class, I_CPOM_BudgetLine.COLUMNNAME_BudgetSection, r.getBudgetSection()),
                OptionalNumbers.decimal(r, I_CPOM_BudgetLine.COLUMNNAME_Amount), r.getDescription(),
                payer == null || payer.isEmpty() ? null
                        : codes.decode(Payer.class, I_CPOM_BudgetLine.COLUMNNAME_Payer, payer));
    }

    public static Amendment amendment(I_CPOM_Amendment r) {
        return new Amendment(r.getCPOM_Amendment_ID(), r.getCPOM_Contract_ID(), r.getAmendmentNo(),
                toLocalDate(r.getDateDoc()), r.getDescription(), toLocalDate(r.getNewDateTo()), r.getAmtChange(),
                r.isProcessed(), toLocalDate(r.getDateApplied()), toLocalDate(r.getPrevDateTo()),
                r.getPrevTotalAmt(), r.isProrogation());
    }

    public static Review review(I_CPOM_Review r, ListCodes codes) {
        return new Review(r.getCPOM_Review_ID(), r.getCPOM_Contract_ID(), r.getFiscalYear(),
                codes.decode(ReviewKind.class, I_CPOM_Review.COLUMNNAME_ReviewKind, r.getReviewKind()),
                toLocalDate(r.getDateDoc()), r.getConclusions());
    }

    /** Decodes a stored list code; null for an unknown code. Used where the caller has no ListCodes at hand. */
    public static <E extends Enum<E> & Coded> E decodeOrNull(Class<E> type, String code) {
        try {
            return Coded.fromCode(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
