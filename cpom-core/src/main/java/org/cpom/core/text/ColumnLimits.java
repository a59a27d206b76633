package org.cpom.core.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.i18n.MessageKeys;

/**
 * Maximum length of every CPOM text column, as in docs/data-model.md. "Description" without a length there is
 * the iDempiere standard VARCHAR(255). Key: {@code TableName.ColumnName}.
 */
public final class ColumnLimits {

    /** One text column and its maximum length in characters. */
    public record TextColumn(String table, String column, int maxLength) {
    }

    private static final List<TextColumn> COLUMNS = List.of(
            new TextColumn("CPOM_FinessCategory", "Value", 10),
            new TextColumn("CPOM_FinessCategory", "Name", 120),
            new TextColumn("CPOM_FinessCategory", "Description", 255),
            new TextColumn("CPOM_TariffMode", "Value", 10),
            new TextColumn("CPOM_TariffMode", "Name", 120),
            new TextColumn("CPOM_TariffMode", "Description", 255),
            new TextColumn("CPOM_Establishment", "FINESS_EG", 9),
            new TextColumn("CPOM_Establishment", "FINESS_EJ", 9),
            new TextColumn("CPOM_Establishment", "Name", 120),
            new TextColumn("CPOM_Establishment", "Description", 255),
            new TextColumn("CPOM_Establishment", "PublicServed", 255),
            new TextColumn("CPOM_Establishment", "Departement", 3),
            new TextColumn("CPOM_Contract", "DocumentNo", 30),
            new TextColumn("CPOM_Contract", "Name", 120),
            new TextColumn("CPOM_Contract", "Description", 255),
            new TextColumn("CPOM_Contract", "SharedDiagnosis", 4000),
            new TextColumn("CPOM_Axis", "Name", 255),
            new TextColumn("CPOM_Axis", "Description", 2000),
            new TextColumn("CPOM_ActionSheet", "Value", 40),
            new TextColumn("CPOM_ActionSheet", "Name", 255),
            new TextColumn("CPOM_ActionSheet", "Objective", 2000),
            new TextColumn("CPOM_ActionSheet", "Actions", 4000),
            new TextColumn("CPOM_ActionSheet", "Partners", 2000),
            new TextColumn("CPOM_ActionSheet", "AbandonReason", 2000),
            new TextColumn("CPOM_Indicator", "Name", 255),
            new TextColumn("CPOM_Indicator", "Description", 255),
            new TextColumn("CPOM_Indicator", "UnitName", 40),
            new TextColumn("CPOM_IndicatorValue", "Comments", 2000),
            new TextColumn("CPOM_BudgetLine", "Description", 255),
            new TextColumn("CPOM_AccountGroup", "AccountPrefix", 20),
            new TextColumn("CPOM_AccountGroup", "Description", 255),
            new TextColumn("CPOM_Amendment", "Description", 2000),
            new TextColumn("CPOM_Review", "Conclusions", 4000),
            new TextColumn("CPOM_Contract", "AlertLeadDays", 30),
            new TextColumn("CPOM_Investment", "Name", 120),
            new TextColumn("CPOM_Investment", "Description", 255),
            new TextColumn("CPOM_Activity", "Description", 255),
            new TextColumn("CPOM_Deadline", "Name", 255),
            new TextColumn("CPOM_Deadline", "LegalReference", 255),
            new TextColumn("CPOM_Deadline", "DeadlineKey", 60),
            new TextColumn("CPOM_Deadline", "Description", 2000));

    private static final Map<String, TextColumn> BY_KEY = index();

    private static final Map<String, String> RECORD_LABELS = Map.ofEntries(
            Map.entry("CPOM_FinessCategory", MessageKeys.RECORD_FINESS_CATEGORY),
            Map.entry("CPOM_TariffMode", MessageKeys.RECORD_TARIFF_MODE),
            Map.entry("CPOM_Establishment", MessageKeys.RECORD_ESTABLISHMENT),
            Map.entry("CPOM_Contract", MessageKeys.RECORD_CONTRACT),
            Map.entry("CPOM_ContractEstablishment", MessageKeys.RECORD_PERIMETER),
            Map.entry("CPOM_Axis", MessageKeys.RECORD_AXIS),
            Map.entry("CPOM_ActionSheet", MessageKeys.RECORD_ACTION_SHEET),
            Map.entry("CPOM_Indicator", MessageKeys.RECORD_INDICATOR),
            Map.entry("CPOM_IndicatorValue", MessageKeys.RECORD_INDICATOR_VALUE),
            Map.entry("CPOM_BudgetLine", MessageKeys.RECORD_BUDGET_LINE),
            Map.entry("CPOM_AccountGroup", MessageKeys.RECORD_ACCOUNT_GROUP),
            Map.entry("CPOM_Amendment", MessageKeys.RECORD_AMENDMENT),
            Map.entry("CPOM_Review", MessageKeys.RECORD_REVIEW),
            Map.entry("CPOM_Investment", MessageKeys.RECORD_INVESTMENT),
            Map.entry("CPOM_Activity", MessageKeys.RECORD_ACTIVITY),
            Map.entry("CPOM_Deadline", MessageKeys.RECORD_DEADLINE),
            Map.entry("CPOM_DeadlineAlert", MessageKeys.RECORD_DEADLINE_ALERT));

    private ColumnLimits() {
    }

    private static Map<String, TextColumn> index() {
        Map<String, TextColumn> map = new LinkedHashMap<>();
        for (TextColumn c : COLUMNS) {
            map.put(c.table() + "." + c.column(), c);
        }
        return Map.copyOf(map);
    }

    /** All text columns with their limits, in data-model order. */
    public static List<TextColumn> all() {
        return COLUMNS;
    }

    /** Maximum length of a text column, or -1 when the column is not a CPOM text column. */
    public static int maxLength(String table, String column) {
        TextColumn c = BY_KEY.get(table + "." + column);
        return c == null ? -1 : c.maxLength();
    }

    /** Message key naming the record type of a table (e.g. CPOM_RecordContract). */
    public static String recordTypeKey(String table) {
        String key = RECORD_LABELS.get(table);
        if (key == null) {
            throw new IllegalArgumentException("Not a CPOM table: " + table);
        }
        return key;
    }

    public static Set<String> tables() {
        return RECORD_LABELS.keySet();
    }
}
