package org.cpom.adapter;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpom.core.activity.ActivityFigures;
import org.cpom.core.activity.ActivityRecord;
import org.cpom.core.activity.ActivityRules;
import org.cpom.core.activity.ActivityUnit;
import org.cpom.core.activity.ModulationRisk;
import org.cpom.core.activity.ModulationRule;
import org.cpom.core.activity.OccupancyCalculator;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.PerimeterMember;
import org.cpom.core.model.TariffAuthority;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.rule.Violation;
import org.cpom.model.I_CPOM_Activity;
import org.cpom.persistence.ContractFacts;
import org.cpom.persistence.ContractSql;

/**
 * CPOM_Activity: one query returns the contract (with its modulation rule and threshold), the establishment's
 * membership of the perimeter (category, name, tariff authority, dates), its installed places and opening days, an
 * other row of the same establishment and year, and the dotation of its budget (income group I of that year). The
 * core validates the row ({@link ActivityRules}); when it passes, the save fills CapacityInstalled and OpeningDays
 * from the establishment when empty and sets the read-only figures (OccupancyRate, ActivityRate, ProjectedActivity,
 * ModulationRiskAmt) from {@link OccupancyCalculator} and {@link ModulationRisk}. DotationAmt left empty stays empty:
 * the budget's dotation is used, so a budget change is followed at the next save.
 */
public final class ActivitySaveRules implements SaveRules<I_CPOM_Activity> {

    static final String EXTRAS = "c.ModulationRule, c.ModulationThreshold, "
            + "(SELECT ARRAY[fc.Value::text, e.Name::text, e.TariffAuthority::text, ce.DateJoined::date::text, "
            + "ce.DateLeft::date::text] FROM CPOM_ContractEstablishment ce JOIN CPOM_Establishment e "
            + "ON e.CPOM_Establishment_ID=ce.CPOM_Establishment_ID LEFT JOIN CPOM_FinessCategory fc "
            + "ON fc.CPOM_FinessCategory_ID=e.CPOM_FinessCategory_ID WHERE ce.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND ce.CPOM_Establishment_ID=? AND ce.IsActive='Y' ORDER BY ce.CPOM_ContractEstablishment_ID LIMIT 1), "
            + "(SELECT ARRAY[e.CapacityInstalled::text, e.OpeningDays::text] FROM CPOM_Establishment e "
            + "WHERE e.CPOM_Establishment_ID=?), "
            + "(SELECT a.CPOM_Activity_ID FROM CPOM_Activity a WHERE a.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND a.CPOM_Establishment_ID=? AND a.FiscalYear=? AND a.CPOM_Activity_ID<>? LIMIT 1), "
            + "(SELECT SUM(b.Amount) FROM CPOM_BudgetLine b WHERE b.CPOM_Contract_ID=c.CPOM_Contract_ID "
            + "AND b.CPOM_Establishment_ID=? AND b.FiscalYear=? AND b.FunctionalGroup='P1' AND b.IsActive='Y')";

    @Override
    public String tableName() {
        return I_CPOM_Activity.Table_Name;
    }

    @Override
    public Class<I_CPOM_Activity> recordType() {
        return I_CPOM_Activity.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Activity record, Connection connection) throws SQLException {
        return checkAndDerive(type, record, connection, 0).result();
    }

    @Override
    public SaveOutcome checkAndDerive(SaveType type, I_CPOM_Activity record, Connection connection, int userId)
            throws SQLException {
        if (type == SaveType.DELETE) {
            return new SaveOutcome(ValidationResult.ok(), Map.of()); // operating data: deleting a year loses no term
        }
        ListCodes codes = new ListCodes(tableName());
        ActivityUnit unit = codes.decode(ActivityUnit.class, I_CPOM_Activity.COLUMNNAME_ActivityUnit,
                record.getActivityUnit());
        ActivityRecord entered = read(record, unit);
        if (connection == null) {
            return new SaveOutcome(ValidationResult.ok(), Map.of()); // nothing can be checked nor computed
        }
        SaveOutcome outcome = ContractFacts.query(connection, entered.contractId(), EXTRAS, ps -> {
            ps.setInt(1, entered.establishmentId());
            ps.setInt(2, entered.establishmentId());
            ps.setInt(3, entered.establishmentId());
            ps.setInt(4, entered.fiscalYear());
            ps.setInt(5, entered.id());
            ps.setInt(6, entered.establishmentId());
            ps.setInt(7, entered.fiscalYear());
            return 7;
        }, row -> evaluate(row, entered, codes, record.getActivityUnit()));
        if (outcome == null) {
            return SaveOutcome.rejected(ValidationResult.of(MessageKeys.FIELD_MANDATORY, "CPOM_Contract_ID",
                    Label.of(MessageKeys.RECORD_CONTRACT), ContractSql.missing(entered.contractId()).label(),
                    Label.of(MessageKeys.RECORD_CONTRACT)));
        }
        return outcome;
    }

    private static SaveOutcome evaluate(ContractFacts.Row row, ActivityRecord entered, ListCodes codes,
            String unitCode) throws SQLException {
        ResultSet rs = row.rs();
        Contract contract = row.contract();
        String ruleCode = rs.getString(row.extra(1));
        BigDecimal contractThreshold = rs.getBigDecimal(row.extra(2));
        Object[] membership = texts(rs, row.extra(3), 5);
        PerimeterMember member = rs.getArray(row.extra(3)) == null ? null
                : new PerimeterMember(entered.establishmentId(), (String) membership[1], (String) membership[0],
                        CoreMapping.decodeOrNull(TariffAuthority.class, (String) membership[2]),
                        date(membership[3]), date(membership[4]));
        Object[] capacity = texts(rs, row.extra(4), 2);
        int otherId = rs.getInt(row.extra(5));
        boolean duplicate = !rs.wasNull();
        BigDecimal budgetDotation = rs.getBigDecimal(row.extra(6));

        // what the save fills before the rules see the row: the establishment's places and opening days
        Map<String, Object> derived = new LinkedHashMap<>();
        BigDecimal places = entered.capacityInstalled();
        if (places == null && capacity[0] != null) {
            places = new BigDecimal((String) capacity[0]);
            derived.put(I_CPOM_Activity.COLUMNNAME_CapacityInstalled, places);
        }
        Integer openingDays = entered.openingDays();
        if (openingDays == null && capacity[1] != null && Integer.parseInt((String) capacity[1]) > 0) {
            openingDays = Integer.valueOf((String) capacity[1]);
            derived.put(I_CPOM_Activity.COLUMNNAME_OpeningDays, openingDays);
        }
        ActivityRecord activity = entered.withCapacity(places, openingDays);

        ValidationResult.Builder b = ValidationResult.builder();
        if (!codes.isEmpty()) {
            // ListCodes names the record type through the core's table labels; the activity's own message says it
            b.add(MessageKeys.ACTIVITY_UNIT_NOT_FOR_CATEGORY, I_CPOM_Activity.COLUMNNAME_ActivityUnit,
                    contract.label(), member == null ? "n° " + entered.establishmentId() : member.label(),
                    entered.fiscalYear(), org.cpom.core.text.TextRules.shorten(unitCode),
                    member == null ? "-" : member.finessCategory());
        }
        ValidationResult rules = ActivityRules.validate(activity, contract, member);
        for (Violation v : rules.violations()) {
            if (codes.isEmpty() || !v.messageKey().equals(MessageKeys.ACTIVITY_UNIT_MISSING)) {
                b.add(v); // an unknown unit is reported once, above, not also as missing
            }
        }
        if (duplicate) {
            b.add(ActivityRules.checkUnique(activity, contract,
                    member == null ? "n° " + entered.establishmentId() : member.label(),
                    List.of(new ActivityRecord(otherId, activity.contractId(), activity.establishmentId(),
                            activity.fiscalYear(), null, null, null, null, null, null, null, null, null, null,
                            null))));
        }
        ValidationResult result = b.build();
        if (result.hasErrors()) {
            return SaveOutcome.rejected(result);
        }
        ActivityFigures figures = OccupancyCalculator.compute(activity);
        derived.put(I_CPOM_Activity.COLUMNNAME_OccupancyRate, figures.occupancyRate());
        derived.put(I_CPOM_Activity.COLUMNNAME_ActivityRate, figures.activityRate());
        derived.put(I_CPOM_Activity.COLUMNNAME_ProjectedActivity, figures.projection());
        ModulationRule rule = CoreMapping.decodeOrNull(ModulationRule.class, ruleCode);
        ModulationRisk.Assessment risk = ModulationRisk.assess(contract.legalBasis(), rule, contractThreshold,
                member, activity, budgetDotation);
        boolean assessed = risk.outcome() == ModulationRisk.Outcome.AT_RISK
                || risk.outcome() == ModulationRisk.Outcome.ABOVE_THRESHOLD;
        derived.put(I_CPOM_Activity.COLUMNNAME_ModulationRiskAmt, assessed ? risk.amountAtRisk() : null);
        return new SaveOutcome(result, derived);
    }

    /** The row as the core reads it; OpeningDays 0 (the int getter of an empty column) is "not entered". */
    static ActivityRecord read(I_CPOM_Activity r, ActivityUnit unit) {
        // optional numbers as stored (the generated getters return 0 for an empty column)
        return new ActivityRecord(r.getCPOM_Activity_ID(), r.getCPOM_Contract_ID(), r.getCPOM_Establishment_ID(),
                r.getFiscalYear(), unit, OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_ActivityTarget),
                OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_ActivityActual),
                OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_ActivityToDate),
                Dates.toLocalDate(r.getMeasureDate()), OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_CapacityInstalled),
                r.getOpeningDays() == 0 ? null : Integer.valueOf(r.getOpeningDays()),
                OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_AdmissionsQty),
                OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_ModulationThreshold),
                OptionalNumbers.decimal(r, I_CPOM_Activity.COLUMNNAME_DotationAmt), r.getDescription());
    }

    private static Object[] texts(ResultSet rs, int column, int size) throws SQLException {
        Array a = rs.getArray(column);
        return a == null ? new Object[size] : (Object[]) a.getArray();
    }

    private static LocalDate date(Object isoText) {
        return isoText == null ? null : LocalDate.parse((String) isoText);
    }
}
