package org.cpom.testkit;

/**
 * FINESS number construction for generated sample data: 9 characters, the département code first, the last
 * character a Luhn key over the first eight digits.
 */
public final class Finess {

    private Finess() {
    }

    /** Builds a FINESS number from a 2-digit département and a 6-digit serial (the third digit is the serial's first). */
    public static String of(String departement, int serial) {
        if (departement.length() != 2 || !departement.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("2-digit metropolitan département expected: " + departement);
        }
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String body = departement + String.format("%06d", serial);
        return body + luhnKey(body);
    }

    /** Luhn check digit of a digit string: doubling starts from its rightmost digit. */
    public static int luhnKey(String digits) {
        int sum = 0;
        boolean dbl = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("digits expected: " + digits);
            }
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the 9-character number carries a valid Luhn key. */
    public static boolean isValid(String finess) {
        return finess != null && finess.matches("\\d{9}")
                && luhnKey(finess.substring(0, 8)) == finess.charAt(8) - '0';
    }
}
