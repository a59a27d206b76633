package org.cpom.core.finance;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.budget.BudgetVariance;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;

/**
 * The compte de résultat réalisé of one establishment, of the consolidated perimeter, or of the postings of
 * organisations that are no establishment of the perimeter: the actual amounts by section × group, the forecast
 * (budget/EPRD) amounts of the same year, and the accounts behind them for the drill-down.
 *
 * <p>Each comparison is a {@link BudgetVariance}: {@code budget} = prévu, {@code actual} = réalisé,
 * {@code variance} = réalisé − prévu, {@code percentConsumed} = taux d'atteinte (réalisé ÷ prévu × 100, 2 decimals,
 * null when prévu is zero).
 *
 * @param kind          which scope this part is
 * @param establishment the establishment, null for the consolidated and the unassigned parts
 * @param actual        réalisé by section × group
 * @param forecast      prévu by section × group (sum of the budget lines of the year, all payers)
 * @param detail        the mapped ledger rows behind {@code actual} (account, group, section, debit, credit)
 */
public record ErrdPart(Kind kind, EstablishmentRef establishment, GroupTotals actual, GroupTotals forecast,
        List<LedgerBalance> detail) {

    public enum Kind {
        ESTABLISHMENT, CONSOLIDATED, UNASSIGNED
    }

    public ErrdPart {
        detail = List.copyOf(detail);
    }

    /** Prévu and réalisé of a group, all sections. */
    public BudgetVariance group(FunctionalGroup group) {
        return BudgetVariance.of(forecast.group(group), actual.group(group));
    }

    /** Prévu and réalisé of a group in one section. */
    public BudgetVariance group(BudgetSection section, FunctionalGroup group) {
        return BudgetVariance.of(forecast.group(section, group), actual.group(section, group));
    }

    public BudgetVariance charges() {
        return BudgetVariance.of(forecast.charges(), actual.charges());
    }

    public BudgetVariance income() {
        return BudgetVariance.of(forecast.income(), actual.income());
    }

    /** Résultat = produits − charges, prévu and réalisé. */
    public BudgetVariance result() {
        return BudgetVariance.of(forecast.result(), actual.result());
    }

    public BudgetVariance charges(BudgetSection section) {
        return BudgetVariance.of(forecast.charges(section), actual.charges(section));
    }

    public BudgetVariance income(BudgetSection section) {
        return BudgetVariance.of(forecast.income(section), actual.income(section));
    }

    public BudgetVariance result(BudgetSection section) {
        return BudgetVariance.of(forecast.result(section), actual.result(section));
    }

    /** Sections with an actual or a forecast amount, in the enum order (MAIN first). */
    public Set<BudgetSection> sections() {
        Set<BudgetSection> s = EnumSet.noneOf(BudgetSection.class);
        s.addAll(actual.sections());
        s.addAll(forecast.sections());
        return s;
    }

    /** The accounts behind one figure: the rows of a section × group (section null = every section). */
    public List<LedgerBalance> detail(BudgetSection section, FunctionalGroup group) {
        return detail.stream()
                .filter(r -> r.group() == group && (section == null || r.sectionOrMain() == section))
                .toList();
    }

    /** The establishment id, 0 for the consolidated and unassigned parts. */
    public int establishmentId() {
        return establishment == null ? 0 : establishment.establishmentId();
    }
}
