package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpom.core.model.BudgetLine;

/**
 * EPRD preparation for one year from the CPOM budget: the compte de résultat prévisionnel (CRPP) of each
 * establishment and consolidated, and the CAF prévisionnelle of the perimeter.
 *
 * <p>The budget lines carry the existing assets' depreciation and subsidy write-back ({@link ExistingAssets}); the
 * investments planned in CPOM_Investment add theirs, which the budget does not carry yet:
 * <pre>
 * résultat prévisionnel = résultat of the budget lines − new dotations + new quote-part of subsidies (777)
 * CAF prévisionnelle    = résultat prévisionnel + dotations (existing + new) − quote-part of subsidies (existing + new)
 *                       = résultat of the budget lines + existing dotations − existing quote-part
 * </pre>
 * so new depreciation lowers the résultat, never the CAF (it is not a cash charge).
 */
public final class EprdForecast {

    /** Compte de résultat prévisionnel of one establishment (null establishment = consolidated). */
    public record Part(EstablishmentRef establishment, GroupTotals budget) {
        public BigDecimal charges() {
            return budget.charges();
        }

        public BigDecimal income() {
            return budget.income();
        }

        public BigDecimal result() {
            return budget.result();
        }
    }

    private final int fiscalYear;
    private final List<Part> establishments;
    private final Part consolidated;
    private final BigDecimal existingDepreciation;
    private final BigDecimal existingSubsidyWriteBack;
    private final BigDecimal newDepreciation;
    private final BigDecimal newSubsidyWriteBack;

    private EprdForecast(int fiscalYear, List<Part> establishments, Part consolidated, ExistingAssets existing,
            BigDecimal newDepreciation, BigDecimal newSubsidyWriteBack) {
        this.fiscalYear = fiscalYear;
        this.establishments = List.copyOf(establishments);
        this.consolidated = consolidated;
        this.existingDepreciation = existing.annualDepreciation();
        this.existingSubsidyWriteBack = existing.annualSubsidyWriteBack();
        this.newDepreciation = newDepreciation;
        this.newSubsidyWriteBack = newSubsidyWriteBack;
    }

    /**
     * @param fiscalYear     the EPRD year
     * @param establishments the perimeter (the consolidated part is the sum of these establishments' lines)
     * @param budgetLines    budget lines; only those of the year and of the perimeter count
     * @param investments    the contract's planned investments (every year: earlier ones still depreciate)
     * @param existing       the existing assets' weight (null = none)
     */
    public static EprdForecast build(int fiscalYear, Collection<EstablishmentRef> establishments,
            Collection<BudgetLine> budgetLines, Collection<PlannedInvestment> investments, ExistingAssets existing) {
        Map<Integer, EstablishmentRef> byId = new LinkedHashMap<>();
        establishments.forEach(e -> byId.put(e.establishmentId(), e));
        Map<Integer, GroupTotals.Builder> builders = new LinkedHashMap<>();
        byId.keySet().forEach(id -> builders.put(id, GroupTotals.builder()));
        for (BudgetLine line : budgetLines) {
            GroupTotals.Builder b = builders.get(line.establishmentId());
            if (line.fiscalYear() == fiscalYear && b != null) {
                b.add(line.budgetSection(), line.functionalGroup(), line.amount());
            }
        }
        List<Part> parts = new ArrayList<>();
        GroupTotals.Builder all = GroupTotals.builder();
        for (EstablishmentRef e : byId.values()) {
            GroupTotals t = builders.get(e.establishmentId()).build();
            parts.add(new Part(e, t));
            all.addAll(t);
        }
        BigDecimal dep = BigDecimal.ZERO;
        BigDecimal wb = BigDecimal.ZERO;
        for (PlannedInvestment i : investments) {
            dep = dep.add(i.depreciation(fiscalYear));
            wb = wb.add(i.subsidyWriteBack(fiscalYear));
        }
        return new EprdForecast(fiscalYear, parts, new Part(null, all.build()),
                existing == null ? ExistingAssets.NONE : existing, dep, wb);
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public List<Part> establishments() {
        return establishments;
    }

    public Optional<Part> establishment(int establishmentId) {
        return establishments.stream()
                .filter(p -> p.establishment().establishmentId() == establishmentId).findFirst();
    }

    public Part consolidated() {
        return consolidated;
    }

    /** Résultat of the budget lines (produits − charges), consolidated. */
    public BigDecimal budgetResult() {
        return consolidated.result();
    }

    /** Dotations aux amortissements of the planned investments in the year. */
    public BigDecimal newDepreciation() {
        return newDepreciation;
    }

    /** Quote-part of the planned investments' subsidies written back in the year. */
    public BigDecimal newSubsidyWriteBack() {
        return newSubsidyWriteBack;
    }

    /** Dotations of the year: existing + new. */
    public BigDecimal depreciation() {
        return existingDepreciation.add(newDepreciation);
    }

    /** Quote-part of subsidies written back in the year: existing + new. */
    public BigDecimal subsidyWriteBack() {
        return existingSubsidyWriteBack.add(newSubsidyWriteBack);
    }

    /** Résultat prévisionnel: the budget's, less the new dotations, plus the new quote-part of subsidies. */
    public BigDecimal result() {
        return budgetResult().subtract(newDepreciation).add(newSubsidyWriteBack);
    }

    /** CAF prévisionnelle = résultat + dotations − quote-part of subsidies. */
    public BigDecimal caf() {
        return result().add(depreciation()).subtract(subsidyWriteBack());
    }
}
