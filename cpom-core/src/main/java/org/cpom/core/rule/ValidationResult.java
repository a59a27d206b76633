package org.cpom.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.cpom.core.i18n.Language;

/** Immutable outcome of one or more rules: valid when it holds no violation. */
public final class ValidationResult {

    private static final ValidationResult OK = new ValidationResult(List.of());

    private final List<Violation> violations;

    private ValidationResult(List<Violation> violations) {
        this.violations = violations;
    }

    public static ValidationResult ok() {
        return OK;
    }

    public static ValidationResult of(Violation violation) {
        return new ValidationResult(List.of(violation));
    }

    public static ValidationResult of(String messageKey, String field, Object... args) {
        return of(Violation.of(messageKey, field, args));
    }

    public static ValidationResult of(List<Violation> violations) {
        return violations.isEmpty() ? OK : new ValidationResult(List.copyOf(violations));
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

    public ValidationResult and(ValidationResult other) {
        if (other.isValid()) {
            return this;
        }
        if (isValid()) {
            return other;
        }
        List<Violation> all = new ArrayList<>(violations);
        all.addAll(other.violations);
        return new ValidationResult(Collections.unmodifiableList(all));
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
        return isValid() ? "OK" : violations.toString();
    }

    /** Collects violations while rules run; local to one validation, never shared. */
    public static final class Builder {
        private final List<Violation> violations = new ArrayList<>();

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
            return this;
        }

        public boolean isEmpty() {
            return violations.isEmpty();
        }

        public ValidationResult build() {
            return ValidationResult.of(violations);
        }
    }
}
