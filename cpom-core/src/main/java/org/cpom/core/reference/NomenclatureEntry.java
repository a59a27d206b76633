package org.cpom.core.reference;

/**
 * One code of an ANS nomenclature (TRE_R66 FINESS categories → CPOM_FinessCategory, TRE_R74 tariff modes →
 * CPOM_TariffMode): Value, Name, Description.
 *
 * @param lineNo line number in the source file (1-based), for messages
 */
public record NomenclatureEntry(String value, String name, String description, int lineNo) {
}
