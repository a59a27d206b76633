package org.cpom.core.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;

/**
 * Plans the deadline alerts of one contract for one run of the alert process (docs/deadlines.md, "Alerts"):
 * <ul>
 * <li>a done deadline plans nothing;</li>
 * <li>a deadline due in {@code d} days (0 ≤ d) is in the stage of the smallest lead L ≥ d of
 * {@link AlertLeadDays}; one alert per stage and user: stages already passed when the first run sees the deadline
 * are not sent late (a deadline first seen 5 days ahead gets the 7-day alert only);</li>
 * <li>a deadline past its due date gets one overdue alert, marked by {@code leadDays} = {@link #OVERDUE} (-1,
 * since 0 is a valid lead: "on the due date"), sent to its responsible user and to the contract manager;</li>
 * <li>recipient: the deadline's explicit user (AD_User_ID) when set, else the user of its role on the contract
 * (manager, accountant; an action sheet deadline carries its pilot), the manager when the role has nobody;
 * a deadline with nobody to tell is returned in {@link AlertPlan#unassigned()};</li>
 * <li>idempotent by construction: an alert (deadline, user, leadDays) already in {@code sent} is never planned, so
 * a second run on the same day, or any later run, plans nothing more for that stage.</li>
 * </ul>
 */
public final class AlertPlanner {

    /** leadDays of an overdue alert (CPOM_DeadlineAlert.LeadDays). */
    public static final int OVERDUE = -1;

    /** The contract's responsible users (AD_User_ID, 0 when not set). */
    public record ContractUsers(int managerUserId, int accountantUserId) {
    }

    /**
     * An alert already sent (a CPOM_DeadlineAlert row): matched on the deadline's id when both have one, else on
     * its key.
     */
    public record SentAlert(int deadlineId, String deadlineKey, int userId, int leadDays) {

        boolean matches(Deadline d, int user, int lead) {
            if (userId != user || leadDays != lead) {
                return false;
            }
            if (deadlineId > 0 && d.id() > 0) {
                return deadlineId == d.id();
            }
            return deadlineKey != null && deadlineKey.equals(d.key());
        }
    }

    /**
     * One alert to create now: a notice to {@code userId} about {@code deadline}.
     *
     * @param leadDays the lead stage (one of the contract's lead days), or {@link #OVERDUE}
     * @param daysLeft days from the run date to the due date (negative when overdue)
     */
    public record PlannedAlert(String contractLabel, Deadline deadline, int userId, int leadDays, boolean overdue,
            int daysLeft) {

        /** The message key of the text. */
        public String messageKey() {
            if (overdue) {
                return MessageKeys.ALERT_DEADLINE_OVERDUE;
            }
            return daysLeft == 0 ? MessageKeys.ALERT_DEADLINE_DUE_TODAY : MessageKeys.ALERT_DEADLINE_DUE;
        }

        /** The arguments of {@link #messageKey()}: contract, deadline name, due date, days, legal reference. */
        public Object[] args() {
            return new Object[] {contractLabel, deadline.name(), deadline.dueDate(), Math.abs(daysLeft),
                    deadline.legalReference()};
        }

        /** The notice's text in the user's language. */
        public String text(Language language) {
            return Messages.format(language, messageKey(), args());
        }

        /** A short subject line in the user's language. */
        public String subject(Language language) {
            return Messages.format(language, overdue ? MessageKeys.ALERT_SUBJECT_OVERDUE : MessageKeys.ALERT_SUBJECT,
                    contractLabel, deadline.name(), deadline.dueDate());
        }
    }

    /** The alerts to create, and the deadlines that needed one but have nobody to tell. */
    public record AlertPlan(List<PlannedAlert> alerts, List<Deadline> unassigned) {
        public AlertPlan {
            alerts = List.copyOf(alerts);
            unassigned = List.copyOf(unassigned);
        }
    }

    private AlertPlanner() {
    }

    /**
     * The alerts of one contract's deadlines to create on {@code today}.
     *
     * @param contractLabel the contract as messages name it (its document number)
     * @param sent          the alerts already sent for these deadlines
     */
    public static AlertPlan plan(String contractLabel, Collection<Deadline> deadlines, ContractUsers users,
            AlertLeadDays leadDays, LocalDate today, Collection<SentAlert> sent) {
        List<PlannedAlert> alerts = new ArrayList<>();
        List<Deadline> unassigned = new ArrayList<>();
        SentIndex index = new SentIndex(sent);
        Set<String> plannedNow = new HashSet<>();
        for (Deadline d : deadlines) {
            if (d.done() || d.dueDate() == null) {
                continue;
            }
            int daysLeft = (int) ChronoUnit.DAYS.between(today, d.dueDate());
            boolean overdue = daysLeft < 0;
            int stage;
            if (overdue) {
                stage = OVERDUE;
            } else {
                stage = stage(leadDays, daysLeft);
                if (stage < 0) {
                    continue; // not yet within the largest lead
                }
            }
            Set<Integer> recipients = new LinkedHashSet<>();
            int responsible = recipient(d, users);
            if (responsible > 0) {
                recipients.add(responsible);
            }
            if (overdue && users.managerUserId() > 0) {
                recipients.add(users.managerUserId()); // escalation: the manager hears of every late deadline
            }
            if (recipients.isEmpty()) {
                unassigned.add(d);
                continue;
            }
            for (int user : recipients) {
                if (index.contains(d, user, stage)
                        || !plannedNow.add((d.id() > 0 ? "#" + d.id() : d.key()) + "|" + user + "|" + stage)) {
                    continue;
                }
                alerts.add(new PlannedAlert(contractLabel, d, user, stage, overdue, daysLeft));
            }
        }
        return new AlertPlan(alerts, unassigned);
    }

    /** The lead stage of a deadline {@code daysLeft} days ahead: the smallest lead ≥ daysLeft, -1 when none. */
    public static int stage(AlertLeadDays leadDays, int daysLeft) {
        int stage = -1;
        for (int lead : leadDays.days()) { // largest first
            if (daysLeft <= lead) {
                stage = lead;
            }
        }
        return stage;
    }

    /** The user a deadline's alerts go to: its explicit user, else its role's user, else the manager; 0 = nobody. */
    public static int recipient(Deadline d, ContractUsers users) {
        if (d.userId() > 0) {
            return d.userId();
        }
        if (d.responsible() == Responsible.ACCOUNTANT && users.accountantUserId() > 0) {
            return users.accountantUserId();
        }
        return Math.max(users.managerUserId(), 0);
    }

    /**
     * The alerts already sent, hashed for one lookup per (deadline, user, stage): by deadline id, and by key for the
     * rows recorded without an id. Same matching as {@link SentAlert#matches}: ids decide when both sides have one.
     */
    private static final class SentIndex {
        private final Set<String> byId = new HashSet<>();
        private final Set<String> byKeyWithoutId = new HashSet<>();
        private final Set<String> byKey = new HashSet<>();

        SentIndex(Collection<SentAlert> sent) {
            for (SentAlert s : sent) {
                String tail = "|" + s.userId() + "|" + s.leadDays();
                if (s.deadlineId() > 0) {
                    byId.add(s.deadlineId() + tail);
                }
                if (s.deadlineKey() != null) {
                    byKey.add(s.deadlineKey() + tail);
                    if (s.deadlineId() <= 0) {
                        byKeyWithoutId.add(s.deadlineKey() + tail);
                    }
                }
            }
        }

        boolean contains(Deadline d, int user, int stage) {
            String tail = "|" + user + "|" + stage;
            if (d.id() > 0) {
                return byId.contains(d.id() + tail) || d.key() != null && byKeyWithoutId.contains(d.key() + tail);
            }
            return d.key() != null && byKey.contains(d.key() + tail);
        }
    }
}
