package org.cpom.core.contract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.Messages;
import org.cpom.core.model.Authority;

/**
 * What the authorities commit in a contract: the sum of the income lines each one funds, per authority (ARS,
 * département, State), and their total. {@code notCommitted} is the income no authority commits (residents'
 * payments, own funds, aide au poste, other payers): shown, never added to the total. {@code notParties} are the
 * authorities funding lines without being a party to the contract.
 *
 * <p>Renders itself as the breakdown "ARS 1 200 000,00 ; Département 300 000,00" for messages.
 */
public record Commitment(Map<Authority, BigDecimal> byAuthority, BigDecimal total, BigDecimal notCommitted,
        Set<Authority> notParties) implements Localizable {

    public Commitment {
        EnumMap<Authority, BigDecimal> copy = new EnumMap<>(Authority.class);
        copy.putAll(byAuthority);
        byAuthority = Collections.unmodifiableMap(copy);
        notParties = Set.copyOf(notParties);
    }

    /** The amount one authority commits (zero when it funds nothing). */
    public BigDecimal of(Authority authority) {
        return byAuthority.getOrDefault(authority, BigDecimal.ZERO);
    }

    @Override
    public String render(Language language) {
        StringJoiner j = new StringJoiner(language == Language.FR ? " ; " : "; ");
        for (Map.Entry<Authority, BigDecimal> e : byAuthority.entrySet()) {
            j.add(Messages.formatArg(language, e.getKey()) + " " + Messages.formatArg(language, scaled(e.getValue())));
        }
        return j.length() == 0 ? "-" : j.toString();
    }

    static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()));
    }
}
