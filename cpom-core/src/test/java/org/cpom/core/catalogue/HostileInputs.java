package org.cpom.core.catalogue;

import static org.cpom.core.catalogue.Fixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.cpom.core.action.ActionSheetContext;
import org.cpom.core.action.ActionSheetRules;
import org.cpom.core.amendment.AmendmentRules;
import org.cpom.core.budget.AccountGroupMapper;
import org.cpom.core.budget.BudgetGenerator;
import org.cpom.core.budget.BudgetRules;
import org.cpom.core.contract.AxisRules;
import org.cpom.core.contract.ContractRules;
import org.cpom.core.contract.DocStatusRules;
import org.cpom.core.contract.RenewalPlanner;
import org.cpom.core.establishment.EstablishmentFacts;
import org.cpom.core.establishment.EstablishmentRules;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.indicator.IndicatorRules;
import org.cpom.core.model.AccountGroupMapping;
import org.cpom.core.model.ActionSheet;
import org.cpom.core.model.ActionStatus;
import org.cpom.core.model.Amendment;
import org.cpom.core.model.Axis;
import org.cpom.core.model.BudgetLine;
import org.cpom.core.model.Contract;
import org.cpom.core.model.Direction;
import org.cpom.core.model.DocStatus;
import org.cpom.core.model.Establishment;
import org.cpom.core.model.FunctionalGroup;
import org.cpom.core.model.Indicator;
import org.cpom.core.model.IndicatorSource;
import org.cpom.core.model.IndicatorValue;
import org.cpom.core.model.PerimeterLine;
import org.cpom.core.model.Review;
import org.cpom.core.model.ReviewKind;
import org.cpom.core.perimeter.Membership;
import org.cpom.core.perimeter.PerimeterRules;

/**
 * The catalogue of hostile inputs: every case must be rejected with its message key, in both languages.
 * Data only (built on demand, nothing static and mutable), reusable by the iDempiere layer's database tests.
 */
public final class HostileInputs {

    /** 10,000 characters: longer than every CPOM text column. */
    public static final String HUGE = "x".repeat(10_000);

    /** Texts full of SQL metacharacters: they are valid text and must be stored and read back unchanged. */
    public static final List<String> SQL_METACHARACTER_TEXTS = List.of(
            "'; DROP TABLE CPOM_Contract; --",
            "Robert'); DELETE FROM AD_Org WHERE ('1'='1",
            "1' OR '1'='1",
            "\\'; SELECT pg_sleep(10); --",
            "%_*?[]{}$$ E'\\x00' /* comment */",
            "L’établissement « Les Tilleuls » — 100 % « inclusif »");

    private HostileInputs() {
    }

    /** All hostile cases (fresh list on each call). */
    public static List<HostileCase> all() {
        List<HostileCase> c = new ArrayList<>();
        establishmentCases(c);
        contractCases(c);
        perimeterCases(c);
        axisAndActionCases(c);
        indicatorCases(c);
        budgetCases(c);
        accountGroupCases(c);
        amendmentCases(c);
        reviewCases(c);
        return Collections.unmodifiableList(c);
    }

    // ---------------------------------------------------------------- establishment
    private static Establishment est(Consumer<EstablishmentCopy> change) {
        EstablishmentCopy b = new EstablishmentCopy(establishment());
        change.accept(b);
        return b.build();
    }

    private static void save(List<HostileCase> c, String id, String description, Establishment e, String key) {
        c.add(new HostileCase(id, "SAVE", description, e, key,
                () -> EstablishmentRules.validate(e, EstablishmentFacts.none(CLIENT_ID))));
    }

    private static void establishmentCases(List<HostileCase> c) {
        String badKeyEg = FINESS_EG_1.substring(0, 8) + ((FINESS_EG_1.charAt(8) - '0' + 1) % 10);
        String badKeyEj = FINESS_EJ.substring(0, 8) + ((FINESS_EJ.charAt(8) - '0' + 3) % 10);
        save(c, "EST-FINESS-EG-KEY", "FINESS EG with a wrong Luhn key", est(b -> b.finessEG = badKeyEg),
                MessageKeys.FINESS_INVALID_KEY);
        save(c, "EST-FINESS-EJ-KEY", "FINESS EJ with a wrong Luhn key", est(b -> b.finessEJ = badKeyEj),
                MessageKeys.FINESS_INVALID_KEY);
        save(c, "EST-FINESS-CORSICA-KEY", "Corsican FINESS 2A0000171 (real number 2A0000170 with key changed)",
                est(b -> { b.finessEG = "2A0000171"; b.departement = "2A"; }), MessageKeys.FINESS_INVALID_KEY);
        save(c, "EST-FINESS-8", "FINESS EG without its key (8 characters)",
                est(b -> b.finessEG = FINESS_EG_1.substring(0, 8)), MessageKeys.FINESS_LENGTH);
        save(c, "EST-FINESS-10", "FINESS EG with 10 characters", est(b -> b.finessEG = FINESS_EG_1 + "0"),
                MessageKeys.FINESS_LENGTH);
        save(c, "EST-FINESS-SPACES", "FINESS EG with surrounding spaces", est(b -> b.finessEG = " " + FINESS_EG_1),
                MessageKeys.FINESS_LENGTH);
        save(c, "EST-FINESS-LETTER", "FINESS EG with the letter O instead of 0",
                est(b -> b.finessEG = "69O000" + FINESS_EG_1.substring(6)), MessageKeys.FINESS_CHARACTERS);
        save(c, "EST-FINESS-LOWER-2A", "Corsican FINESS in lower case", est(b -> b.finessEG = "2a0000170"),
                MessageKeys.FINESS_CHARACTERS);
        save(c, "EST-FINESS-SQL", "SQL injection in FINESS EG", est(b -> b.finessEG = "1' OR 1=1"),
                MessageKeys.FINESS_CHARACTERS);
        save(c, "EST-FINESS-DEP-00", "FINESS EG with département 00", est(b -> b.finessEG = withKey("00000101")),
                MessageKeys.FINESS_DEPARTEMENT);
        save(c, "EST-FINESS-DEP-20", "FINESS EG with the old Corsica code 20",
                est(b -> b.finessEG = withKey("20000101")), MessageKeys.FINESS_DEPARTEMENT);
        save(c, "EST-FINESS-DEP-99", "FINESS EG with département 99", est(b -> b.finessEG = withKey("99000101")),
                MessageKeys.FINESS_DEPARTEMENT);
        save(c, "EST-FINESS-MISSING", "FINESS EJ empty", est(b -> b.finessEJ = ""), MessageKeys.FINESS_MISSING);
        save(c, "EST-FINESS-EG-EQ-EJ", "FINESS EG equal to the FINESS EJ", est(b -> b.finessEG = FINESS_EJ),
                MessageKeys.FINESS_EG_EQUALS_EJ);
        save(c, "EST-CAPACITY-NEG", "Negative authorised capacity",
                est(b -> { b.capacityAuthorised = new BigDecimal("-1"); b.capacityInstalled = null; }),
                MessageKeys.ESTABLISHMENT_CAPACITY_NEGATIVE);
        save(c, "EST-INSTALLED-NEG", "Negative installed capacity", est(b -> b.capacityInstalled = new BigDecimal("-5")),
                MessageKeys.ESTABLISHMENT_CAPACITY_NEGATIVE);
        save(c, "EST-INSTALLED-ABOVE", "Installed capacity above authorised",
                est(b -> b.capacityInstalled = new BigDecimal("81")), MessageKeys.ESTABLISHMENT_INSTALLED_ABOVE_AUTHORISED);
        save(c, "EST-AUTH-REVERSED", "Authorisation end before its start",
                est(b -> b.authorisationEndDate = LocalDate.of(2009, 1, 1)),
                MessageKeys.ESTABLISHMENT_AUTHORISATION_END_BEFORE_START);
        save(c, "EST-OPENING-367", "367 opening days", est(b -> b.openingDays = 367), MessageKeys.ESTABLISHMENT_OPENING_DAYS);
        save(c, "EST-OPENING-NEG", "Negative opening days", est(b -> b.openingDays = -1), MessageKeys.ESTABLISHMENT_OPENING_DAYS);
        save(c, "EST-DEP-2C", "Département 2C", est(b -> b.departement = "2C"), MessageKeys.ESTABLISHMENT_DEPARTEMENT_INVALID);
        save(c, "EST-DEP-MISMATCH", "Département 75 for a FINESS of the Rhône (69)", est(b -> b.departement = "75"),
                MessageKeys.ESTABLISHMENT_DEPARTEMENT_MISMATCH);
        save(c, "EST-NAME-EMPTY", "Blank name", est(b -> b.name = "   "), MessageKeys.FIELD_MANDATORY);
        save(c, "EST-NAME-10K", "10,000-character name", est(b -> b.name = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "EST-DESCRIPTION-10K", "10,000-character description", est(b -> b.description = HUGE),
                MessageKeys.TEXT_TOO_LONG);
        save(c, "EST-PUBLIC-10K", "10,000-character public served", est(b -> b.publicServed = HUGE),
                MessageKeys.TEXT_TOO_LONG);
        Establishment e = establishment();
        c.add(new HostileCase("EST-EG-DUPLICATE", "SAVE", "FINESS EG already used in the client", e,
                MessageKeys.FINESS_EG_DUPLICATE,
                () -> EstablishmentRules.validate(e, new EstablishmentFacts("ESAT Le Moulin", null, CLIENT_ID))));
        c.add(new HostileCase("EST-ORG-TAKEN", "SAVE", "Organisation already bound to another establishment", e,
                MessageKeys.ESTABLISHMENT_ORG_TAKEN,
                () -> EstablishmentRules.validate(e, new EstablishmentFacts(null, "ESAT Le Moulin", CLIENT_ID))));
        c.add(new HostileCase("EST-ORG-OTHER-CLIENT", "SAVE", "Organisation of another client", e,
                MessageKeys.ESTABLISHMENT_ORG_OTHER_CLIENT,
                () -> EstablishmentRules.validate(e, new EstablishmentFacts(null, null, 99))));
        Establishment star = est(b -> b.orgId = 0);
        c.add(new HostileCase("EST-ORG-STAR", "SAVE", "Establishment on organisation *", star,
                MessageKeys.ESTABLISHMENT_ORG_REQUIRED,
                () -> EstablishmentRules.validate(star, EstablishmentFacts.none(CLIENT_ID))));
        c.add(new HostileCase("EST-DELETE-SIGNED", "DELETE", "Delete an establishment of a signed contract", e,
                MessageKeys.ESTABLISHMENT_IN_SIGNED_CONTRACT,
                () -> EstablishmentRules.checkDelete(e, Optional.of("CPOM-2025-001"))));
    }

    // ---------------------------------------------------------------- contract
    private static Contract con(Consumer<ContractCopy> change) {
        ContractCopy b = new ContractCopy(draft());
        change.accept(b);
        return b.build();
    }

    private static void save(List<HostileCase> c, String id, String description, Contract k, String key) {
        c.add(new HostileCase(id, "SAVE", description, k, key, () -> ContractRules.validate(k)));
    }

    private static void contractCases(List<HostileCase> c) {
        save(c, "CON-DATES-REVERSED", "End date before start date", con(b -> b.dateTo = LocalDate.of(2024, 12, 31)),
                MessageKeys.CONTRACT_DATES_REVERSED);
        save(c, "CON-DATES-SAME", "End date equal to start date", con(b -> b.dateTo = FROM),
                MessageKeys.CONTRACT_DATES_REVERSED);
        save(c, "CON-7-YEARS", "7-year contract", con(b -> b.dateTo = LocalDate.of(2031, 12, 31)),
                MessageKeys.CONTRACT_TOO_LONG);
        save(c, "CON-6-YEARS-NO-EXT", "6-year contract without the extension flag",
                con(b -> b.dateTo = LocalDate.of(2030, 12, 31)), MessageKeys.CONTRACT_TOO_LONG);
        save(c, "CON-5-YEARS-PLUS-1-DAY", "5 years and 1 day", con(b -> b.dateTo = LocalDate.of(2030, 1, 1)),
                MessageKeys.CONTRACT_TOO_LONG);
        save(c, "CON-7-YEARS-EXT", "7-year contract even with the extension flag",
                con(b -> { b.dateTo = LocalDate.of(2031, 12, 31); b.extended = true; }), MessageKeys.CONTRACT_TOO_LONG);
        save(c, "CON-NO-AUTHORITY", "Neither ARS nor département partner",
                con(b -> { b.arsBPartnerId = 0; b.departementBPartnerId = 0; }), MessageKeys.CONTRACT_NO_AUTHORITY);
        save(c, "CON-NO-LEGAL-BASIS", "No legal basis", con(b -> b.legalBasis = null),
                MessageKeys.CONTRACT_LEGAL_BASIS_MISSING);
        save(c, "CON-SIGNED-AFTER-END", "Signature date after the end date",
                con(b -> b.dateSigned = LocalDate.of(2030, 1, 15)), MessageKeys.CONTRACT_SIGNED_AFTER_END);
        save(c, "CON-TOTAL-NEG", "Negative total amount", con(b -> b.totalAmt = new BigDecimal("-0.01")),
                MessageKeys.CONTRACT_TOTAL_NEGATIVE);
        save(c, "CON-NAME-10K", "10,000-character name", con(b -> b.name = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "CON-DESCRIPTION-10K", "10,000-character description", con(b -> b.description = HUGE),
                MessageKeys.TEXT_TOO_LONG);
        save(c, "CON-DIAGNOSIS-10K", "10,000-character shared diagnosis", con(b -> b.sharedDiagnosis = HUGE),
                MessageKeys.TEXT_TOO_LONG);
        save(c, "CON-DOCNO-10K", "10,000-character document number", con(b -> b.documentNo = HUGE),
                MessageKeys.TEXT_TOO_LONG);
        status(c, "CON-STATUS-DR-CO", DocStatus.DRAFTED, DocStatus.COMPLETED);
        status(c, "CON-STATUS-CO-DR", DocStatus.COMPLETED, DocStatus.DRAFTED);
        status(c, "CON-STATUS-CO-VO", DocStatus.COMPLETED, DocStatus.VOIDED);
        status(c, "CON-STATUS-VO-CO", DocStatus.VOIDED, DocStatus.COMPLETED);
        status(c, "CON-STATUS-CL-CO", DocStatus.CLOSED, DocStatus.COMPLETED);
        status(c, "CON-STATUS-DR-CL", DocStatus.DRAFTED, DocStatus.CLOSED);
        Contract ip = contract(DocStatus.IN_PROGRESS);
        c.add(new HostileCase("CON-COMPLETE-NO-EST", "COMPLETE", "Sign a contract with an empty perimeter", ip,
                MessageKeys.CONTRACT_COMPLETE_NO_ESTABLISHMENT,
                () -> ContractRules.checkCanComplete(ip.withTotalAmt(BigDecimal.ZERO), List.of(), LABELS, 1, List.of())));
        c.add(new HostileCase("CON-COMPLETE-NO-AXIS", "COMPLETE", "Sign a contract without any axis", ip,
                MessageKeys.CONTRACT_COMPLETE_NO_AXIS,
                () -> ContractRules.checkCanComplete(ip, PERIMETER, LABELS, 0, budget())));
        List<BudgetLine> missing2029 = new ArrayList<>(budget());
        missing2029.removeIf(l -> l.fiscalYear() == 2029 && l.establishmentId() == ESTABLISHMENT_2);
        Contract ipLess = ip.withTotalAmt(new BigDecimal("900000.00"));
        c.add(new HostileCase("CON-COMPLETE-MISSING-BUDGET", "COMPLETE", "Sign with no 2029 budget for one establishment",
                ipLess, MessageKeys.CONTRACT_COMPLETE_MISSING_BUDGET,
                () -> ContractRules.checkCanComplete(ipLess, PERIMETER, LABELS, 1, missing2029)));
        Contract wrongTotal = ip.withTotalAmt(new BigDecimal("999999.99"));
        c.add(new HostileCase("CON-TOTAL-MISMATCH", "COMPLETE", "Total amount differs from the budget lines by 0.01",
                wrongTotal, MessageKeys.CONTRACT_TOTAL_MISMATCH,
                () -> ContractRules.checkCanComplete(wrongTotal, PERIMETER, LABELS, 1, budget())));
        Contract signed = signed();
        Contract movedStart = signed.withPeriod(LocalDate.of(2025, 2, 1), TO);
        c.add(new HostileCase("CON-SIGNED-DATEFROM", "UPDATE_SIGNED", "Change the start date of a signed contract",
                movedStart, MessageKeys.CONTRACT_LOCKED_FIELD,
                () -> ContractRules.checkHeaderChange(signed, movedStart, false)));
        Contract longer = signed.withDateTo(LocalDate.of(2029, 6, 30));
        c.add(new HostileCase("CON-SIGNED-DATETO", "UPDATE_SIGNED", "Change the end date without an amendment",
                longer, MessageKeys.CONTRACT_LOCKED_FIELD, () -> ContractRules.checkHeaderChange(signed, longer, false)));
        ContractCopy diagCopy = new ContractCopy(signed);
        diagCopy.sharedDiagnosis = "'; UPDATE CPOM_Contract SET TotalAmt=0; --";
        Contract diag = diagCopy.build();
        c.add(new HostileCase("CON-SIGNED-DIAGNOSIS", "UPDATE_SIGNED", "Rewrite the shared diagnosis of a signed contract",
                diag, MessageKeys.CONTRACT_LOCKED_FIELD, () -> ContractRules.checkHeaderChange(signed, diag, false)));
        c.add(new HostileCase("CON-DELETE-SIGNED", "DELETE", "Delete a signed contract", signed,
                MessageKeys.CONTRACT_DELETE_SIGNED, () -> ContractRules.checkDelete(signed)));
        Contract draft = draft();
        c.add(new HostileCase("CON-RENEW-DRAFT", "RENEW", "Renew a contract that was never signed", draft,
                MessageKeys.RENEWAL_NOT_SIGNED, () -> RenewalPlanner.check(draft)));
    }

    private static void status(List<HostileCase> c, String id, DocStatus from, DocStatus to) {
        Contract k = contract(from);
        c.add(new HostileCase(id, "STATUS", "Status jump " + from.code() + " → " + to.code(), k,
                MessageKeys.DOC_STATUS_TRANSITION, () -> DocStatusRules.checkTransition(k, from, to)));
    }

    // ---------------------------------------------------------------- perimeter
    private static void perimeterCases(List<HostileCase> c) {
        Contract k = draft();
        PerimeterLine line = new PerimeterLine(0, CONTRACT_ID, ESTABLISHMENT_1, FROM, null);
        List<Membership> other = List.of(new Membership(999, "CPOM-2022-007", DocStatus.COMPLETED, ESTABLISHMENT_1,
                LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)));
        c.add(new HostileCase("PER-OVERLAP", "SAVE", "Establishment already in an overlapping signed contract", line,
                MessageKeys.PERIMETER_OVERLAP, () -> PerimeterRules.validate(line, k, "ESAT Les Tilleuls", List.of(), other)));
        PerimeterLine reversed = new PerimeterLine(0, CONTRACT_ID, ESTABLISHMENT_1, LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 1, 1));
        c.add(new HostileCase("PER-DATES-REVERSED", "SAVE", "Leaves the perimeter before joining it", reversed,
                MessageKeys.PERIMETER_DATES_REVERSED,
                () -> PerimeterRules.validate(reversed, k, "ESAT Les Tilleuls", List.of(), List.of())));
        PerimeterLine outside = new PerimeterLine(0, CONTRACT_ID, ESTABLISHMENT_1, LocalDate.of(2031, 1, 1), null);
        c.add(new HostileCase("PER-JOIN-OUTSIDE", "SAVE", "Joins after the contract ends", outside,
                MessageKeys.PERIMETER_DATE_OUTSIDE,
                () -> PerimeterRules.validate(outside, k, "ESAT Les Tilleuls", List.of(), List.of())));
        PerimeterLine twice = new PerimeterLine(0, CONTRACT_ID, ESTABLISHMENT_1, null, null);
        c.add(new HostileCase("PER-DUPLICATE", "SAVE", "Same establishment twice in one perimeter", twice,
                MessageKeys.PERIMETER_DUPLICATE, () -> PerimeterRules.validate(twice, k, "ESAT Les Tilleuls",
                        List.of(new PerimeterLine(77, CONTRACT_ID, ESTABLISHMENT_1, null, null)), List.of())));
    }

    // ---------------------------------------------------------------- axis and action sheets
    private static ActionSheet act(Consumer<ActionSheetCopy> change) {
        ActionSheetCopy b = new ActionSheetCopy(actionSheet());
        change.accept(b);
        return b.build();
    }

    private static void save(List<HostileCase> c, String id, String description, ActionSheet a, String key) {
        c.add(new HostileCase(id, "SAVE", description, a, key,
                () -> ActionSheetRules.validate(a, new ActionSheetContext(signed(), CONTRACT_ID, PERIMETER))));
    }

    private static void axisAndActionCases(List<HostileCase> c) {
        Axis axisName = new Axis(0, CONTRACT_ID, 10, HUGE, null);
        c.add(new HostileCase("AXIS-NAME-10K", "SAVE", "10,000-character axis name", axisName,
                MessageKeys.TEXT_TOO_LONG, () -> AxisRules.validate(axisName, draft())));
        Axis axisDesc = new Axis(0, CONTRACT_ID, 10, "Inclusion", HUGE);
        c.add(new HostileCase("AXIS-DESCRIPTION-10K", "SAVE", "10,000-character axis description", axisDesc,
                MessageKeys.TEXT_TOO_LONG, () -> AxisRules.validate(axisDesc, draft())));
        Axis onClosed = new Axis(0, CONTRACT_ID, 20, "Nouvel axe", null);
        c.add(new HostileCase("AXIS-CLOSED-CONTRACT", "SAVE", "Add an axis to a closed contract", onClosed,
                MessageKeys.CONTRACT_READ_ONLY, () -> AxisRules.validate(onClosed, contract(DocStatus.CLOSED))));
        ActionSheet a0 = actionSheet();
        c.add(new HostileCase("ACT-AXIS-OTHER-CONTRACT", "SAVE", "Axis of another contract", a0,
                MessageKeys.ACTION_AXIS_OTHER_CONTRACT,
                () -> ActionSheetRules.validate(a0, new ActionSheetContext(signed(), 4242, PERIMETER))));
        save(c, "ACT-START-AFTER-DUE", "Start after due date", act(b -> b.startDate = LocalDate.of(2028, 1, 1)),
                MessageKeys.ACTION_START_AFTER_DUE);
        save(c, "ACT-DUE-OUTSIDE", "Due date after the contract end", act(b -> b.dueDate = LocalDate.of(2030, 6, 30)),
                MessageKeys.ACTION_DUE_OUTSIDE_CONTRACT);
        save(c, "ACT-NO-PILOT", "In progress without a pilot", act(b -> b.pilotUserId = 0),
                MessageKeys.ACTION_PILOT_REQUIRED);
        save(c, "ACT-PROGRESS-101", "Progress 101 %", act(b -> b.progress = new BigDecimal("101")),
                MessageKeys.ACTION_PROGRESS_RANGE);
        save(c, "ACT-PROGRESS-NEG", "Progress -5 %", act(b -> b.progress = new BigDecimal("-5")),
                MessageKeys.ACTION_PROGRESS_RANGE);
        save(c, "ACT-DONE-50", "Done at 50 %", act(b -> b.actionStatus = ActionStatus.DONE),
                MessageKeys.ACTION_DONE_NOT_COMPLETE);
        save(c, "ACT-ABANDONED-NO-REASON", "Abandoned without a reason",
                act(b -> { b.actionStatus = ActionStatus.ABANDONED; b.abandonReason = " "; }),
                MessageKeys.ACTION_ABANDON_REASON);
        save(c, "ACT-MEANS-NEG", "Negative means", act(b -> b.meansAmt = new BigDecimal("-100")),
                MessageKeys.ACTION_MEANS_NEGATIVE);
        save(c, "ACT-VALUE-10K", "10,000-character number", act(b -> b.value = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "ACT-NAME-10K", "10,000-character title", act(b -> b.name = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "ACT-OBJECTIVE-10K", "10,000-character objective", act(b -> b.objective = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "ACT-ACTIONS-10K", "10,000-character actions", act(b -> b.actions = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "ACT-PARTNERS-10K", "10,000-character partners", act(b -> b.partners = HUGE), MessageKeys.TEXT_TOO_LONG);
        save(c, "ACT-REASON-10K", "10,000-character abandon reason",
                act(b -> { b.actionStatus = ActionStatus.ABANDONED; b.abandonReason = HUGE; }), MessageKeys.TEXT_TOO_LONG);
        ActionSheet a1 = actionSheet();
        c.add(new HostileCase("ACT-ESTABLISHMENT-OUTSIDE", "SAVE",
                "Establishment concerned outside the perimeter (CPOM_ActionSheetEstablishment)", a1,
                MessageKeys.ACTION_ESTABLISHMENT_OUTSIDE_PERIMETER,
                () -> ActionSheetRules.checkEstablishmentConcerned(a1, signed(), 777, "Foyer hors CPOM", PERIMETER)));
        ActionSheet twin = act(b -> { b.id = 0; b.value = " fa-01 "; });
        c.add(new HostileCase("ACT-VALUE-TWICE", "SAVE", "Second sheet numbered FA-01 in the contract", twin,
                MessageKeys.ACTION_VALUE_DUPLICATE,
                () -> ActionSheetRules.checkUniqueValue(twin, signed(), List.of(actionSheet()))));
        ActionSheet a2 = actionSheet();
        c.add(new HostileCase("ACT-VOIDED-CONTRACT", "SAVE", "Edit an action sheet of a voided contract", a2,
                MessageKeys.CONTRACT_READ_ONLY, () -> ActionSheetRules.validate(a2,
                        new ActionSheetContext(contract(DocStatus.VOIDED), CONTRACT_ID, PERIMETER))));
    }

    // ---------------------------------------------------------------- indicators
    private static Indicator indicator(String name, String unit, Integer baselineYear) {
        return new Indicator(701, CONTRACT_ID, 0, name, null, unit, Direction.HIGHER_IS_BETTER,
                new BigDecimal("0.80"), baselineYear, IndicatorSource.MANUAL, true);
    }

    private static void indicatorCases(List<HostileCase> c) {
        Indicator ind = indicator("Taux d’occupation", "%", 2024);
        IndicatorValue y2031 = new IndicatorValue(0, 701, 2031, new BigDecimal("0.95"), null, null);
        c.add(new HostileCase("IND-YEAR-OUTSIDE", "SAVE", "Yearly value for 2031 in a 2025-2029 contract", y2031,
                MessageKeys.INDICATOR_YEAR_OUTSIDE, () -> IndicatorRules.validateValue(y2031, ind, signed(), List.of())));
        IndicatorValue again = new IndicatorValue(0, 701, 2026, new BigDecimal("0.9"), null, null);
        c.add(new HostileCase("IND-YEAR-TWICE", "SAVE", "Second value for the same year", again,
                MessageKeys.INDICATOR_VALUE_DUPLICATE, () -> IndicatorRules.validateValue(again, ind, signed(),
                        List.of(new IndicatorValue(702, 701, 2026, BigDecimal.ONE, null, null)))));
        IndicatorValue comments = new IndicatorValue(0, 701, 2026, BigDecimal.ONE, null, HUGE);
        c.add(new HostileCase("IND-COMMENTS-10K", "SAVE", "10,000-character comments", comments,
                MessageKeys.TEXT_TOO_LONG, () -> IndicatorRules.validateValue(comments, ind, signed(), List.of())));
        c.add(new HostileCase("IND-TARGET-MISSING", "COMPLETE", "Active indicator without a 2029 target", ind,
                MessageKeys.INDICATOR_TARGET_MISSING, () -> IndicatorRules.checkTargets(ind, signed(), List.of(
                        new IndicatorValue(1, 701, 2025, BigDecimal.ONE, null, null),
                        new IndicatorValue(2, 701, 2026, BigDecimal.ONE, null, null),
                        new IndicatorValue(3, 701, 2027, BigDecimal.ONE, null, null),
                        new IndicatorValue(4, 701, 2028, BigDecimal.ONE, null, null)))));
        Indicator name = indicator(HUGE, "%", 2024);
        c.add(new HostileCase("IND-NAME-10K", "SAVE", "10,000-character indicator name", name,
                MessageKeys.TEXT_TOO_LONG, () -> IndicatorRules.validate(name, signed(), 0)));
        Indicator unit = indicator("Taux", HUGE, 2024);
        c.add(new HostileCase("IND-UNIT-10K", "SAVE", "10,000-character unit", unit,
                MessageKeys.TEXT_TOO_LONG, () -> IndicatorRules.validate(unit, signed(), 0)));
        Indicator baseline = indicator("Taux", "%", 2027);
        c.add(new HostileCase("IND-BASELINE-LATE", "SAVE", "Baseline year after the contract start", baseline,
                MessageKeys.INDICATOR_BASELINE_YEAR, () -> IndicatorRules.validate(baseline, signed(), 0)));
    }

    // ---------------------------------------------------------------- budget
    private static void budgetCases(List<HostileCase> c) {
        Contract k = draft();
        BudgetLine base = budgetLine();
        BudgetLine outside = new BudgetLine(0, CONTRACT_ID, ESTABLISHMENT_1, 2031, base.funder(),
                base.functionalGroup(), base.budgetSection(), base.amount(), null);
        c.add(new HostileCase("BUD-YEAR-OUTSIDE", "SAVE", "Budget year 2031 outside the contract", outside,
                MessageKeys.BUDGET_YEAR_OUTSIDE, () -> BudgetRules.validate(outside, k, PERIMETER, LABELS)));
        BudgetLine stranger = new BudgetLine(0, CONTRACT_ID, 777, 2026, base.funder(), base.functionalGroup(),
                base.budgetSection(), base.amount(), null);
        c.add(new HostileCase("BUD-EST-OUTSIDE", "SAVE", "Establishment not in the perimeter", stranger,
                MessageKeys.BUDGET_ESTABLISHMENT_OUTSIDE_PERIMETER,
                () -> BudgetRules.validate(stranger, k, PERIMETER, LABELS)));
        BudgetLine negative = base.withAmount(new BigDecimal("-1.00"));
        c.add(new HostileCase("BUD-AMOUNT-NEG", "SAVE", "Negative amount", negative,
                MessageKeys.BUDGET_AMOUNT_NEGATIVE, () -> BudgetRules.validate(negative, k, PERIMETER, LABELS)));
        BudgetLine noAmount = base.withAmount(null);
        c.add(new HostileCase("BUD-AMOUNT-NULL", "SAVE", "No amount", noAmount,
                MessageKeys.FIELD_MANDATORY, () -> BudgetRules.validate(noAmount, k, PERIMETER, LABELS)));
        BudgetLine desc = new BudgetLine(0, CONTRACT_ID, ESTABLISHMENT_1, 2026, base.funder(), base.functionalGroup(),
                base.budgetSection(), base.amount(), HUGE);
        c.add(new HostileCase("BUD-DESCRIPTION-10K", "SAVE", "10,000-character description", desc,
                MessageKeys.TEXT_TOO_LONG, () -> BudgetRules.validate(desc, k, PERIMETER, LABELS)));
        BudgetLine dup = base;
        c.add(new HostileCase("BUD-DUPLICATE", "SAVE", "Second line with the same key", dup,
                MessageKeys.BUDGET_DUPLICATE, () -> BudgetRules.validateBatch(k, PERIMETER, LABELS,
                        List.of(dup, dup.withAmount(new BigDecimal("99"))), List.of())));
        c.add(new HostileCase("BUD-ESAT-MAIN-SECTION", "SAVE", "ESAT line in the MAIN section instead of BPAS/BAPC",
                base, MessageKeys.BUDGET_ESAT_SECTION, () -> BudgetRules.checkSection(base, k, BudgetRules.ESAT_CATEGORY)));
        BudgetLine bpasForEhpad = budget().get(0);
        c.add(new HostileCase("BUD-BPAS-NOT-ESAT", "SAVE", "BPAS section for an EHPAD (category 500)", bpasForEhpad,
                MessageKeys.BUDGET_ESAT_SECTION, () -> BudgetRules.checkSection(bpasForEhpad, k, "500")));
        Contract ip = contract(DocStatus.IN_PROGRESS);
        c.add(new HostileCase("BUD-GEN-EMPTY-BASE", "GENERATE", "Generate from a base year with no line", ip,
                MessageKeys.BUDGET_BASE_YEAR_EMPTY, () -> BudgetGenerator.check(ip, 2025, BigDecimal.ONE, List.of())));
        c.add(new HostileCase("BUD-GEN-RATE-100", "GENERATE", "Generate with a -100 % growth rate", ip,
                MessageKeys.BUDGET_GROWTH_RATE_INVALID,
                () -> BudgetGenerator.check(ip, 2025, new BigDecimal("-100"), budget())));
        c.add(new HostileCase("BUD-GEN-BASE-OUTSIDE", "GENERATE", "Generate from base year 2019", ip,
                MessageKeys.BUDGET_BASE_YEAR_OUTSIDE, () -> BudgetGenerator.check(ip, 2019, BigDecimal.ONE, budget())));
    }

    // ---------------------------------------------------------------- account groups
    private static void accountGroupCases(List<HostileCase> c) {
        AccountGroupMapping sql = new AccountGroupMapping("6'--", FunctionalGroup.CHARGES_I, null);
        c.add(new HostileCase("ACC-PREFIX-SQL", "SAVE", "Prefix with SQL metacharacters", sql,
                MessageKeys.ACCOUNT_PREFIX_INVALID, () -> AccountGroupMapper.validate(sql)));
        AccountGroupMapping longPrefix = new AccountGroupMapping("6".repeat(21), FunctionalGroup.CHARGES_I, null);
        c.add(new HostileCase("ACC-PREFIX-21", "SAVE", "21-digit prefix", longPrefix,
                MessageKeys.ACCOUNT_PREFIX_INVALID, () -> AccountGroupMapper.validate(longPrefix)));
        AccountGroupMapping wrongClass = new AccountGroupMapping("73", FunctionalGroup.CHARGES_II, null);
        c.add(new HostileCase("ACC-CLASS-MISMATCH", "SAVE", "Income account 73 mapped to a charges group", wrongClass,
                MessageKeys.ACCOUNT_GROUP_CLASS_MISMATCH, () -> AccountGroupMapper.validate(wrongClass)));
        AccountGroupMapping twice = new AccountGroupMapping("64", FunctionalGroup.CHARGES_II, null);
        c.add(new HostileCase("ACC-PREFIX-TWICE", "SAVE", "Same prefix twice", twice,
                MessageKeys.ACCOUNT_PREFIX_DUPLICATE, () -> AccountGroupMapper.validate(List.of(twice,
                        new AccountGroupMapping("64", FunctionalGroup.CHARGES_III, null)))));
        AccountGroupMapping desc = new AccountGroupMapping("64", FunctionalGroup.CHARGES_II, HUGE);
        c.add(new HostileCase("ACC-DESCRIPTION-10K", "SAVE", "10,000-character description", desc,
                MessageKeys.TEXT_TOO_LONG, () -> AccountGroupMapper.validate(desc)));
    }

    // ---------------------------------------------------------------- amendments
    private static Amendment amendment(LocalDate newDateTo, BigDecimal change, String description) {
        return new Amendment(801, CONTRACT_ID, 1, LocalDate.of(2026, 6, 1), description, newDateTo, change, false,
                null, null, null);
    }

    private static void amendmentCases(List<HostileCase> c) {
        Amendment onDraft = amendment(null, new BigDecimal("1000"), "Avenant n°1");
        c.add(new HostileCase("AME-DRAFT-CONTRACT", "APPLY", "Amendment of an unsigned contract", onDraft,
                MessageKeys.AMENDMENT_CONTRACT_NOT_SIGNED, () -> AmendmentRules.checkCanApply(onDraft, draft())));
        Amendment applied = new Amendment(801, CONTRACT_ID, 1, LocalDate.of(2026, 6, 1), "Avenant n°1", null,
                new BigDecimal("1000"), true, LocalDate.of(2026, 6, 2), TO, new BigDecimal("1000000.00"));
        c.add(new HostileCase("AME-TWICE", "APPLY", "Apply the same amendment twice", applied,
                MessageKeys.AMENDMENT_ALREADY_APPLIED, () -> AmendmentRules.checkCanApply(applied, signed())));
        Amendment before = amendment(LocalDate.of(2024, 12, 31), null, "Avenant");
        c.add(new HostileCase("AME-DATE-BEFORE-START", "APPLY", "New end date before the start", before,
                MessageKeys.AMENDMENT_DATE_BEFORE_START, () -> AmendmentRules.checkCanApply(before, signed())));
        Amendment tooLong = amendment(LocalDate.of(2030, 12, 31), null, "Prolongation");
        c.add(new HostileCase("AME-TOO-LONG", "APPLY", "New end date giving 6 years without the extension", tooLong,
                MessageKeys.AMENDMENT_TOO_LONG, () -> AmendmentRules.checkCanApply(tooLong, signed())));
        Amendment negative = amendment(null, new BigDecimal("-1000000.01"), "Réduction");
        c.add(new HostileCase("AME-TOTAL-NEG", "APPLY", "Amount change making the total negative", negative,
                MessageKeys.AMENDMENT_TOTAL_NEGATIVE, () -> AmendmentRules.checkCanApply(negative, signed())));
        Amendment sameNo = new Amendment(0, CONTRACT_ID, 1, LocalDate.of(2027, 1, 1), "Avenant bis", null, null, false,
                null, null, null);
        c.add(new HostileCase("AME-NO-TWICE", "SAVE", "Second amendment numbered 1", sameNo,
                MessageKeys.AMENDMENT_NO_DUPLICATE,
                () -> AmendmentRules.checkUniqueNo(sameNo, signed(), List.of(amendment(null, null, "Avenant 1")))));
        Amendment desc = amendment(null, null, HUGE);
        c.add(new HostileCase("AME-DESCRIPTION-10K", "SAVE", "10,000-character description", desc,
                MessageKeys.TEXT_TOO_LONG, () -> AmendmentRules.validate(desc, signed())));
    }

    // ---------------------------------------------------------------- reviews
    private static void reviewCases(List<HostileCase> c) {
        Review mid = new Review(0, CONTRACT_ID, 2026, ReviewKind.MID_TERM, LocalDate.of(2026, 6, 1), null);
        c.add(new HostileCase("REV-MID-YEAR-2", "SAVE", "Mid-term review in year 2", mid,
                MessageKeys.REVIEW_MID_TERM_YEAR, () -> org.cpom.core.review.ReviewRules.validate(mid, signed())));
        Review fin = new Review(0, CONTRACT_ID, 2028, ReviewKind.FINAL, LocalDate.of(2028, 6, 1), null);
        c.add(new HostileCase("REV-FIN-YEAR-4", "SAVE", "Final review in year 4", fin,
                MessageKeys.REVIEW_FINAL_YEAR, () -> org.cpom.core.review.ReviewRules.validate(fin, signed())));
        Review outside = new Review(0, CONTRACT_ID, 2032, ReviewKind.ANNUAL, LocalDate.of(2032, 6, 1), null);
        c.add(new HostileCase("REV-YEAR-OUTSIDE", "SAVE", "Review in 2032", outside,
                MessageKeys.REVIEW_YEAR_OUTSIDE, () -> org.cpom.core.review.ReviewRules.validate(outside, signed())));
        Review mid2 = new Review(0, CONTRACT_ID, 2027, ReviewKind.MID_TERM, LocalDate.of(2027, 11, 1), null);
        c.add(new HostileCase("REV-MID-TWICE", "SAVE", "Second mid-term review", mid2, MessageKeys.REVIEW_DUPLICATE,
                () -> org.cpom.core.review.ReviewRules.checkUnique(mid2, signed(), List.of(
                        new Review(5, CONTRACT_ID, 2027, ReviewKind.MID_TERM, LocalDate.of(2027, 6, 1), null)))));
        Review text = new Review(0, CONTRACT_ID, 2026, ReviewKind.ANNUAL, LocalDate.of(2026, 6, 1), HUGE);
        c.add(new HostileCase("REV-CONCLUSIONS-10K", "SAVE", "10,000-character conclusions", text,
                MessageKeys.TEXT_TOO_LONG, () -> org.cpom.core.review.ReviewRules.validate(text, signed())));
    }

    /**
     * Hostile cases of the contract kinds (legal basis, parties, categories), tariff sections and payers,
     * commitment, prorogation and shortening of amendments, membership years, account crossings and renewal
     * (fresh list on each call). Kept apart from {@link #all()} until the dictionary has the columns they need
     * (State_BPartner_ID, Payer, IsProrogation) and the iDempiere layer runs these rules: database replays of
     * {@link #all()} stay green meanwhile, and move each case into their replay as it is wired.
     */
    public static List<HostileCase> kindsAndFunding() {
        return Collections.unmodifiableList(KindHostileInputs.all());
    }

    /** {@link #all()} followed by {@link #kindsAndFunding()}. */
    public static List<HostileCase> everything() {
        List<HostileCase> c = new ArrayList<>(all());
        c.addAll(KindHostileInputs.all());
        return Collections.unmodifiableList(c);
    }

    /** Cases by id (every case, {@link #everything()}), for targeted reuse. */
    public static Map<String, HostileCase> byId() {
        Map<String, HostileCase> m = new java.util.LinkedHashMap<>();
        everything().forEach(h -> m.put(h.id(), h));
        return Collections.unmodifiableMap(m);
    }
}
