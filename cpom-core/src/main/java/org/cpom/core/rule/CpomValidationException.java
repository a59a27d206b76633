package org.cpom.core.rule;

import org.cpom.core.i18n.Language;

/** Carries a failed {@link ValidationResult} out of a computation; render it in the user's language. */
public class CpomValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationResult result;

    public CpomValidationException(ValidationResult result) {
        super(result.render(Language.EN));
        this.result = result;
    }

    public ValidationResult result() {
        return result;
    }

    public String getMessage(Language language) {
        return result.render(language);
    }
}
