package org.cpom.core.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cpom.core.model.BudgetLine;

/**
 * Plan global de financement pluriannuel (PGFP) of the perimeter over the contract years, from the budget lines,
 * the planned investments and the last actual balance sheet.
 *
 * <p>Each year y (tableau de financement, then bilan financier):
 * <pre>
 * CAF(y)          = EPRD CAF prévisionnelle of y ({@link EprdForecast#caf()})
 * ΔFRI(y)         = new loans + subsidies received + dotations − quote-part of subsidies − investments − repayments
 * ΔFRE(y)         = résultat prévisionnel of y (kept in the reserves, not assigned to investment)
 * FRNG(y)         = FRI(y) + FRE(y);  ΔFRNG = CAF + new loans + subsidies − investments − repayments
 * BFR(y)          = BFR of the last actual balance sheet (held constant)
 * trésorerie(y)   = FRNG(y) − BFR(y)
 * emprunts(y)     = emprunts(y−1) + new loans − repayments
 * </pre>
 * Loans and subsidies are received in the investment's year; repayments start the year after (straight line
 * over LoanYears); existing loans are repaid at {@link ExistingAssets#annualLoanRepayment()} until the opening
 * debt is repaid.
 */
public final class FinancingPlan {

    /** One year of the plan. */
    public record Year(int year, BigDecimal budgetResult, BigDecimal result, BigDecimal depreciation,
            BigDecimal subsidyWriteBack, BigDecimal caf, BigDecimal investments, BigDecimal newLoans,
            BigDecimal subsidies, BigDecimal selfFinancing, BigDecimal repayments, BigDecimal frngChange,
            BigDecimal fri, BigDecimal fre, BigDecimal frng, BigDecimal workingCapitalNeed, BigDecimal cash,
            BigDecimal loansOutstanding) {
    }

    private final BigDecimal openingFri;
    private final BigDecimal openingFre;
    private final BigDecimal openingLoans;
    private final List<Year> years;

    private FinancingPlan(BigDecimal openingFri, BigDecimal openingFre, BigDecimal openingLoans, List<Year> years) {
        this.openingFri = openingFri;
        this.openingFre = openingFre;
        this.openingLoans = openingLoans;
        this.years = List.copyOf(years);
    }

    /**
     * @param fromYear       first plan year (the year after the opening balance sheet)
     * @param toYear         last plan year (the contract's last year)
     * @param establishments the perimeter
     * @param budgetLines    budget lines of the contract (every year)
     * @param investments    planned investments of the contract
     * @param existing       weight of the existing assets and loans (null = none)
     * @param opening        the last actual analysis (balance sheet at the end of fromYear − 1); null = all zero
     */
    public static FinancingPlan build(int fromYear, int toYear, Collection<EstablishmentRef> establishments,
            Collection<BudgetLine> budgetLines, Collection<PlannedInvestment> investments, ExistingAssets existing,
            FinancialAnalysis opening) {
        ExistingAssets ex = existing == null ? ExistingAssets.NONE : existing;
        BigDecimal fri = opening == null ? BigDecimal.ZERO : opening.fri();
        BigDecimal fre = opening == null ? BigDecimal.ZERO : opening.fre();
        BigDecimal bfr = opening == null ? BigDecimal.ZERO : opening.workingCapitalNeed();
        BigDecimal existingDebt = opening == null ? BigDecimal.ZERO : opening.loans();
        BigDecimal openingFri = fri;
        BigDecimal openingFre = fre;
        BigDecimal openingLoans = existingDebt;
        List<Year> years = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            EprdForecast f = EprdForecast.build(y, establishments, budgetLines, investments, ex);
            BigDecimal invested = BigDecimal.ZERO;
            BigDecimal loansDrawn = BigDecimal.ZERO;
            BigDecimal subsidies = BigDecimal.ZERO;
            BigDecimal selfFinancing = BigDecimal.ZERO;
            BigDecimal newRepaid = BigDecimal.ZERO;
            BigDecimal newDebt = BigDecimal.ZERO;
            for (PlannedInvestment i : investments) {
                if (i.fiscalYear() == y) {
                    invested = invested.add(i.amount());
                    loansDrawn = loansDrawn.add(i.loanAmount());
                    subsidies = subsidies.add(i.subsidyAmount());
                    selfFinancing = selfFinancing.add(i.selfFinanced());
                }
                newRepaid = newRepaid.add(i.loanRepayment(y));
                newDebt = newDebt.add(i.loanOutstanding(y));
            }
            BigDecimal existingRepaid = ex.annualLoanRepayment().min(existingDebt.max(BigDecimal.ZERO));
            existingDebt = existingDebt.subtract(existingRepaid);
            BigDecimal repaid = existingRepaid.add(newRepaid);
            fri = fri.add(loansDrawn).add(subsidies).add(f.depreciation()).subtract(f.subsidyWriteBack())
                    .subtract(invested).subtract(repaid);
            fre = fre.add(f.result());
            BigDecimal frng = fri.add(fre);
            BigDecimal change = f.caf().add(loansDrawn).add(subsidies).subtract(invested).subtract(repaid);
            years.add(new Year(y, f.budgetResult(), f.result(), f.depreciation(), f.subsidyWriteBack(), f.caf(),
                    invested, loansDrawn, subsidies, selfFinancing, repaid, change, fri, fre, frng, bfr,
                    frng.subtract(bfr), existingDebt.add(newDebt)));
        }
        return new FinancingPlan(openingFri, openingFre, openingLoans, years);
    }

    public List<Year> years() {
        return years;
    }

    public Optional<Year> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }

    public BigDecimal openingFri() {
        return openingFri;
    }

    public BigDecimal openingFre() {
        return openingFre;
    }

    public BigDecimal openingFrng() {
        return openingFri.add(openingFre);
    }

    public BigDecimal openingLoans() {
        return openingLoans;
    }
}
