package org.cpom.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.cpom.core.i18n.Language;

/**
 * Immutable outcome of one or more rules: valid when it holds no error. Warnings are a separate severity: an
 * unusual but lawful situation the user should see (e.g. an EHPAD in an L313-12-2 contract); they never make the
 * result invalid, never throw, and {@link #render} leaves them out so existing error handling is unchanged.
 */
public final class ValidationResult {

    private static final ValidationResult OK = new ValidationResult(List.of(), List.of());

    private final List<Violation> violations;
    private final List<Violation> warnings;

    private ValidationResult(List<Violation> violations, List<Violation> warnings) {
        this.violations = violations;
        this.warnings = warnings;
    }

    public static ValidationResult ok() {
        return OK;
    }

    public static ValidationResult of(Violation violation) {
        return new ValidationResult(List.of(violation), List.of());
    }

    public static ValidationResult of(String messageKey, String field, Object... args) {
        return of(Violation.of(messageKey, field, args));
    }

    public static ValidationResult of(List<Violation> violations) {
        return violations.isEmpty() ? OK : new ValidationResult(List.copyOf(violations), List.of());
    }

    /** A result holding only a warning (valid). */
    public static ValidationResult warning(String messageKey, String field, Object... args) {
        return new ValidationResult(List.of(), List.of(Violation.of(messageKey, field, args)));
    }

    static ValidationResult of(List<Violation> errors, List<Violation> warnings) {
        return errors.isEmpty() && warnings.isEmpty() ? OK
                : new ValidationResult(List.copyOf(errors), List.copyOf(warnings));
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    public boolean hasErrors() {
        return !violations.isEmpty();
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Message keys of the violations, in order. */
    public List<String> keys() {
        return violations.stream().map(Violation::messageKey).collect(Collectors.toUnmodifiableList());
    }

    public boolean hasKey(String messageKey) {
        return violations.stream().anyMatch(v -> v.messageKey().equals(messageKey));
    }

    /** Warnings (lawful but unusual situations), in order; they do not make the result invalid. */
    public List<Violation> warnings() {
        return warnings;
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Message keys of the warnings, in order. */
    public List<String> warningKeys() {
        return warnings.stream().map(Violation::messageKey).collect(Collectors.toUnmodifiableList());
    }

    public boolean hasWarningKey(String messageKey) {
        return warnings.stream().anyMatch(v -> v.messageKey().equals(messageKey));
    }

    /** The warnings in the given language, one per line (empty when none). */
    public String renderWarnings(Language language) {
        return warnings.stream().map(v -> v.render(language)).collect(Collectors.joining("\n"));
    }

    public ValidationResult and(ValidationResult other) {
        if (other == OK || (other.violations.isEmpty() && other.warnings.isEmpty())) {
            return this;
        }
        if (violations.isEmpty() && warnings.isEmpty()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        List<Violation> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(other.warnings);
        return new ValidationResult(Collections.unmodifiableList(all), Collections.unmodifiableList(allWarnings));
    }

    /** All messages in the given language, one per line (what an event handler adds to the error list). */
    public String render(Language language) {
        return violations.stream().map(v -> v.render(language)).collect(Collectors.joining("\n"));
    }

    /** First message in the given language, or null when valid. */
    public String firstMessage(Language language) {
        return isValid() ? null : violations.get(0).render(language);
    }

    /** Throws {@link CpomValidationException} when invalid, for process and document code. */
    public void throwIfInvalid() {
        if (hasErrors()) {
            throw new CpomValidationException(this);
        }
    }

    @Override
    public String toString() {
        if (warnings.isEmpty()) {
            return isValid() ? "OK" : violations.toString();
        }
        return (isValid() ? "OK" : violations.toString()) + " warnings " + warnings;
    }

    /** Collects violations while rules run; local to one validation, never shared. */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();
        private final List<Violation> warnings = new ArrayList<>();

        public Builder add(Violation violation) {
            violations.add(violation);
            return this;
        }

        public Builder add(String messageKey, String field, Object... args) {
            return add(Violation.of(messageKey, field, args));
        }

        public Builder addIf(boolean broken, String messageKey, String field, Object... args) {
            if (broken) {
                add(messageKey, field, args);
            }
            return this;
        }

        public Builder add(ValidationResult result) {
            violations.addAll(result.violations());
            warnings.addAll(result.warnings());
            return this;
        }

        /** Adds a warning: shown to the user, never blocking. */
        public Builder warn(String messageKey, String field, Object... args) {
            warnings.add(Violation.of(messageKey, field, args));
            return this;
        }

        /** True when no error was added (warnings do not count). */
        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public ValidationResult build() {
            return ValidationResult.of(violations, warnings);
        }
    }
}
