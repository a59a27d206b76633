package org.cpom.service;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.Messages;

/**
 * What an activity import did: the rows it created and updated, or every problem found, each with its row number
 * (1 = the header row), in which case nothing was written.
 */
public record ActivityImportResult(String file, String contract, int created, int updated, List<Problem> problems) {

    public ActivityImportResult {
        problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    static ActivityImportResult rejected(String file, List<Problem> problems) {
        return new ActivityImportResult(file, null, 0, 0, problems);
    }

    public boolean isImported() {
        return problems.isEmpty();
    }

    /** The summary and, when rejected, one line per problem, in the given language. */
    public String render(Language language) {
        if (isImported()) {
            return text(language, "Imported", contract, created + updated, file, created, updated);
        }
        StringBuilder sb = new StringBuilder(text(language, "Rejected", file, problems.size()));
        for (Problem p : problems) {
            sb.append('\n').append(p.render(language));
        }
        return sb.toString();
    }

    /** In the user's language, then in the other one (the process log shows both). */
    public String renderBoth(Language first) {
        return render(first) + "\n\n" + render(first == Language.FR ? Language.EN : Language.FR);
    }

    /** One problem: the row (0 for the file itself) and its reason (a format problem or a rule violation). */
    public record Problem(int row, Localizable reason) {

        public String render(Language language) {
            String text = reason.render(language);
            return row == 0 ? text : text(language, "Location", row, text);
        }
    }

    /** A message of the import's own catalogue (activity-import-messages*.properties). */
    public record Text(String key, List<Object> args) implements Localizable {

        public static Text of(String key, Object... args) {
            return new Text(key, Arrays.asList(args));
        }

        @Override
        public String render(Language language) {
            return text(language, key, args.toArray());
        }
    }

    static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.cpom.service.activity-import-messages",
                language == Language.FR ? Locale.FRENCH : Locale.ROOT, ActivityImportResult.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // whole numbers stay numbers for the patterns' {n,number,#} and {n,choice,...}
            formatted[i] = args[i] instanceof Integer || args[i] instanceof Long ? args[i]
                    : args[i] instanceof Localizable l ? l.render(language) : Messages.formatArg(language, args[i]);
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(formatted);
    }
}
