package org.cpom.testkit;

import org.cpom.core.finess.Finess;

/** Builds valid FINESS numbers for sample establishments; the check key comes from the domain core. */
public final class SampleFiness {

    private SampleFiness() {
    }

    /** A FINESS number: 2-digit département, a 6-digit serial, then the Luhn key computed by cpom-core. */
    public static String of(String departement, int serial) {
        if (departement.length() != 2 || !departement.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("2-digit metropolitan département expected: " + departement);
        }
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String first8 = departement + String.format("%06d", serial);
        return first8 + Finess.computeKey(first8);
    }
}
