package org.cpom.core.rule;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.Messages;

/**
 * One broken rule: the AD_Message key, the column it concerns (iDempiere column name, e.g. {@code DateTo},
 * or null for a record-level rule) and the message arguments.
 */
public record Violation(String messageKey, String field, List<Object> args) implements Localizable {

    public Violation {
        Objects.requireNonNull(messageKey, "messageKey");
        // unmodifiable view that tolerates null arguments (List.copyOf would reject them)
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Violation of(String messageKey, String field, Object... args) {
        return new Violation(messageKey, field, args == null ? List.of() : Arrays.asList(args));
    }

    /** The message in the given language. */
    @Override
    public String render(Language language) {
        return Messages.format(language, messageKey, args.toArray());
    }

    @Override
    public String toString() {
        return messageKey + (field == null ? "" : "[" + field + "]") + args;
    }
}
