package org.cpom.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cpom.core.model.DocStatus;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    static List<String> declaredKeys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field f : MessageKeys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                keys.add((String) f.get(null));
            }
        }
        return keys;
    }

    @Test
    void everyDeclaredKeyExistsInBothLanguages() throws Exception {
        for (String key : declaredKeys()) {
            assertThat(Messages.has(Language.EN, key)).as(key).isTrue();
            assertThat(Messages.has(Language.FR, key)).as(key).isTrue();
            assertThat(key).startsWith("CPOM_");
        }
        for (DocStatus s : DocStatus.values()) {
            assertThat(Messages.has(Language.FR, "CPOM_DocStatus_" + s.code())).isTrue();
        }
        for (org.cpom.core.model.ReviewKind k : org.cpom.core.model.ReviewKind.values()) {
            assertThat(Messages.has(Language.FR, "CPOM_ReviewKind_" + k.code())).isTrue();
        }
        // every column that can be named in a message has a label
        for (var column : org.cpom.core.text.ColumnLimits.all()) {
            assertThat(Messages.has(Language.EN, "CPOM_Field_" + column.column())).as(column.column()).isTrue();
        }
    }

    @Test
    void bothCataloguesHaveTheSameKeysAndPlaceholders() {
        assertThat(Messages.keys(Language.FR)).isEqualTo(Messages.keys(Language.EN));
        for (String key : Messages.keys(Language.EN)) {
            assertThat(placeholders(Messages.pattern(Language.FR, key))).as(key)
                    .isEqualTo(placeholders(Messages.pattern(Language.EN, key)));
            // a straight quote would silently swallow placeholders in MessageFormat
            assertThat(Messages.pattern(Language.EN, key)).as(key).doesNotContain("'");
            assertThat(Messages.pattern(Language.FR, key)).as(key).doesNotContain("'");
        }
    }

    /** Every CPOM_ literal in the main sources that is not a table name must be a catalogue key. */
    @Test
    void everyKeyLiteralInCodeExists() throws IOException {
        Pattern literal = Pattern.compile("\"(CPOM_[A-Za-z_]+)\"");
        Set<String> tables = Set.of("CPOM_FinessCategory", "CPOM_TariffMode", "CPOM_Establishment", "CPOM_Contract",
                "CPOM_ContractEstablishment", "CPOM_Axis", "CPOM_ActionSheet", "CPOM_ActionSheetEstablishment",
                "CPOM_Indicator", "CPOM_IndicatorValue", "CPOM_BudgetLine", "CPOM_AccountGroup", "CPOM_Amendment",
                "CPOM_Review", "CPOM_Investment", "CPOM_Activity", "CPOM_Deadline", "CPOM_DeadlineAlert", "CPOM_Field_", "CPOM_DocStatus_", "CPOM_ReviewKind_", "CPOM_Contract_ID", "CPOM_Establishment_ID",
                "CPOM_Axis_ID", "CPOM_ActionSheet_ID", "CPOM_Indicator_ID");
        Path src = Paths.get("src/main/java");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = literal.matcher(Files.readString(p));
                while (m.find()) {
                    String key = m.group(1);
                    if (!tables.contains(key) && !key.endsWith("_ID") && !(Messages.has(Language.EN, key) && Messages.has(Language.FR, key))) {
                        missing.add(key + " in " + p.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void rendersArgumentsPerLanguage() {
        String en = Messages.format(Language.EN, MessageKeys.CONTRACT_DATES_REVERSED, "C-1",
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31));
        String fr = Messages.format(Language.FR, MessageKeys.CONTRACT_DATES_REVERSED, "C-1",
                LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(en).isEqualTo("Contract C-1: the end date 2024-12-31 must be after the start date 2025-01-01.");
        assertThat(fr).isEqualTo("Contrat C-1 : la date de fin 31/12/2024 doit être postérieure à la date de début 01/01/2025.");
        assertThat(Messages.format(Language.EN, MessageKeys.PROCESS_BUDGET_LINES_CREATED, 1200, "C-1", 0))
                .isEqualTo("1200 budget lines created for contract C-1 (0 already existed).");
        assertThat(Messages.formatArg(Language.EN, 2025)).isEqualTo("2025");
        assertThat(Messages.formatArg(Language.EN, new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Messages.formatArg(Language.FR, new BigDecimal("1234567.5")))
                .matches("1.234.567,50");
        assertThat(Messages.formatArg(Language.FR, Label.field("DateTo"))).isEqualTo("Date de fin");
        assertThat(Messages.format(Language.FR, "CPOM_NoSuchKey", 1)).isEqualTo("CPOM_NoSuchKey 1");
    }

    @Test
    void languageMapping() {
        assertThat(Language.of("fr_FR")).isEqualTo(Language.FR);
        assertThat(Language.of("fr")).isEqualTo(Language.FR);
        assertThat(Language.of("en_US")).isEqualTo(Language.EN);
        assertThat(Language.of("de_DE")).isEqualTo(Language.EN);
        assertThat(Language.of((String) null)).isEqualTo(Language.EN);
    }

    private static List<String> placeholders(String pattern) {
        List<String> list = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            list.add(m.group(1));
        }
        list.sort(null);
        return list;
    }
}
