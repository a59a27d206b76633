package org.cpom.service;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Messages;

/** A process summary as a message key and arguments, rendered in the user's language by the caller. */
public record ProcessResult(String messageKey, Object... args) {

    public String render(Language language) {
        return Messages.format(language, messageKey, args);
    }
}
