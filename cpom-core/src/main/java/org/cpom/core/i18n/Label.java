package org.cpom.core.i18n;

import java.util.Objects;

/**
 * A message argument that is itself translated (a field name, a status name...), so a rule can pass
 * "the DateTo field" without knowing the user's language.
 */
public record Label(String key) implements Localizable {
    public Label {
        Objects.requireNonNull(key, "key");
    }

    public static Label of(String key) {
        return new Label(key);
    }

    /** The translated text, or the key itself when the catalogue lacks it. */
    @Override
    public String render(Language language) {
        String text = Messages.pattern(language, key);
        return text == null ? key : text;
    }

    /** Label of a column, key {@code CPOM_Field_<ColumnName>}. */
    public static Label field(String columnName) {
        return new Label("CPOM_Field_" + columnName);
    }
}
