package org.cpom.core.i18n;

/** Something that renders itself in a language; used as a message argument (a nested message, a label). */
public interface Localizable {
    String render(Language language);
}
