package org.cpom.component;

import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.function.Supplier;

import org.compiere.model.PO;
import org.compiere.process.ProcessCall;
import org.cpom.model.MCpomAccountGroup;
import org.cpom.model.MCpomActivity;
import org.cpom.model.MCpomDeadline;
import org.cpom.model.MCpomDeadlineAlert;
import org.cpom.model.MCpomInvestment;
import org.cpom.model.MCpomActionSheet;
import org.cpom.model.MCpomActionSheetEstablishment;
import org.cpom.model.MCpomAmendment;
import org.cpom.model.MCpomAxis;
import org.cpom.model.MCpomBudgetLine;
import org.cpom.model.MCpomContract;
import org.cpom.model.MCpomContractEstablishment;
import org.cpom.model.MCpomEstablishment;
import org.cpom.model.MCpomFinessCategory;
import org.cpom.model.MCpomIndicator;
import org.cpom.model.MCpomIndicatorValue;
import org.cpom.model.MCpomReview;
import org.cpom.model.MCpomTariffMode;
import org.cpom.process.ApplyAmendment;
import org.cpom.process.ComputeIndicators;
import org.cpom.process.FlagLateActionSheets;
import org.cpom.process.GenerateBudgetYears;
import org.cpom.process.GenerateDeadlines;
import org.cpom.process.ImportActivity;
import org.cpom.process.ImportContractWorkbook;
import org.cpom.process.LoadFinessCategories;
import org.cpom.process.PreFilingCheck;
import org.cpom.process.RenewContract;
import org.cpom.process.SendDeadlineAlerts;

/**
 * The plugin's model classes (one M class per CPOM table, named MCpom + table name without the CPOM_ prefix) and
 * process classes, as immutable maps the DS factories answer from. Constructor references, so no reflection.
 */
public final class CpomRegistry {

    /** How to build the M class of one table. */
    public record Model(Class<? extends PO> type, ById byId, ByUU byUU, ByResultSet byResultSet) {
    }

    @FunctionalInterface
    public interface ById {
        PO create(Properties ctx, int id, String trxName);
    }

    @FunctionalInterface
    public interface ByUU {
        PO create(Properties ctx, String uu, String trxName);
    }

    @FunctionalInterface
    public interface ByResultSet {
        PO create(Properties ctx, ResultSet rs, String trxName);
    }

    /** AD_Table.TableName → model. */
    public static final Map<String, Model> MODELS = Map.ofEntries(
            Map.entry("CPOM_Establishment", new Model(MCpomEstablishment.class, MCpomEstablishment::new,
                    MCpomEstablishment::new, MCpomEstablishment::new)),
            Map.entry("CPOM_Contract", new Model(MCpomContract.class, MCpomContract::new, MCpomContract::new,
                    MCpomContract::new)),
            Map.entry("CPOM_ContractEstablishment", new Model(MCpomContractEstablishment.class,
                    MCpomContractEstablishment::new, MCpomContractEstablishment::new,
                    MCpomContractEstablishment::new)),
            Map.entry("CPOM_Axis", new Model(MCpomAxis.class, MCpomAxis::new, MCpomAxis::new, MCpomAxis::new)),
            Map.entry("CPOM_ActionSheet", new Model(MCpomActionSheet.class, MCpomActionSheet::new,
                    MCpomActionSheet::new, MCpomActionSheet::new)),
            Map.entry("CPOM_ActionSheetEstablishment", new Model(MCpomActionSheetEstablishment.class,
                    MCpomActionSheetEstablishment::new, MCpomActionSheetEstablishment::new,
                    MCpomActionSheetEstablishment::new)),
            Map.entry("CPOM_Indicator", new Model(MCpomIndicator.class, MCpomIndicator::new, MCpomIndicator::new,
                    MCpomIndicator::new)),
            Map.entry("CPOM_IndicatorValue", new Model(MCpomIndicatorValue.class, MCpomIndicatorValue::new,
                    MCpomIndicatorValue::new, MCpomIndicatorValue::new)),
            Map.entry("CPOM_BudgetLine", new Model(MCpomBudgetLine.class, MCpomBudgetLine::new, MCpomBudgetLine::new,
                    MCpomBudgetLine::new)),
            Map.entry("CPOM_AccountGroup", new Model(MCpomAccountGroup.class, MCpomAccountGroup::new,
                    MCpomAccountGroup::new, MCpomAccountGroup::new)),
            Map.entry("CPOM_Amendment", new Model(MCpomAmendment.class, MCpomAmendment::new, MCpomAmendment::new,
                    MCpomAmendment::new)),
            Map.entry("CPOM_Review", new Model(MCpomReview.class, MCpomReview::new, MCpomReview::new,
                    MCpomReview::new)),
            Map.entry("CPOM_FinessCategory", new Model(MCpomFinessCategory.class, MCpomFinessCategory::new,
                    MCpomFinessCategory::new, MCpomFinessCategory::new)),
            Map.entry("CPOM_TariffMode", new Model(MCpomTariffMode.class, MCpomTariffMode::new, MCpomTariffMode::new,
                    MCpomTariffMode::new)),
            Map.entry("CPOM_Investment", new Model(MCpomInvestment.class, MCpomInvestment::new,
                    MCpomInvestment::new, MCpomInvestment::new)),
            Map.entry("CPOM_Activity", new Model(MCpomActivity.class, MCpomActivity::new, MCpomActivity::new,
                    MCpomActivity::new)),
            Map.entry("CPOM_Deadline", new Model(MCpomDeadline.class, MCpomDeadline::new, MCpomDeadline::new,
                    MCpomDeadline::new)),
            Map.entry("CPOM_DeadlineAlert", new Model(MCpomDeadlineAlert.class, MCpomDeadlineAlert::new,
                    MCpomDeadlineAlert::new, MCpomDeadlineAlert::new)));

    /** AD_Process.Classname → new instance. */
    public static final Map<String, Supplier<ProcessCall>> PROCESSES = Map.ofEntries(
            Map.entry(GenerateBudgetYears.class.getName(), GenerateBudgetYears::new),
            Map.entry(ApplyAmendment.class.getName(), ApplyAmendment::new),
            Map.entry(RenewContract.class.getName(), RenewContract::new),
            Map.entry(FlagLateActionSheets.class.getName(), FlagLateActionSheets::new),
            Map.entry(LoadFinessCategories.class.getName(), LoadFinessCategories::new),
            Map.entry(ImportContractWorkbook.class.getName(), ImportContractWorkbook::new),
            Map.entry(ComputeIndicators.class.getName(), ComputeIndicators::new),
            Map.entry(PreFilingCheck.class.getName(), PreFilingCheck::new),
            Map.entry(GenerateDeadlines.class.getName(), GenerateDeadlines::new),
            Map.entry(SendDeadlineAlerts.class.getName(), SendDeadlineAlerts::new),
            Map.entry(ImportActivity.class.getName(), ImportActivity::new));

    private CpomRegistry() {
    }

    /** The model of a table, case-insensitive as iDempiere table names are; null when not a CPOM table. */
    public static Model model(String tableName) {
        if (tableName == null) {
            return null;
        }
        for (Map.Entry<String, Model> e : MODELS.entrySet()) {
            if (e.getKey().equalsIgnoreCase(tableName)) {
                return e.getValue();
            }
        }
        return null;
    }
}
