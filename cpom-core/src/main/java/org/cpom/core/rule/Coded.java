package org.cpom.core.rule;

/** A list value with the code stored in the database (AD_Ref_List.Value). */
public interface Coded {
    String code();

    /**
     * Finds the constant of {@code type} whose stored code is {@code code}; null for a null/blank code.
     *
     * @throws IllegalArgumentException for an unknown code (a corrupt or hostile value)
     */
    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.code().equals(code)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Unknown " + type.getSimpleName() + " code: " + code);
    }
}
