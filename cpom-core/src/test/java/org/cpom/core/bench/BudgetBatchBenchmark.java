package org.cpom.core.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpom.core.budget.BudgetRules;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.rule.ValidationResult;

/**
 * Benchmark (not a test): validates one batch of 10,000 budget lines (100 establishments × 5 years × 4 funders
 * × 5 groups; all valid, so every rule runs to the end) and prints the rule time. Run with
 * {@code ./mvnw -B -pl cpom-core -Pbenchmark verify}. Target: well under one second.
 */
public final class BudgetBatchBenchmark {

    private BudgetBatchBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Contract c = new Contract(1, 11, "BENCH-1", "Benchmark", null, LegalBasis.L313_12_2, 1, 2, 0,
                LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), null, false, BigDecimal.ZERO, 102, null,
                DocStatus.IN_PROGRESS);
        Set<Integer> perimeter = new HashSet<>();
        Map<Integer, String> labels = new HashMap<>();
        List<BudgetLine> lines = new ArrayList<>(10_000);
        Funder[] funders = {Funder.ARS, Funder.DEPARTEMENT, Funder.STATE, Funder.OWN};
        FunctionalGroup[] groups = {FunctionalGroup.CHARGES_I, FunctionalGroup.CHARGES_II, FunctionalGroup.CHARGES_III,
                FunctionalGroup.INCOME_I, FunctionalGroup.INCOME_II};
        for (int est = 1; est <= 100; est++) {
            perimeter.add(est);
            labels.put(est, "ESAT " + est);
            for (int year = 2025; year <= 2029; year++) {
                for (Funder f : funders) {
                    for (FunctionalGroup g : groups) {
                        lines.add(new BudgetLine(0, 1, est, year, f, g, BudgetSection.MAIN,
                                BigDecimal.valueOf(est * 1000L + year, 2), "Ligne " + year));
                    }
                }
            }
        }
        System.out.println("CPOM budget batch benchmark: " + lines.size() + " lines per batch, " + rounds + " rounds");
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            ValidationResult r = BudgetRules.validateBatch(c, perimeter, labels, lines, List.of());
            long elapsed = System.nanoTime() - start;
            if (!r.isValid()) {
                throw new IllegalStateException("benchmark batch should be valid: " + r);
            }
            best = Math.min(best, elapsed);
            total += elapsed;
            if (round == 1) {
                System.out.printf("first (cold) round: %.1f ms%n", elapsed / 1e6);
            }
        }
        // the same batch with every line duplicated once: the duplicate path (20,000 lines, 10,000 violations)
        List<BudgetLine> doubled = new ArrayList<>(lines);
        doubled.addAll(lines);
        long start = System.nanoTime();
        ValidationResult dup = BudgetRules.validateBatch(c, perimeter, labels, doubled, List.of());
        long dupElapsed = System.nanoTime() - start;
        System.out.printf("best round: %.1f ms, mean: %.1f ms (10,000 lines)%n", best / 1e6, total / 1e6 / rounds);
        System.out.printf("duplicate detection: 20,000 lines, %d duplicates found in %.1f ms%n",
                dup.violations().size(), dupElapsed / 1e6);
    }
}
