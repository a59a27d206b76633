package org.cpom.adapter;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cpom.core.calendar.DeadlineType;
import org.cpom.core.calendar.Responsible;
import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.rule.Coded;
import org.cpom.core.rule.ValidationResult;
import org.cpom.core.text.TextRules;
import org.cpom.model.I_CPOM_Deadline;
import org.cpom.persistence.ContractFacts;

/**
 * CPOM_Deadline: one query returns the contract, its perimeter, the row as stored (key, type, generated flag) and
 * the contract of the chosen action sheet.
 * <ul>
 * <li>every row: Name and DueDate required, list codes known, texts within their columns, the establishment in
 * the contract's perimeter, the action sheet one of the contract's;</li>
 * <li>a generated row (IsGenerated=Y, made by Generate deadlines) keeps its DeadlineKey and DeadlineType; nobody
 * turns a user's row into a generated one or the reverse. A new row is generated exactly when it has a key;</li>
 * <li>IsDone=Y fills DateDone (today) and DoneBy_User_ID (the session's user) when empty; IsDone=N clears them;</li>
 * <li>FiscalYear left empty is the due date's year.</li>
 * </ul>
 */
public final class DeadlineSaveRules implements SaveRules<I_CPOM_Deadline> {

    static final String EXTRAS = ContractFacts.PERIMETER + ", (SELECT ARRAY[d.DeadlineKey::text, "
            + "d.DeadlineType::text, d.IsGenerated::text, d.CPOM_Establishment_ID::text] FROM CPOM_Deadline d "
            + "WHERE d.CPOM_Deadline_ID=?), "
            + "(SELECT s.CPOM_Contract_ID FROM CPOM_ActionSheet s WHERE s.CPOM_ActionSheet_ID=?)";

    /** Text columns and their lengths (the DDL's; the core's ColumnLimits does not list this table). */
    private static final Map<String, Integer> LENGTHS = Map.of(I_CPOM_Deadline.COLUMNNAME_Name, 255,
            I_CPOM_Deadline.COLUMNNAME_LegalReference, 255, I_CPOM_Deadline.COLUMNNAME_Description, 2000,
            I_CPOM_Deadline.COLUMNNAME_DeadlineKey, 60);

    @Override
    public String tableName() {
        return I_CPOM_Deadline.Table_Name;
    }

    @Override
    public Class<I_CPOM_Deadline> recordType() {
        return I_CPOM_Deadline.class;
    }

    @Override
    public ValidationResult check(SaveType type, I_CPOM_Deadline record, Connection connection) throws SQLException {
        return checkAndDerive(type, record, connection, 0).result();
    }

    @Override
    public SaveOutcome checkAndDerive(SaveType type, I_CPOM_Deadline r, Connection connection, int userId)
            throws SQLException {
        if (type == SaveType.DELETE) {
            return new SaveOutcome(ValidationResult.ok(), Map.of());
        }
        String label = label(r);
        ValidationResult.Builder b = ValidationResult.builder();
        if (r.getName() == null || r.getName().isBlank()) {
            b.add(mandatory(label, I_CPOM_Deadline.COLUMNNAME_Name));
        }
        if (r.getDueDate() == null) {
            b.add(mandatory(label, I_CPOM_Deadline.COLUMNNAME_DueDate));
        }
        Map<String, Object> derived = new LinkedHashMap<>();
        // the dictionary defaults (USER, CM), which a PO applies to a new record before the event
        if (r.getDeadlineType() == null && type == SaveType.NEW) {
            derived.put(I_CPOM_Deadline.COLUMNNAME_DeadlineType, DeadlineType.USER);
        } else {
            listCode(b, DeadlineType.class, I_CPOM_Deadline.COLUMNNAME_DeadlineType, r.getDeadlineType(), label);
        }
        if (r.getResponsible() == null && type == SaveType.NEW) {
            derived.put(I_CPOM_Deadline.COLUMNNAME_Responsible, Responsible.CONTRACT_MANAGER);
        } else {
            listCode(b, Responsible.class, I_CPOM_Deadline.COLUMNNAME_Responsible, r.getResponsible(), label);
        }
        length(b, I_CPOM_Deadline.COLUMNNAME_Name, r.getName(), label);
        length(b, I_CPOM_Deadline.COLUMNNAME_LegalReference, r.getLegalReference(), label);
        length(b, I_CPOM_Deadline.COLUMNNAME_Description, r.getDescription(), label);
        length(b, I_CPOM_Deadline.COLUMNNAME_DeadlineKey, r.getDeadlineKey(), label);
        String key = r.getDeadlineKey() == null || r.getDeadlineKey().isBlank() ? null : r.getDeadlineKey();
        if (type == SaveType.NEW && r.isGenerated() != (key != null)) {
            derived.put(I_CPOM_Deadline.COLUMNNAME_IsGenerated, key != null);
        }
        done(r, userId, derived);
        if (r.getFiscalYear() == 0 && r.getDueDate() != null) {
            derived.put(I_CPOM_Deadline.COLUMNNAME_FiscalYear, Dates.toLocalDate(r.getDueDate()).getYear());
        }
        if (connection == null) {
            ValidationResult own = b.build();
            return own.hasErrors() ? SaveOutcome.rejected(own) : new SaveOutcome(own, derived);
        }
        ValidationResult context = ContractFacts.query(connection, r.getCPOM_Contract_ID(), EXTRAS, ps -> {
            ps.setInt(1, r.getCPOM_Deadline_ID());
            ps.setInt(2, r.getCPOM_ActionSheet_ID());
            return 2;
        }, row -> inContract(type, r, key, label, row));
        b.add(context != null ? context : ValidationResult.of(MessageKeys.FIELD_MANDATORY, "CPOM_Contract_ID",
                Label.of(MessageKeys.RECORD_DEADLINE), label, Label.of(MessageKeys.RECORD_CONTRACT)));
        ValidationResult result = b.build();
        return result.hasErrors() ? SaveOutcome.rejected(result) : new SaveOutcome(result, derived);
    }

    private static ValidationResult inContract(SaveType type, I_CPOM_Deadline r, String key, String label,
            ContractFacts.Row row) throws SQLException {
        ResultSet rs = row.rs();
        Contract contract = row.contract();
        ValidationResult.Builder b = ValidationResult.builder();
        int establishment = r.getCPOM_Establishment_ID();
        Array storedRow = rs.getArray(row.extra(3));
        Object[] stored = storedRow == null ? null : (Object[]) storedRow.getArray();
        // the perimeter is checked when the establishment is chosen: a deadline kept (done) or withdrawn after its
        // establishment left the perimeter must still be savable
        int storedEstablishment = stored == null || stored[3] == null ? 0
                : new java.math.BigDecimal((String) stored[3]).intValue();
        boolean chosen = stored == null || storedEstablishment != establishment;
        if (establishment > 0 && chosen && r.isActive()) {
            Set<Integer> perimeter = ContractFacts.intSet(rs, row.extra(1));
            if (!perimeter.contains(establishment)) {
                String name = ContractFacts.labels(rs, row.extra(1), row.extra(2)).get(establishment);
                b.add(MessageKeys.DEADLINE_ESTABLISHMENT_OUTSIDE, I_CPOM_Deadline.COLUMNNAME_CPOM_Establishment_ID,
                        label, contract.label(), name != null ? name : "n° " + establishment);
            }
        }
        if (type == SaveType.CHANGE) {
            if (stored != null) {
                Object[] s = stored;
                boolean wasGenerated = "Y".equals(s[2]);
                if (!Objects.equals(s[0], key)) {
                    b.add(generatedField(label, contract, I_CPOM_Deadline.COLUMNNAME_DeadlineKey));
                }
                if (wasGenerated != r.isGenerated()) {
                    b.add(generatedField(label, contract, I_CPOM_Deadline.COLUMNNAME_IsGenerated));
                }
                if (wasGenerated && !Objects.equals(s[1], r.getDeadlineType())) {
                    b.add(generatedField(label, contract, I_CPOM_Deadline.COLUMNNAME_DeadlineType));
                }
            }
        }
        if (r.getCPOM_ActionSheet_ID() > 0) {
            int sheetContract = rs.getInt(row.extra(4));
            if (rs.wasNull() || sheetContract != contract.id()) {
                b.add(MessageKeys.DEADLINE_ACTION_SHEET_OTHER_CONTRACT, I_CPOM_Deadline.COLUMNNAME_CPOM_ActionSheet_ID,
                        label, contract.label());
            }
        }
        return b.build();
    }

    /** IsDone=Y: who and when, unless given; IsDone=N: neither. */
    private static void done(I_CPOM_Deadline r, int userId, Map<String, Object> derived) {
        if (r.isDone()) {
            if (r.getDateDone() == null) {
                derived.put(I_CPOM_Deadline.COLUMNNAME_DateDone, LocalDate.now());
            }
            if (r.getDoneBy_User_ID() <= 0 && userId > 0) {
                derived.put(I_CPOM_Deadline.COLUMNNAME_DoneBy_User_ID, userId);
            }
        } else {
            if (r.getDateDone() != null) {
                derived.put(I_CPOM_Deadline.COLUMNNAME_DateDone, null);
            }
            if (r.getDoneBy_User_ID() > 0) {
                derived.put(I_CPOM_Deadline.COLUMNNAME_DoneBy_User_ID, null);
            }
        }
    }

    private static ValidationResult generatedField(String label, Contract contract, String column) {
        return ValidationResult.of(MessageKeys.DEADLINE_GENERATED_FIELD, column, label, contract.label(),
                Label.field(column));
    }

    private static ValidationResult mandatory(String label, String column) {
        return ValidationResult.of(MessageKeys.FIELD_MANDATORY, column, Label.of(MessageKeys.RECORD_DEADLINE), label,
                Label.field(column));
    }

    private static <E extends Enum<E> & Coded> void listCode(ValidationResult.Builder b, Class<E> type,
            String column, String code, String label) {
        if (code == null) {
            b.add(mandatory(label, column));
            return;
        }
        try {
            Coded.fromCode(type, code);
        } catch (IllegalArgumentException e) {
            b.add(MessageKeys.LIST_VALUE_INVALID, column, Label.of(MessageKeys.RECORD_DEADLINE), label,
                    Label.field(column), TextRules.shorten(code));
        }
    }

    private static void length(ValidationResult.Builder b, String column, String value, String label) {
        int max = LENGTHS.get(column);
        if (value != null && value.codePointCount(0, value.length()) > max) {
            b.add(MessageKeys.TEXT_TOO_LONG, column, Label.of(MessageKeys.RECORD_DEADLINE), label, Label.field(column),
                    value.codePointCount(0, value.length()), max);
        }
    }

    private static String label(I_CPOM_Deadline r) {
        String name = r.getName();
        return name == null || name.isBlank() ? "#" + r.getCPOM_Deadline_ID() : TextRules.shorten(name.strip());
    }
}
