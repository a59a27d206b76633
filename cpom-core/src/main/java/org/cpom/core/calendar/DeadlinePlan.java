package org.cpom.core.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What recomputing a contract's calendar changes in the stored deadlines ({@link #merge}):
 * <ul>
 * <li>{@code inserts}: generated deadlines whose key is not stored yet;</li>
 * <li>{@code updates}: stored, not done, generated deadlines whose content changed (a due date moved after an
 * avenant, a sheet's new due date...); {@link Update#target()} is the row to save (stored id, new content);</li>
 * <li>{@code removals}: stored generated deadlines, not done, whose key the generator no longer produces (a year
 * cut by an avenant, an abandoned sheet, a risk gone);</li>
 * <li>{@code kept}: stored deadlines left as they are: unchanged ones, every done one (never altered nor removed,
 * even when its date moved or its year left the period) and every user-added one (no key, never touched).</li>
 * </ul>
 * A stored deadline not done becomes done when the generator says so (an action sheet marked done): that is an
 * update which only sets IsDone (DateDone stays null for the caller to stamp with the day of the run).
 */
public record DeadlinePlan(List<Deadline> inserts, List<Update> updates, List<Deadline> removals,
        List<Deadline> kept) {

    /** One stored row to change: {@code existing} as stored, {@code target} the same id with the new content. */
    public record Update(Deadline existing, Deadline target) {
    }

    public DeadlinePlan {
        inserts = List.copyOf(inserts);
        updates = List.copyOf(updates);
        removals = List.copyOf(removals);
        kept = List.copyOf(kept);
    }

    /** True when nothing is to be written. */
    public boolean isEmpty() {
        return inserts.isEmpty() && updates.isEmpty() && removals.isEmpty();
    }

    /**
     * Merges the generated deadlines into the stored ones of the same contract. Idempotent: merging the result
     * again with the same generation plans nothing. When two stored rows share a key (the unique index should
     * prevent it), the first is matched and the others are left alone.
     */
    public static DeadlinePlan merge(Collection<Deadline> existing, Collection<Deadline> generated) {
        Map<String, Deadline> storedByKey = new HashMap<>();
        List<Deadline> kept = new ArrayList<>();
        for (Deadline d : existing) {
            if (d.key() == null || storedByKey.putIfAbsent(d.key(), d) != null) {
                kept.add(d); // a user's own deadline, or a duplicate key: never touched
            }
        }
        List<Deadline> inserts = new ArrayList<>();
        List<Update> updates = new ArrayList<>();
        Set<String> generatedKeys = new HashSet<>();
        for (Deadline g : generated) {
            if (g.key() == null || !generatedKeys.add(g.key())) {
                continue;
            }
            Deadline stored = storedByKey.get(g.key());
            if (stored == null) {
                inserts.add(g.withId(0));
            } else if (stored.done()) {
                kept.add(stored);
            } else if (g.done()) {
                // the source says done (a sheet marked done): record it, keep the rest of the stored row as it was
                updates.add(new Update(stored, stored.withDone(g.dateDone())));
            } else {
                // a responsible user chosen on the row is kept unless the generator names one (the sheet's pilot)
                Deadline target = new Deadline(stored.id(), g.key(), g.type(), g.fiscalYear(), g.name(), g.dueDate(),
                        g.legalReference(), g.responsible(), g.userId() != 0 ? g.userId() : stored.userId(),
                        g.establishmentId(), g.actionSheetId(), g.indicatorId(), g.amount(), false, null);
                if (stored.sameContentAs(target)) {
                    kept.add(stored);
                } else {
                    updates.add(new Update(stored, target));
                }
            }
        }
        List<Deadline> removals = new ArrayList<>();
        for (Deadline stored : storedByKey.values()) {
            if (!generatedKeys.contains(stored.key())) {
                if (stored.done()) {
                    kept.add(stored);
                } else {
                    removals.add(stored);
                }
            }
        }
        removals.sort(java.util.Comparator.comparing(Deadline::key));
        return new DeadlinePlan(inserts, updates, removals, kept);
    }
}
