package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.FunctionalGroup;

/**
 * Amounts of a compte de résultat by budget section × functional group (immutable). Charges and produits are both
 * positive in their own group (charges = debit − credit, produits = credit − debit); résultat = produits − charges.
 */
public final class GroupTotals {

    private final Map<BudgetSection, Map<FunctionalGroup, BigDecimal>> amounts;

    private GroupTotals(Map<BudgetSection, Map<FunctionalGroup, BigDecimal>> amounts) {
        this.amounts = amounts;
    }

    public static final GroupTotals EMPTY = new GroupTotals(Map.of());

    /** Accumulates amounts; {@link #build()} freezes them. */
    public static final class Builder {
        private final Map<BudgetSection, Map<FunctionalGroup, BigDecimal>> amounts =
                new EnumMap<>(BudgetSection.class);

        /** Adds an amount; a null section is the main budget, a null group or amount is ignored. */
        public Builder add(BudgetSection section, FunctionalGroup group, BigDecimal amount) {
            if (group == null || amount == null) {
                return this;
            }
            amounts.computeIfAbsent(section == null ? BudgetSection.MAIN : section,
                    s -> new EnumMap<>(FunctionalGroup.class)).merge(group, amount, BigDecimal::add);
            return this;
        }

        public Builder addAll(GroupTotals other) {
            other.amounts.forEach((s, m) -> m.forEach((g, a) -> add(s, g, a)));
            return this;
        }

        public GroupTotals build() {
            Map<BudgetSection, Map<FunctionalGroup, BigDecimal>> copy = new EnumMap<>(BudgetSection.class);
            amounts.forEach((s, m) -> copy.put(s, Collections.unmodifiableMap(new EnumMap<>(m))));
            return new GroupTotals(Collections.unmodifiableMap(copy));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Sections holding at least one amount, in the enum order. */
    public Set<BudgetSection> sections() {
        return Collections.unmodifiableSet(new TreeSet<>(amounts.keySet()));
    }

    /** Amount of a group, all sections together (zero when none). */
    public BigDecimal group(FunctionalGroup group) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<FunctionalGroup, BigDecimal> m : amounts.values()) {
            sum = sum.add(m.getOrDefault(group, BigDecimal.ZERO));
        }
        return sum;
    }

    /** Amount of a group in one section (zero when none). */
    public BigDecimal group(BudgetSection section, FunctionalGroup group) {
        Map<FunctionalGroup, BigDecimal> m = amounts.get(section == null ? BudgetSection.MAIN : section);
        return m == null ? BigDecimal.ZERO : m.getOrDefault(group, BigDecimal.ZERO);
    }

    /** True when the section × group holds an amount (even zero). */
    public boolean has(BudgetSection section, FunctionalGroup group) {
        Map<FunctionalGroup, BigDecimal> m = amounts.get(section == null ? BudgetSection.MAIN : section);
        return m != null && m.containsKey(group);
    }

    /** Total charges (groups I to III), all sections. */
    public BigDecimal charges() {
        return sum(null, true);
    }

    /** Total produits (groups I to III), all sections. */
    public BigDecimal income() {
        return sum(null, false);
    }

    /** Produits − charges, all sections. */
    public BigDecimal result() {
        return income().subtract(charges());
    }

    public BigDecimal charges(BudgetSection section) {
        return sum(section, true);
    }

    public BigDecimal income(BudgetSection section) {
        return sum(section, false);
    }

    public BigDecimal result(BudgetSection section) {
        return income(section).subtract(charges(section));
    }

    private BigDecimal sum(BudgetSection section, boolean charge) {
        BigDecimal sum = BigDecimal.ZERO;
        for (FunctionalGroup g : FunctionalGroup.values()) {
            if (g.isCharge() == charge) {
                sum = sum.add(section == null ? group(g) : group(section, g));
            }
        }
        return sum;
    }

    @Override
    public String toString() {
        return amounts.toString();
    }
}
