package org.cpom.service;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Messages;
import org.cpom.core.rule.ValidationResult;

/**
 * A process summary as a message key and arguments, plus non-blocking problems (e.g. skipped file lines),
 * rendered in the user's language by the caller.
 */
public record ProcessResult(String messageKey, List<Object> args, ValidationResult warnings) {

    public ProcessResult {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static ProcessResult of(String messageKey, Object... args) {
        return new ProcessResult(messageKey, Arrays.asList(args), ValidationResult.ok());
    }

    public ProcessResult withWarnings(ValidationResult problems) {
        return new ProcessResult(messageKey, args, problems);
    }

    /** The summary, followed by one line per warning. */
    public String render(Language language) {
        String summary = Messages.format(language, messageKey, args.toArray());
        return warnings.isValid() ? summary : summary + "\n" + warnings.render(language);
    }
}
