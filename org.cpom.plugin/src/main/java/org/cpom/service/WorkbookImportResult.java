package org.cpom.service;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.Messages;

/**
 * What an import of a contract workbook did: either the contract it wrote (with counts), or every problem found,
 * each located by sheet, row and column, in which case nothing was written.
 */
public record WorkbookImportResult(String file, String documentNo, int contractId, int created, int updated,
        int unchanged, List<Problem> problems) {

    public WorkbookImportResult {
        problems = Collections.unmodifiableList(new ArrayList<>(problems));
    }

    public boolean isImported() {
        return problems.isEmpty();
    }

    /** The summary and, when rejected, one line per problem, in the given language. */
    public String render(Language language) {
        StringBuilder sb = new StringBuilder();
        if (isImported()) {
            sb.append(text(language, "Imported", documentNo, created, updated, unchanged));
        } else {
            sb.append(text(language, "Rejected", file, problems.size()));
            for (Problem p : problems) {
                sb.append('\n').append(p.render(language));
            }
        }
        return sb.toString();
    }

    /** The summary and problems in French, then in English (the process log and the command line show both). */
    public String renderBoth(Language first) {
        Language second = first == Language.FR ? Language.EN : Language.FR;
        return render(first) + "\n\n" + render(second);
    }

    /**
     * One rejected cell or row.
     *
     * @param sheet   the sheet's name
     * @param row     the row number as the spreadsheet shows it (1 = header row)
     * @param column  the column letter (A, B...), or null for a problem of the whole row or sheet
     * @param header  the column's header, or null
     * @param message the reason, rendered in either language
     */
    public record Problem(String sheet, int row, String column, String header, Localizable message) {

        public String render(Language language) {
            String reason = message.render(language);
            if (row == 0) {
                return reason; // the file itself
            }
            if (column == null) {
                return text(language, "LocationNoColumn", sheet, row, reason);
            }
            return text(language, "Location", sheet, row, header == null ? column : column + " (" + header + ")",
                    reason);
        }
    }

    /** A message of the workbook catalogue (workbook-messages*.properties). */
    public record Text(String key, List<Object> args) implements Localizable {

        public static Text of(String key, Object... args) {
            return new Text(key, java.util.Arrays.asList(args));
        }

        @Override
        public String render(Language language) {
            Object[] rendered = args.stream().map(a -> a instanceof Localizable l ? l.render(language) : a).toArray();
            return text(language, key, rendered);
        }
    }

    static String text(Language language, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.cpom.service.workbook-messages",
                language == Language.FR ? Locale.FRENCH : Locale.ROOT, WorkbookImportResult.class.getClassLoader(),
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
