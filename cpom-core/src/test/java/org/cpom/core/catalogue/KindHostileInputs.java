package org.cpom.core.catalogue;

import static org.cpom.core.catalogue.Fixtures.CONTRACT_ID;
import static org.cpom.core.catalogue.Fixtures.FROM;
import static org.cpom.core.catalogue.KindFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.cpom.core.amendment.AmendmentContext;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.budget.BudgetRules;
import org.cpom.core.contract.ContractKindRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.RenewalPlanner;
import org.cpom.core.contract.SignatureContext;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.BudgetSection;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.EsmsCategory;
import org.cpom.core.model.Funder;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.LegalBasis;
import org.cpom.core.model.Payer;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.CpomValidationException;
import org.cpom.core.rule.ValidationResult;

/**
 * Hostile inputs of the contract kinds, sections and payers, commitment, prorogation, shortening, account
 * crossings and renewal rules, built on {@link KindFixtures} (and {@link Fixtures} for the ESAT cases).
 */
final class KindHostileInputs {

    private KindHostileInputs() {
    }

    static List<HostileCase> all() {
        List<HostileCase> c = new ArrayList<>();
        kindCases(c);
        commitmentCases(c);
        budgetCases(c);
        accountCases(c);
        prorogationCases(c);
        shorteningCases(c);
        renewalCases(c);
        return c;
    }

    private static void add(List<HostileCase> c, String id, String op, String description, Object record, String key,
            Supplier<ValidationResult> check) {
        c.add(new HostileCase(id, op, description, record, key, check));
    }

    private static Contract draft() {
        return ivTer(DocStatus.DRAFTED);
    }

    private static Contract signed() {
        return ivTer(DocStatus.COMPLETED);
    }

    private static PerimeterMember member(int id, String name, String category, TariffAuthority authority) {
        return new PerimeterMember(id, name, category, authority, null, null);
    }

    private static PerimeterLine lineOf(PerimeterMember m) {
        return new PerimeterLine(0, CONTRACT_ID, m.establishmentId(), m.dateJoined(), m.dateLeft());
    }

    // ---------------------------------------------------------------- legal basis and parties
    private static void kindCases(List<HostileCase> c) {
        Contract noDep = draft().withParties(ARS_PARTNER, 0, 0);
        add(c, "KIND-IVTER-NO-DEPARTEMENT", "SAVE", "IV ter EHPAD contract signed by the ARS alone", noDep,
                MessageKeys.KIND_IV_TER_NEEDS_DEPARTEMENT, () -> ContractRules.validate(noDep));
        Contract noArs = draft().withParties(0, DEPARTEMENT_PARTNER, 0);
        add(c, "KIND-IVTER-NO-ARS", "SAVE", "IV ter EHPAD contract signed by the département alone", noArs,
                MessageKeys.KIND_IV_TER_NEEDS_ARS, () -> ContractRules.validate(noArs));
        Contract l122Dep = draft().withLegalBasis(LegalBasis.L313_12_2).withParties(0, DEPARTEMENT_PARTNER, 0);
        add(c, "KIND-L313-12-2-NO-ARS", "SAVE", "L313-12-2 contract without the ARS", l122Dep,
                MessageKeys.KIND_L313_12_2_NEEDS_ARS, () -> ContractRules.validate(l122Dep));
        Contract chrsArs = draft().withLegalBasis(LegalBasis.L313_11_2).withParties(ARS_PARTNER, 0, 0);
        add(c, "KIND-CHRS-NO-STATE", "SAVE", "CHRS contract (L313-11-2) without the préfet", chrsArs,
                MessageKeys.KIND_CHRS_NEEDS_STATE, () -> ContractRules.validate(chrsArs));
        Contract stateOnlyNoBasis = draft().withLegalBasis(null).withParties(0, 0, STATE_PARTNER);
        add(c, "KIND-NO-DEFAULT-BASIS", "SAVE", "New contract with the préfet as party and no legal basis",
                stateOnlyNoBasis, MessageKeys.CONTRACT_LEGAL_BASIS_MISSING,
                () -> ContractRules.validate(stateOnlyNoBasis));

        Establishment e = Fixtures.establishment();
        for (TariffAuthority wrong : new TariffAuthority[] {TariffAuthority.DEPARTEMENT, TariffAuthority.JOINT,
                TariffAuthority.PREFET}) {
            EstablishmentCopy copy = new EstablishmentCopy(e);
            copy.name = "SSIAD du Val";
            copy.tariffAuthority = wrong;
            Establishment ssiad = copy.build();
            add(c, "KIND-SSIAD-TARIFF-" + wrong.code(), "SAVE", "SSIAD tariffed by " + wrong.code(), ssiad,
                    MessageKeys.KIND_SSIAD_TARIFF_ARS_ONLY,
                    () -> ContractKindRules.checkTariffAuthority(EsmsCategory.SSIAD, wrong, ssiad.name()));
        }

        Contract arsOnly = draft().withLegalBasis(LegalBasis.L313_11).withParties(ARS_PARTNER, 0, 0);
        PerimeterMember ehpad = member(EHPAD, "EHPAD Les Glycines", EsmsCategory.EHPAD, TariffAuthority.JOINT);
        PerimeterLine ehpadLine = lineOf(ehpad);
        add(c, "KIND-EHPAD-DEPARTEMENT-NOT-PARTY", "SAVE", "EHPAD under joint tariff in an ARS-only contract",
                ehpadLine, MessageKeys.KIND_AUTHORITY_NOT_PARTY,
                () -> ContractKindRules.checkPerimeter(arsOnly, List.of(ehpad)));
        PerimeterMember chrs = member(106, "CHRS La Passerelle", EsmsCategory.CHRS, TariffAuthority.PREFET);
        PerimeterLine chrsLine = lineOf(chrs);
        add(c, "KIND-CHRS-STATE-NOT-PARTY", "SAVE", "CHRS tariffed by the préfet in an ARS-only contract", chrsLine,
                MessageKeys.KIND_AUTHORITY_NOT_PARTY, () -> ContractKindRules.checkPerimeter(arsOnly, List.of(chrs)));
        Contract l122 = draft().withLegalBasis(LegalBasis.L313_12_2).withParties(ARS_PARTNER, 0, 0);
        PerimeterMember fam = member(107, "FAM Les Tournesols", "437", TariffAuthority.JOINT);
        PerimeterLine famLine = lineOf(fam);
        add(c, "KIND-L313-12-2-JOINT-NO-DEPARTEMENT", "SAVE",
                "FAM under joint tariff in an L313-12-2 contract the département does not join", famLine,
                MessageKeys.KIND_AUTHORITY_NOT_PARTY, () -> ContractKindRules.checkPerimeter(l122, List.of(fam)));
        PerimeterMember saad = member(108, "SAAD du Val", EsmsCategory.SAA, TariffAuthority.DEPARTEMENT);
        PerimeterLine saadLine = lineOf(saad);
        add(c, "KIND-SAAD-DEPARTEMENT-NOT-PARTY", "SAVE", "SAAD tariffed by the département, département not a party",
                saadLine, MessageKeys.KIND_AUTHORITY_NOT_PARTY,
                () -> ContractKindRules.checkPerimeter(l122, List.of(saad)));

        Contract ip = ivTer(DocStatus.IN_PROGRESS);
        PerimeterMember ssiadOnly = member(SSIAD, "SSIAD du Val", EsmsCategory.SSIAD, TariffAuthority.ARS);
        add(c, "KIND-IVTER-NO-EHPAD", "COMPLETE", "Sign an IV ter contract whose perimeter has no EHPAD", ip,
                MessageKeys.KIND_IV_TER_NO_EHPAD, () -> ContractRules.checkCanComplete(new SignatureContext(ip,
                        List.of(ssiadOnly), 1, budgetOf(SSIAD))));
        Contract chrsContract = draft().withLegalBasis(LegalBasis.L313_11_2).withParties(0, 0, STATE_PARTNER);
        PerimeterMember cada = member(109, "CADA Le Relais", "443", TariffAuthority.PREFET);
        add(c, "KIND-CHRS-CONTRACT-NO-CHRS", "COMPLETE", "Sign a CHRS contract whose perimeter has only a CADA",
                chrsContract, MessageKeys.KIND_CHRS_NO_CHRS,
                () -> ContractKindRules.checkPerimeter(chrsContract, List.of(cada)));
        Contract ipNoDep = ip.withParties(ARS_PARTNER, 0, 0);
        add(c, "KIND-SIGN-IVTER-ARS-ALONE", "COMPLETE", "Sign the IV ter contract with the ARS alone", ipNoDep,
                MessageKeys.KIND_IV_TER_NEEDS_DEPARTEMENT,
                () -> ContractRules.checkCanComplete(new SignatureContext(ipNoDep, members(), 1, budget())));
    }

    private static List<BudgetLine> budgetOf(int establishmentId) {
        return budget().stream().filter(l -> l.establishmentId() == establishmentId).toList();
    }

    // ---------------------------------------------------------------- commitment
    private static void commitmentCases(List<HostileCase> c) {
        Contract ip = ivTer(DocStatus.IN_PROGRESS);
        BigDecimal allIncomeI = sum(budget(), true);
        Contract withResidents = ip.withTotalAmt(allIncomeI);
        add(c, "COM-TOTAL-WITH-RESIDENTS", "COMPLETE",
                "TotalAmt = all produits groupe I, residents' hébergement payments included", withResidents,
                MessageKeys.CONTRACT_COMMITMENT_MISMATCH, () -> ContractRules.checkCanComplete(
                        new SignatureContext(withResidents, members(), 1, budget())));
        Contract withCharges = ip.withTotalAmt(sum(budget(), false));
        add(c, "COM-TOTAL-WITH-CHARGES", "COMPLETE", "TotalAmt = every budget line, charges included", withCharges,
                MessageKeys.CONTRACT_COMMITMENT_MISMATCH, () -> ContractRules.checkCommitment(withCharges, budget()));
        Contract zero = ip.withTotalAmt(BigDecimal.ZERO);
        add(c, "COM-TOTAL-ZERO", "COMPLETE", "TotalAmt left at 0", zero, MessageKeys.CONTRACT_COMMITMENT_MISMATCH,
                () -> ContractRules.checkCommitment(zero, budget()));
        Contract cent = ip.withTotalAmt(ip.totalAmt().add(new BigDecimal("0.01")));
        add(c, "COM-TOTAL-ONE-CENT", "COMPLETE", "TotalAmt one cent above the commitment", cent,
                MessageKeys.CONTRACT_COMMITMENT_MISMATCH, () -> ContractRules.checkCommitment(cent, budget()));
        Contract esat = Fixtures.contract(DocStatus.IN_PROGRESS);
        List<BudgetLine> withAap = new ArrayList<>(Fixtures.budget());
        withAap.add(BudgetLine.of(0, CONTRACT_ID, Fixtures.ESTABLISHMENT_1, 2025, Payer.STATE_AIDE_AU_POSTE,
                FunctionalGroup.INCOME_I, BudgetSection.ESAT_COMMERCIAL, new BigDecimal("400000.00"), null));
        Contract esatAap = esat.withTotalAmt(esat.totalAmt().add(new BigDecimal("400000.00")));
        add(c, "COM-TOTAL-WITH-AIDE-AU-POSTE", "COMPLETE", "ESAT TotalAmt counting the aide au poste", esatAap,
                MessageKeys.CONTRACT_COMMITMENT_MISMATCH, () -> ContractRules.checkCommitment(esatAap, withAap));
    }

    private static BigDecimal sum(List<BudgetLine> lines, boolean incomeIOnly) {
        BigDecimal s = BigDecimal.ZERO;
        for (BudgetLine l : lines) {
            if (!incomeIOnly || l.functionalGroup() == FunctionalGroup.INCOME_I) {
                s = s.add(l.amount());
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- sections, payers, membership years
    private static void section(List<HostileCase> c, String id, String description, BudgetLine line, String category,
            String key) {
        Contract k = draft();
        add(c, id, "SAVE", description, line, key,
                () -> BudgetRules.checkSectionAndPayer(line, k, category, LABELS.getOrDefault(line.establishmentId(),
                        "ESAT Les Tilleuls")));
    }

    private static void budgetCases(List<HostileCase> c) {
        section(c, "BUD-SOINS-PAID-BY-APA", "EHPAD soins paid by the département (APA)",
                line(0, EHPAD, 2026, Payer.DEPARTEMENT_APA, FunctionalGroup.INCOME_I, BudgetSection.EHPAD_CARE,
                        "1000.00"), EsmsCategory.EHPAD, MessageKeys.BUDGET_PAYER_SECTION);
        section(c, "BUD-DEPENDANCE-PAID-BY-AM", "EHPAD dépendance paid by assurance maladie",
                line(0, EHPAD, 2026, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I,
                        BudgetSection.EHPAD_DEPENDENCY, "1000.00"), EsmsCategory.EHPAD, MessageKeys.BUDGET_PAYER_SECTION);
        section(c, "BUD-HEBERGEMENT-PAID-BY-AM", "EHPAD hébergement paid by assurance maladie",
                line(0, EHPAD, 2026, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I,
                        BudgetSection.EHPAD_ACCOMMODATION, "1000.00"), EsmsCategory.EHPAD,
                MessageKeys.BUDGET_PAYER_SECTION);
        section(c, "BUD-BAPC-PAID-BY-AM", "ESAT production budget (BAPC) paid by assurance maladie",
                BudgetLine.of(0, CONTRACT_ID, Fixtures.ESTABLISHMENT_1, 2026, Payer.ASSURANCE_MALADIE,
                        FunctionalGroup.INCOME_I, BudgetSection.ESAT_COMMERCIAL, new BigDecimal("1000.00"), null),
                EsmsCategory.ESAT, MessageKeys.BUDGET_PAYER_SECTION);
        section(c, "BUD-SOINS-FOR-SSIAD", "SSIAD line in the EHPAD soins section",
                line(0, SSIAD, 2026, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I, BudgetSection.EHPAD_CARE,
                        "1000.00"), EsmsCategory.SSIAD, MessageKeys.BUDGET_EHPAD_SECTION);
        section(c, "BUD-EHPAD-MAIN-BUDGET", "EHPAD line in the main budget instead of a tariff section",
                line(0, EHPAD, 2026, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I, BudgetSection.MAIN, "1000.00"),
                EsmsCategory.EHPAD, MessageKeys.BUDGET_EHPAD_SECTION);
        section(c, "BUD-EHPAD-BPAS", "EHPAD line in the ESAT BPAS",
                line(0, EHPAD, 2026, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I, BudgetSection.ESAT_SOCIAL,
                        "1000.00"), EsmsCategory.EHPAD, MessageKeys.BUDGET_ESAT_SECTION);
        section(c, "BUD-AIDE-AU-POSTE-EHPAD", "Aide au poste paid to an EHPAD",
                line(0, EHPAD, 2026, Payer.STATE_AIDE_AU_POSTE, FunctionalGroup.INCOME_I,
                        BudgetSection.EHPAD_ACCOMMODATION, "1000.00"), EsmsCategory.EHPAD,
                MessageKeys.BUDGET_AIDE_AU_POSTE_NOT_ESAT);
        Contract k = draft();
        BudgetLine mismatch = new BudgetLine(0, CONTRACT_ID, EHPAD, 2026, Funder.ARS, FunctionalGroup.INCOME_I,
                BudgetSection.EHPAD_DEPENDENCY, new BigDecimal("1000.00"), null, Payer.DEPARTEMENT_APA);
        add(c, "BUD-PAYER-NOT-OF-FUNDER", "SAVE", "Funder ARS with payer APA (département)", mismatch,
                MessageKeys.BUDGET_PAYER_FUNDER_MISMATCH,
                () -> BudgetRules.validate(mismatch, k, java.util.Set.of(EHPAD, SSIAD, HOME_SERVICE), LABELS));
        BudgetLine apaTwice = line(0, EHPAD, 2026, Payer.DEPARTEMENT_APA, FunctionalGroup.INCOME_I,
                BudgetSection.EHPAD_DEPENDENCY, "5.00");
        add(c, "BUD-APA-TWICE", "SAVE", "Second APA dépendance line of the EHPAD for 2026", apaTwice,
                MessageKeys.BUDGET_DUPLICATE, () -> BudgetRules.checkUnique(apaTwice, k, budget(), LABELS));
        BudgetLine after = line(0, SSIAD, 2028, Payer.ASSURANCE_MALADIE, FunctionalGroup.INCOME_I, BudgetSection.MAIN,
                "500000.00");
        add(c, "BUD-AFTER-LEAVING", "SAVE", "SSIAD budget for 2028, after it left the perimeter in 2027", after,
                MessageKeys.BUDGET_YEAR_OUTSIDE_MEMBERSHIP,
                () -> BudgetRules.checkMembershipYear(after, k, KindFixtures.member(SSIAD)));
        BudgetLine before = line(0, HOME_SERVICE, 2026, Payer.DEPARTEMENT_PCH, FunctionalGroup.INCOME_I,
                BudgetSection.MAIN, "250000.00");
        add(c, "BUD-BEFORE-JOINING", "SAVE", "Home service budget for 2026, before it joined in 2027", before,
                MessageKeys.BUDGET_YEAR_OUTSIDE_MEMBERSHIP,
                () -> BudgetRules.checkMembershipYear(before, k, KindFixtures.member(HOME_SERVICE)));
        Contract ip = ivTer(DocStatus.IN_PROGRESS);
        List<BudgetLine> no2028 = new ArrayList<>(budget());
        no2028.removeIf(l -> l.establishmentId() == HOME_SERVICE && l.fiscalYear() == 2028);
        Contract ipLess = ip.withTotalAmt(ip.totalAmt().subtract(new BigDecimal("550000.00")));
        add(c, "COV-JOINED-SERVICE-YEAR-MISSING", "COMPLETE", "Home service joined in 2027 but has no 2028 budget",
                ipLess, MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET,
                () -> ContractRules.checkCanComplete(new SignatureContext(ipLess, members(), 1, no2028)));
    }

    // ---------------------------------------------------------------- account crossings
    private static void crossing(List<HostileCase> c, String id, String description, String prefix,
            FunctionalGroup group) {
        AccountGroupMapping m = new AccountGroupMapping(prefix, group, description);
        add(c, id, "SAVE", description, m, MessageKeys.ACCOUNT_GROUP_CLASS_MISMATCH,
                () -> AccountGroupMapper.validate(m));
    }

    private static void accountCases(List<HostileCase> c) {
        crossing(c, "ACC-64-TO-INCOME", "All staff costs (64) mapped to produits groupe II", "64",
                FunctionalGroup.INCOME_II);
        crossing(c, "ACC-641-TO-INCOME", "Salaries 641 (broader than the 6419 refunds) in produits", "641",
                FunctionalGroup.INCOME_II);
        crossing(c, "ACC-6419-TO-INCOME-I", "Staff refunds 6419 in produits groupe I (tariff revenue)", "6419",
                FunctionalGroup.INCOME_I);
        crossing(c, "ACC-709-TO-STAFF", "Rabais granted 709 in charges groupe II", "709", FunctionalGroup.CHARGES_II);
        crossing(c, "ACC-70-TO-CHARGES", "Sales 70 in charges groupe I", "70", FunctionalGroup.CHARGES_I);
        crossing(c, "ACC-6-TO-INCOME", "The whole class 6 in produits groupe II", "6", FunctionalGroup.INCOME_II);
        crossing(c, "ACC-73-TO-CHARGES", "Tariff revenue 73 in charges groupe III", "73", FunctionalGroup.CHARGES_III);
    }

    // ---------------------------------------------------------------- prorogation
    private static Amendment prorogation(LocalDate requested, LocalDate newDateTo) {
        return new Amendment(0, CONTRACT_ID, 2, requested, "Prorogation d’une 6e année", newDateTo, null, false, null,
                null, null, true);
    }

    private static void apply(List<HostileCase> c, String id, String description, Amendment a, Contract k,
            String key) {
        add(c, id, "APPLY", description, a, key, () -> AmendmentRules.checkCanApply(a, k));
    }

    private static void prorogationCases(List<HostileCase> c) {
        LocalDate sixth = LocalDate.of(2030, 12, 31);
        apply(c, "PRO-TOO-LATE", "Prorogation requested 4 months before the end",
                prorogation(LocalDate.of(2029, 9, 1), sixth), signed(), MessageKeys.AMENDMENT_PROROGATION_TOO_LATE);
        apply(c, "PRO-ONE-DAY-LATE", "Prorogation requested one day after the 6-month deadline",
                prorogation(LocalDate.of(2029, 7, 1), sixth), signed(), MessageKeys.AMENDMENT_PROROGATION_TOO_LATE);
        apply(c, "PRO-NO-REQUEST-DATE", "Prorogation without a request date", prorogation(null, sixth), signed(),
                MessageKeys.AMENDMENT_PROROGATION_TOO_LATE);
        apply(c, "PRO-NO-NEW-END", "Prorogation without a new end date",
                prorogation(LocalDate.of(2029, 3, 1), null), signed(), MessageKeys.AMENDMENT_PROROGATION_NO_DATE);
        apply(c, "PRO-ALREADY-EXTENDED", "Second prorogation of an extended contract",
                prorogation(LocalDate.of(2030, 3, 1), LocalDate.of(2031, 6, 30)),
                signed().withExtended(true).withDateTo(sixth), MessageKeys.AMENDMENT_PROROGATION_ALREADY_EXTENDED);
        apply(c, "PRO-SEVENTH-YEAR", "Prorogation to the end of a 7th year",
                prorogation(LocalDate.of(2029, 3, 1), LocalDate.of(2031, 12, 31)), signed(),
                MessageKeys.AMENDMENT_TOO_LONG);
        apply(c, "PRO-NOT-SIXTH-YEAR", "Prorogation that stays within the 5 years",
                prorogation(LocalDate.of(2029, 3, 1), LocalDate.of(2029, 12, 31)), signed(),
                MessageKeys.AMENDMENT_PROROGATION_NOT_SIXTH_YEAR);
        apply(c, "PRO-THREE-YEAR-CONTRACT", "Prorogation of a 3-year contract into a 6th year",
                prorogation(LocalDate.of(2027, 3, 1), sixth), signed().withDateTo(LocalDate.of(2027, 12, 31)),
                MessageKeys.AMENDMENT_PROROGATION_NOT_FIVE_YEARS);
        apply(c, "PRO-UNSIGNED-CONTRACT", "Prorogation of a contract still in negotiation",
                prorogation(LocalDate.of(2029, 3, 1), sixth), ivTer(DocStatus.IN_PROGRESS),
                MessageKeys.AMENDMENT_CONTRACT_NOT_SIGNED);
    }

    // ---------------------------------------------------------------- shortening and commitment of amendments
    private static Amendment shortening(LocalDate newDateTo, BigDecimal change) {
        return new Amendment(0, CONTRACT_ID, 3, LocalDate.of(2026, 5, 1), "Avenant de fin anticipée", newDateTo,
                change, false, null, null, null);
    }

    private static void shorteningCases(List<HostileCase> c) {
        Contract k = signed();
        Amendment to2027 = shortening(LocalDate.of(2027, 12, 31), null);
        AmendmentContext full = new AmendmentContext(budget(), List.<IndicatorValue>of(), List.<Review>of());
        add(c, "SHO-BUDGET-YEARS", "APPLY", "End in 2027 while 2028 and 2029 have budget lines", to2027,
                MessageKeys.AMENDMENT_SHORTENING_HOLDS_YEARS, () -> AmendmentRules.checkShortening(to2027, k, full));
        AmendmentContext reviews = new AmendmentContext(List.<BudgetLine>of(), List.<IndicatorValue>of(),
                List.of(new Review(1, CONTRACT_ID, 2029, ReviewKind.FINAL, LocalDate.of(2029, 11, 1), null)));
        Amendment to2028 = shortening(LocalDate.of(2028, 6, 30), null);
        add(c, "SHO-FINAL-REVIEW", "APPLY", "End in 2028 while 2029 holds the final review", to2028,
                MessageKeys.AMENDMENT_SHORTENING_HOLDS_YEARS, () -> AmendmentRules.checkShortening(to2028, k, reviews));
        AmendmentContext targets = new AmendmentContext(List.<BudgetLine>of(),
                List.of(new IndicatorValue(1, 701, 2029, new BigDecimal("0.95"), null, null)), List.<Review>of());
        add(c, "SHO-INDICATOR-TARGET", "APPLY", "End in 2028 while 2029 holds an indicator target", to2028,
                MessageKeys.AMENDMENT_SHORTENING_HOLDS_YEARS,
                () -> AmendmentRules.checkShortening(to2028, k, targets));
        List<BudgetLine> raised = new ArrayList<>(budget());
        // the avenant's budget change is already entered: 2027 soins of the EHPAD + 50,000
        raised.replaceAll(l -> l.establishmentId() == EHPAD && l.fiscalYear() == 2027
                && l.budgetSection() == BudgetSection.EHPAD_CARE && l.isIncome()
                ? l.withAmount(l.amount().add(new BigDecimal("50000.00"))) : l);
        AmendmentContext raisedCtx = new AmendmentContext(raised, List.<IndicatorValue>of(), List.<Review>of());
        Amendment noChange = new Amendment(0, CONTRACT_ID, 4, LocalDate.of(2027, 2, 1),
                "Avenant : crédits non reconductibles 2027", null, null, false, null, null, null);
        add(c, "AME-BUDGET-WITHOUT-AMOUNT", "APPLY", "Avenant raising the 2027 soins by 50,000 with no amount change",
                noChange, MessageKeys.AMENDMENT_COMMITMENT_MISMATCH,
                () -> AmendmentRules.checkCanApply(noChange, k, raisedCtx));
        Amendment wrong = new Amendment(0, CONTRACT_ID, 4, LocalDate.of(2027, 2, 1),
                "Avenant : crédits non reconductibles 2027", null, new BigDecimal("5000.00"), false, null, null, null);
        add(c, "AME-AMOUNT-NOT-BUDGET", "APPLY", "Avenant amount change 5,000 for a 50,000 budget change", wrong,
                MessageKeys.AMENDMENT_COMMITMENT_MISMATCH, () -> AmendmentRules.checkCanApply(wrong, k, raisedCtx));
    }

    // ---------------------------------------------------------------- renewal
    private static void renewalCases(List<HostileCase> c) {
        Contract old = signed();
        add(c, "REN-BASIS-NOT-CONFIRMED", "RENEW", "Renew without confirming the legal basis", old,
                MessageKeys.RENEWAL_BASIS_NOT_CONFIRMED, () -> {
                    try {
                        RenewalPlanner.plan(old, List.of(new PerimeterLine(1, CONTRACT_ID, EHPAD, FROM, null)),
                                List.of(), List.of(), null);
                        return ValidationResult.ok();
                    } catch (CpomValidationException e) {
                        return e.result();
                    }
                });
    }
}
