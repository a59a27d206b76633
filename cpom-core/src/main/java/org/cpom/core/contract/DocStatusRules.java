package org.cpom.core.contract;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.model.Contract;
import org.cpom.core.model.DocStatus;
import org.cpom.core.rule.ValidationResult;

/**
 * Allowed document status transitions of a contract: DR→IP→CO→CL, DR→VO, IP→VO, and IP→DR (negotiation sent
 * back to draft); IN (invalid, a failed prepareIt) behaves like a draft. A signed contract is never voided or reopened: it changes only through amendments, and ends
 * by closing. In iDempiere, completing a draft goes through prepareIt (DR→IP) then completeIt (IP→CO), so the
 * document engine never needs the DR→CO jump.
 */
public final class DocStatusRules {

    private static final Map<DocStatus, Set<DocStatus>> ALLOWED = allowed();

    private DocStatusRules() {
    }

    private static Map<DocStatus, Set<DocStatus>> allowed() {
        Map<DocStatus, Set<DocStatus>> m = new EnumMap<>(DocStatus.class);
        m.put(DocStatus.DRAFTED, EnumSet.of(DocStatus.IN_PROGRESS, DocStatus.VOIDED, DocStatus.INVALID));
        m.put(DocStatus.IN_PROGRESS,
                EnumSet.of(DocStatus.COMPLETED, DocStatus.VOIDED, DocStatus.DRAFTED, DocStatus.INVALID));
        m.put(DocStatus.INVALID, EnumSet.of(DocStatus.IN_PROGRESS, DocStatus.DRAFTED, DocStatus.VOIDED));
        m.put(DocStatus.COMPLETED, EnumSet.of(DocStatus.CLOSED));
        m.put(DocStatus.CLOSED, EnumSet.noneOf(DocStatus.class));
        m.put(DocStatus.VOIDED, EnumSet.noneOf(DocStatus.class));
        // immutable views: the constant must not be changeable at run time
        Map<DocStatus, Set<DocStatus>> frozen = new EnumMap<>(DocStatus.class);
        m.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableSet(v)));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    /** Translated name of a status (message key {@code CPOM_DocStatus_<code>}). */
    public static Label label(DocStatus status) {
        return Label.of("CPOM_DocStatus_" + status.code());
    }

    public static boolean isAllowed(DocStatus from, DocStatus to) {
        if (from == to) {
            return true;
        }
        return ALLOWED.getOrDefault(from, Set.of()).contains(to);
    }

    /** Statuses reachable in one step from {@code from}. */
    public static Set<DocStatus> next(DocStatus from) {
        return ALLOWED.getOrDefault(from, Set.of());
    }

    /** Rejects an illegal transition, naming the contract and both statuses. */
    public static ValidationResult checkTransition(Contract contract, DocStatus from, DocStatus to) {
        DocStatus start = from == null ? DocStatus.DRAFTED : from;
        if (to == null || !isAllowed(start, to)) {
            return ValidationResult.of(MessageKeys.DOC_STATUS_TRANSITION, "DocStatus", contract.label(), label(start),
                    to == null ? "-" : label(to));
        }
        return ValidationResult.ok();
    }
}
