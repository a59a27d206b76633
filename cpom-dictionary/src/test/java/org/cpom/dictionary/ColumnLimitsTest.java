package org.cpom.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.cpom.core.text.ColumnLimits;
import org.cpom.dictionary.Dictionary.Column;
import org.cpom.dictionary.Dictionary.Table;
import org.junit.jupiter.api.Test;

/**
 * The core's text rules check lengths against ColumnLimits before a save: it must list every String and Text
 * column of the dictionary with the dictionary's length (a column missing there is never checked, and a longer
 * length lets PostgreSQL refuse the row instead of a clear message).
 */
class ColumnLimitsTest {

    @Test
    void everyTextColumnOfTheDictionaryHasItsLengthInTheCoreLimits() {
        Dictionary dict = Dictionary.load(DriftTest.DICTIONARY);
        Map<String, Integer> dictionary = new TreeMap<>();
        for (Table t : dict.tables()) {
            for (Column c : t.columns()) {
                if (!c.standard() && (c.ref().equals("String") || c.ref().equals("Text"))) {
                    dictionary.put(t.name() + "." + c.name(), c.length());
                }
            }
        }
        Map<String, Integer> core = new TreeMap<>();
        for (ColumnLimits.TextColumn c : ColumnLimits.all()) {
            core.put(c.table() + "." + c.column(), c.maxLength());
        }
        assertThat(core).isEqualTo(dictionary);
    }
}
