package org.cpom.core.finess;

import org.cpom.core.i18n.Label;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;

/**
 * FINESS numbers (Fichier national des établissements sanitaires et sociaux).
 *
 * <p>Structure (ANS "MOS" description and the SNDS documentation sheet "Le numéro FINESS dans le SNDS",
 * github.com/indsante/Documentation-SNDS): 9 characters; characters 1–2 = département of the site
 * ({@code 01}–{@code 95}, {@code 2A}/{@code 2B} for Corsica); overseas numbers start with {@code 97} and their
 * 4th character tells the territory (1 Guadeloupe, 2 Martinique, 3 Guyane, 4 La Réunion, 5 Saint-Pierre-et-Miquelon),
 * Mayotte numbers start with {@code 98}; characters 3–8 are a sequence; character 9 is a Luhn (mod 10) check key
 * over the first 8 characters. SNDS tables also carry an 8-character form without the key: we require the 9.
 *
 * <p>Corsica: no published text says how the key treats the letters. We found empirically that every real
 * Corsican number we could collect passes Luhn when {@code A} counts as digit 1 and {@code B} as digit 2
 * (i.e. "2A" → "21", "2B" → "22"), and fails with the other mappings we tried (A/B → 0, 2A/2B → 19/18):
 * 2A0000170, 2A0000386, 2A0002606 (Corse-du-Sud prefecture, recueil des actes administratifs 2A-2025-178)
 * and 2B0000020, 2B0005342, 2B0004246 (Haute-Corse prefecture, RAA n°15 of 29 Feb 2024). See FinessTest.
 *
 * <p>Overseas numbers use the same Luhn key over their digits; a real La Réunion number (970465340, département
 * 974) passes. No real Mayotte ({@code 98}) number was found to test, so that prefix is accepted on the SNDS
 * documentation alone.
 *
 * <p>The FINESS EJ (entité juridique, the managing body) and EG (établissement géographique, one site) share this
 * format; they are different numbers and an establishment must not use its EJ as its EG.
 */
public final class Finess {

    /** Length of a FINESS number with its key. */
    public static final int LENGTH = 9;

    private Finess() {
    }

    /** True when {@code value} is a well-formed FINESS with a valid département prefix and check key. */
    public static boolean isValid(String value) {
        return value != null && value.length() == LENGTH && hasValidCharacters(value)
                && departementOf(value) != null && hasValidKey(value);
    }

    /**
     * Checks a FINESS value of a record.
     *
     * @param value       the number (not trimmed: surrounding spaces are an error)
     * @param column      {@code FINESS_EG} or {@code FINESS_EJ}
     * @param recordLabel how the record is named in the message (establishment name)
     */
    public static ValidationResult validate(String value, String column, String recordLabel) {
        Label field = Label.field(column);
        if (value == null || value.isEmpty()) {
            return ValidationResult.of(MessageKeys.FINESS_MISSING, column, recordLabel, field);
        }
        String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
        if (value.length() != LENGTH) {
            return ValidationResult.of(MessageKeys.FINESS_LENGTH, column, recordLabel, field, shown, value.length());
        }
        if (!hasValidCharacters(value)) {
            return ValidationResult.of(MessageKeys.FINESS_CHARACTERS, column, recordLabel, field, shown);
        }
        if (departementOf(value) == null) {
            return ValidationResult.of(MessageKeys.FINESS_DEPARTEMENT, column, recordLabel, field, shown,
                    value.substring(0, 2));
        }
        if (!hasValidKey(value)) {
            return ValidationResult.of(MessageKeys.FINESS_INVALID_KEY, column, recordLabel, field, shown,
                    String.valueOf(computeKey(value.substring(0, 8))));
        }
        return ValidationResult.ok();
    }

    /**
     * Digits only, except Corsica's {@code 2A}/{@code 2B} in positions 1–2 (upper case, as FINESS publishes them).
     */
    static boolean hasValidCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean corsica = i == 1 && (c == 'A' || c == 'B') && value.charAt(0) == '2';
            if (!digit && !corsica) {
                return false;
            }
        }
        return true;
    }

    /**
     * The département code of a FINESS (as stored in CPOM_Establishment.Departement), or null when the prefix
     * is not a département: {@code 01}–{@code 95} except {@code 20}, {@code 2A}, {@code 2B}, {@code 971}–{@code 975}
     * from a {@code 970x} prefix, {@code 976} (Mayotte) from a {@code 98} prefix.
     */
    public static String departementOf(String finess) {
        if (finess == null || finess.length() < 4) {
            return null;
        }
        String prefix = finess.substring(0, 2);
        if (prefix.equals("2A") || prefix.equals("2B")) {
            return prefix;
        }
        if (!Character.isDigit(prefix.charAt(0)) || !Character.isDigit(prefix.charAt(1))) {
            return null;
        }
        int number = Integer.parseInt(prefix);
        if (number >= 1 && number <= 95 && number != 20) {
            return prefix;
        }
        if (number == 97) {
            char territory = finess.charAt(3);
            // overseas: "97" + "0" + territory digit 1..5
            if (finess.charAt(2) == '0' && territory >= '1' && territory <= '5') {
                return "97" + territory;
            }
            return null;
        }
        if (number == 98) {
            return "976";
        }
        return null;
    }

    /** True when the 9th character is the Luhn key of the first 8 (A→1, B→2 for Corsica). */
    static boolean hasValidKey(String value) {
        return value.charAt(8) == computeKey(value.substring(0, 8));
    }

    /**
     * Luhn key of the first 8 characters: from the right, every other digit starting with the rightmost is
     * doubled (9 subtracted when above 9), the key brings the total to a multiple of 10.
     */
    public static char computeKey(String first8) {
        int sum = 0;
        for (int i = 0; i < first8.length(); i++) {
            int digit = numericValue(first8.charAt(i));
            // with the key appended, the rightmost payload digit is in an even position from the right: doubled
            if ((first8.length() - i) % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    private static int numericValue(char c) {
        if (c == 'A') {
            return 1;
        }
        if (c == 'B') {
            return 2;
        }
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("Not a FINESS character: " + c);
        }
        return c - '0';
    }
}
