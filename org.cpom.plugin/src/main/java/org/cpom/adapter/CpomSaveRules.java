package org.cpom.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every CPOM table's rule set, by table name (immutable). */
public final class CpomSaveRules {

    private static final List<SaveRules<?>> ALL = List.of(new EstablishmentSaveRules(), new ContractSaveRules(),
            new PerimeterSaveRules(), new AxisSaveRules(), new ActionSheetSaveRules(),
            new ActionSheetEstablishmentSaveRules(), new IndicatorSaveRules(), new IndicatorValueSaveRules(),
            new BudgetLineSaveRules(), new AccountGroupSaveRules(), new AmendmentSaveRules(), new ReviewSaveRules(),
            new InvestmentSaveRules(), new ActivitySaveRules(), new DeadlineSaveRules(), new DeadlineAlertSaveRules());

    private static final Map<String, SaveRules<?>> BY_TABLE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.tableName().toLowerCase(java.util.Locale.ROOT),
                    Function.identity()));

    private CpomSaveRules() {
    }

    public static List<SaveRules<?>> all() {
        return ALL;
    }

    public static Optional<SaveRules<?>> forTable(String tableName) {
        return tableName == null ? Optional.empty()
                : Optional.ofNullable(BY_TABLE.get(tableName.toLowerCase(java.util.Locale.ROOT)));
    }
}
