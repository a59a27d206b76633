package org.cpom.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.cpom.core.rule.Coded;

/**
 * Renders CPOM messages in English or French.
 *
 * <p>The two catalogues ({@code messages.properties} = en_US, {@code messages_fr.properties} = fr_FR) are read
 * once with an explicit UTF-8 reader (ResourceBundle would guess the charset) into immutable maps, so the class
 * holds no mutable static state and is safe in a clustered server.
 *
 * <p>Arguments are pre-formatted here rather than by {@link MessageFormat} so that years never get a thousands
 * separator ("2,025"), amounts always show cents, dates follow the language (dd/MM/yyyy in French, ISO in
 * English), {@link Label}s are translated and coded enums show their label ({@link #labelKey(Coded)}).
 */
public final class Messages {

    private static final String BASE = "/org/cpom/core/i18n/messages";
    private static final Map<Language, Map<String, String>> CATALOGUES = loadAll();
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Messages() {
    }

    private static Map<Language, Map<String, String>> loadAll() {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            all.put(language, load(BASE + language.bundleSuffix() + ".properties"));
        }
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, String> load(String resource) {
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message catalogue " + resource);
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> map = new HashMap<>();
            for (String name : properties.stringPropertyNames()) {
                map.put(name, properties.getProperty(name));
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All keys of one language's catalogue (sorted). */
    public static Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(CATALOGUES.get(language).keySet()));
    }

    public static boolean has(Language language, String key) {
        return CATALOGUES.get(language).containsKey(key);
    }

    /** The raw pattern of a key (with its {n} placeholders), or null when absent. */
    public static String pattern(Language language, String key) {
        return CATALOGUES.get(language).get(key);
    }

    /**
     * Renders a message. An unknown key renders as the key itself followed by its arguments, never as an
     * exception: a missing translation must not hide the rule violation from the user.
     */
    public static String format(Language language, String key, Object... args) {
        String pattern = CATALOGUES.get(language).get(key);
        Object[] formatted = new Object[args == null ? 0 : args.length];
        for (int i = 0; i < formatted.length; i++) {
            formatted[i] = formatArg(language, args[i]);
        }
        if (pattern == null) {
            StringBuilder sb = new StringBuilder(key);
            for (Object arg : formatted) {
                sb.append(' ').append(arg);
            }
            return sb.toString();
        }
        return new MessageFormat(pattern, language.locale()).format(formatted);
    }

    /**
     * Message key of the label of a list value: {@code CPOM_<enum type>_<stored code>}, e.g.
     * {@code CPOM_Funder_OWN} = "Fonds propres", {@code CPOM_FunctionalGroup_C3} = "Charges groupe III".
     */
    public static String labelKey(Coded value) {
        Class<?> type = value instanceof Enum<?> e ? e.getDeclaringClass() : value.getClass();
        return "CPOM_" + type.getSimpleName() + "_" + value.code();
    }

    /** The label of a list value in a language (its code when the catalogue has no label for it). */
    public static String label(Language language, Coded value) {
        return formatArg(language, value);
    }

    /** Formats one argument as a string in the given language (see class comment). */
    public static String formatArg(Language language, Object arg) {
        if (arg == null) {
            return "-";
        }
        if (arg instanceof Localizable localizable) {
            String text = localizable.render(language); // a Label or a nested Violation
            // a nested sentence loses its final full stop: the outer message ends the sentence
            return !(arg instanceof Label) && text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        }
        if (arg instanceof Coded coded) {
            // a list value is named by its label (CPOM_<Type>_<code>: "Fonds propres", "Charges groupe III"),
            // never by its stored code; the code shows only if the catalogue lacks the label
            String label = CATALOGUES.get(language).get(labelKey(coded));
            return label == null ? coded.code() : label;
        }
        if (arg instanceof LocalDate date) {
            return language == Language.FR ? FR_DATE.format(date) : date.toString();
        }
        if (arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof BigInteger) {
            return arg.toString();
        }
        if (arg instanceof BigDecimal amount) {
            NumberFormat nf = NumberFormat.getNumberInstance(language.locale());
            nf.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
            nf.setMaximumFractionDigits(Math.max(2, Math.min(amount.scale(), 6)));
            return nf.format(amount);
        }
        if (arg instanceof Number number) {
            return NumberFormat.getNumberInstance(language.locale()).format(number);
        }
        return arg.toString();
    }
}
