package org.cpom.core.finance;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.rule.Violation;

/**
 * One thing that would make a filing wrong, found by {@link PreFilingCheck}: a stable code, the message (fr/en)
 * and, when it concerns one, the establishment (0 = none) and the account (null = none).
 */
public record Finding(Code code, Violation message, int establishmentId, String account) implements Localizable {

    public enum Code {
        /** A class 6/7 account has postings but no functional group: left out of the ERRD. */
        UNMAPPED_ACCOUNT,
        /** An establishment of the perimeter has no organisation: no posting can reach it. */
        ESTABLISHMENT_WITHOUT_ORG,
        /** Postings of an organisation that is no establishment of the perimeter. */
        ORG_OUTSIDE_PERIMETER,
        /** A budget amount (group × section) with no posting in the year. */
        BUDGET_WITHOUT_POSTINGS,
        /** Postings (group × section) with no budget in the year. */
        POSTINGS_WITHOUT_BUDGET,
        /** A period of the year is still open. */
        PERIOD_OPEN,
        /** A statement total whose résultat is not produits − charges. */
        RESULT_MISMATCH,
        /** The résultat of the ledger (classes 6 and 7) differs from the statement's. */
        LEDGER_RESULT_GAP,
        /** Trésorerie of class 5 differs from FRNG − BFR: the balances are incomplete or unbalanced. */
        BALANCE_SHEET_UNBALANCED;

        /**
         * True when the filing would be wrong as it stands (figures missing or provisional, arithmetic broken);
         * false for what may be lawful but must be looked at (a group budgeted but not posted, postings of a head
         * office outside the perimeter).
         */
        public boolean blocking() {
            return switch (this) {
                case BUDGET_WITHOUT_POSTINGS, POSTINGS_WITHOUT_BUDGET, ORG_OUTSIDE_PERIMETER -> false;
                default -> true;
            };
        }
    }

    /** True when the finding makes the filing wrong ({@link Code#blocking()}). */
    public boolean blocking() {
        return code.blocking();
    }

    @Override
    public String render(Language language) {
        return message.render(language);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
