package org.cpom.core.amendment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.i18n.Messages;

/**
 * What holds each fiscal year a shortening would cut: "2029 : 13 lignes budgétaires, 2 revues ; 2030 : 1 cible
 * d’indicateur". A message argument, rendered in the user's language with singular and plural forms.
 */
final class YearHoldings implements Localizable {

    /** Counts of one year: budget lines, indicator targets, reviews. */
    private static final class Counts {
        int budgetLines;
        int indicatorTargets;
        int reviews;
    }

    private final Map<Integer, Counts> byYear = new TreeMap<>();

    void budgetLine(int year) {
        counts(year).budgetLines++;
    }

    void indicatorTarget(int year) {
        counts(year).indicatorTargets++;
    }

    void review(int year) {
        counts(year).reviews++;
    }

    private Counts counts(int year) {
        return byYear.computeIfAbsent(year, y -> new Counts());
    }

    boolean isEmpty() {
        return byYear.isEmpty();
    }

    List<Integer> years() {
        return new ArrayList<>(byYear.keySet());
    }

    @Override
    public String render(Language language) {
        StringJoiner years = new StringJoiner(language == Language.FR ? " ; " : "; ");
        byYear.forEach((year, c) -> {
            StringJoiner parts = new StringJoiner(", ");
            add(parts, language, c.budgetLines, MessageKeys.COUNT_BUDGET_LINES_ONE, MessageKeys.COUNT_BUDGET_LINES);
            add(parts, language, c.indicatorTargets, MessageKeys.COUNT_INDICATOR_TARGETS_ONE,
                    MessageKeys.COUNT_INDICATOR_TARGETS);
            add(parts, language, c.reviews, MessageKeys.COUNT_REVIEWS_ONE, MessageKeys.COUNT_REVIEWS);
            years.add(year + (language == Language.FR ? " : " : ": ") + parts);
        });
        return years.toString();
    }

    private static void add(StringJoiner parts, Language language, int count, String oneKey, String manyKey) {
        if (count > 0) {
            parts.add(Messages.format(language, count == 1 ? oneKey : manyKey, count));
        }
    }
}
