package org.cpom.core.contract;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cpom.core.model.Authority;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.FunctionalGroup;

/**
 * Computes a contract's commitment from its budget lines. A line counts when it is income of groups I or II
 * (tariff revenue: dotations, forfaits, tariffs; operating subsidies, e.g. a CHRS's subsidised activities) and
 * its payer is committed by an authority (assurance maladie → ARS; APA, PCH, aide sociale, other département
 * funding → département; State dotation or subsidy → State). Not counted:
 * <ul>
 * <li>charges (they say how the money is spent: counting them would count the same euros twice);</li>
 * <li>produits groupe III (financial, exceptional, non-cash: nobody commits them);</li>
 * <li>residents' and users' payments (hébergement is produits groupe I too), own funds, other payers and the
 * ESAT aide au poste (statutory, not negotiated in the CPOM): reported as {@code notCommitted}.</li>
 * </ul>
 * Lines without payer (incomplete rows) count nowhere. The contract's TotalAmt is this total: computed from the
 * lines, checked at signature ({@link ContractRules#checkCommitment}) and kept consistent by amendments.
 */
public final class CommitmentCalculator {

    private CommitmentCalculator() {
    }

    public static Commitment compute(Contract c, Collection<BudgetLine> lines) {
        Map<Authority, BigDecimal> by = new EnumMap<>(Authority.class);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal notCommitted = BigDecimal.ZERO;
        Set<Authority> notParties = EnumSet.noneOf(Authority.class);
        for (BudgetLine line : lines) {
            if (!counts(line)) {
                continue;
            }
            if (line.payer().isCommitted()) {
                Authority a = line.payer().authority();
                by.merge(a, line.amount(), BigDecimal::add);
                total = total.add(line.amount());
                if (!c.isParty(a)) {
                    notParties.add(a);
                }
            } else {
                notCommitted = notCommitted.add(line.amount());
            }
        }
        return new Commitment(by, total, notCommitted, notParties);
    }

    /** Income line of group I or II with a payer and an amount. */
    static boolean counts(BudgetLine line) {
        return line.amount() != null && line.payer() != null
                && (line.functionalGroup() == FunctionalGroup.INCOME_I
                        || line.functionalGroup() == FunctionalGroup.INCOME_II);
    }
}
