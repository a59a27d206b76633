package org.cpom.core.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CPOM_Deadline row, as stored (id &gt; 0) or as generated (id 0). Ids of optional references are 0 when not
 * set.
 *
 * @param id               CPOM_Deadline_ID, 0 for a generated deadline not stored yet
 * @param key              DeadlineKey: the stable key of a generated deadline ("ERRD/2025", "ACTS/12"), at most
 *                         {@link #KEY_MAX_LENGTH} characters; null for a deadline a user added
 * @param type             DeadlineType
 * @param fiscalYear       FiscalYear the deadline concerns (the EPRD of 2026 is due in 2026, the ERRD of 2025 in
 *                         2026: its fiscal year is 2025)
 * @param name             Name (at most 60 characters), in the language it was generated in
 * @param dueDate          DueDate
 * @param legalReference   LegalReference: article or guide (at most 255 characters)
 * @param responsible      Responsible role
 * @param userId           AD_User_ID: the explicit responsible user, 0 = the role's user on the contract
 * @param establishmentId  CPOM_Establishment_ID, 0 = the whole contract
 * @param actionSheetId    CPOM_ActionSheet_ID, 0 = none
 * @param indicatorId      CPOM_Indicator_ID, 0 = none
 * @param amount           Amount (the modulation amount at risk), null when none
 * @param done             IsDone
 * @param dateDone         DateDone, null while not done
 */
public record Deadline(
        int id,
        String key,
        DeadlineType type,
        int fiscalYear,
        String name,
        LocalDate dueDate,
        String legalReference,
        Responsible responsible,
        int userId,
        int establishmentId,
        int actionSheetId,
        int indicatorId,
        BigDecimal amount,
        boolean done,
        LocalDate dateDone) {

    /** DeadlineKey column length. */
    public static final int KEY_MAX_LENGTH = 60;
    /** Name column length. */
    public static final int NAME_MAX_LENGTH = 60;
    /** LegalReference column length. */
    public static final int LEGAL_REFERENCE_MAX_LENGTH = 255;

    public Deadline {
        Objects.requireNonNull(type, "type");
        if (key != null && key.length() > KEY_MAX_LENGTH) {
            throw new IllegalArgumentException("DeadlineKey longer than " + KEY_MAX_LENGTH + ": " + key);
        }
    }

    /** True for a deadline the generator made (it has a key); a user's own deadline has none. */
    public boolean isGenerated() {
        return key != null;
    }

    /** True when not done and the due date is before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return !done && dueDate != null && dueDate.isBefore(today);
    }

    /** The same deadline stored under {@code newId}. */
    public Deadline withId(int newId) {
        return new Deadline(newId, key, type, fiscalYear, name, dueDate, legalReference, responsible, userId,
                establishmentId, actionSheetId, indicatorId, amount, done, dateDone);
    }

    /** The same deadline done on {@code date}. */
    public Deadline withDone(LocalDate date) {
        return new Deadline(id, key, type, fiscalYear, name, dueDate, legalReference, responsible, userId,
                establishmentId, actionSheetId, indicatorId, amount, true, date);
    }

    public Deadline withDueDate(LocalDate newDueDate) {
        return new Deadline(id, key, type, fiscalYear, name, newDueDate, legalReference, responsible, userId,
                establishmentId, actionSheetId, indicatorId, amount, done, dateDone);
    }

    public Deadline withUserId(int newUserId) {
        return new Deadline(id, key, type, fiscalYear, name, dueDate, legalReference, responsible, newUserId,
                establishmentId, actionSheetId, indicatorId, amount, done, dateDone);
    }

    /**
     * True when the generated content (everything but id, done and date done) equals {@code other}'s: what the
     * merge compares to decide an update.
     */
    public boolean sameContentAs(Deadline other) {
        return type == other.type && fiscalYear == other.fiscalYear && Objects.equals(name, other.name)
                && Objects.equals(dueDate, other.dueDate) && Objects.equals(legalReference, other.legalReference)
                && responsible == other.responsible && userId == other.userId
                && establishmentId == other.establishmentId && actionSheetId == other.actionSheetId
                && indicatorId == other.indicatorId && sameAmount(amount, other.amount);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
