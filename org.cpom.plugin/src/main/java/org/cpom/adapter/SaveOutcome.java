package org.cpom.adapter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cpom.core.rule.ValidationResult;

/**
 * What a save rule answers: the result of the check and, when it passes, the columns the save sets itself (column
 * name → value; a null value clears the column). Nothing is derived from a rejected record.
 */
public record SaveOutcome(ValidationResult result, Map<String, Object> derived) {

    public SaveOutcome {
        derived = result.hasErrors() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(derived));
    }

    public static SaveOutcome rejected(ValidationResult result) {
        return new SaveOutcome(result, Map.of());
    }
}
