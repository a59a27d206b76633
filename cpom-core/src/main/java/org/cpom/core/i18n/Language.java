package org.cpom.core.i18n;

import java.util.Locale;

/** The two languages every CPOM message exists in. iDempiere AD_Language codes map onto them. */
public enum Language {
    EN("en_US", Locale.US, ""),
    FR("fr_FR", Locale.FRANCE, "_fr");

    private final String adLanguage;
    private final Locale locale;
    private final String bundleSuffix;

    Language(String adLanguage, Locale locale, String bundleSuffix) {
        this.adLanguage = adLanguage;
        this.locale = locale;
        this.bundleSuffix = bundleSuffix;
    }

    /** iDempiere AD_Language value, e.g. {@code fr_FR}. */
    public String adLanguage() {
        return adLanguage;
    }

    public Locale locale() {
        return locale;
    }

    String bundleSuffix() {
        return bundleSuffix;
    }

    /**
     * Maps an AD_Language / locale string ("fr_FR", "fr", "fr-CA", "en_US"...) to a language.
     * Anything not French falls back to English, the base language of the dictionary.
     */
    public static Language of(String adLanguageOrLocale) {
        if (adLanguageOrLocale != null && adLanguageOrLocale.trim().toLowerCase(Locale.ROOT).startsWith("fr")) {
            return FR;
        }
        return EN;
    }

    public static Language of(Locale locale) {
        return locale == null ? EN : of(locale.getLanguage());
    }
}
