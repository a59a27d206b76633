package org.cpom.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.junit.jupiter.api.Test;

class NomenclatureFileTest {

    @Test
    void readsNosTabsFileByHeaderNames() throws Exception {
        String tabs = "\uFEFFCode\tLibellé court\tLibellé\tLibellé long\tDate de fin\n"
                + "246\tESAT\tEtab.et Service d'Aide par le Travail\tÉtablissement et service d'aide par le travail (ESAT)\t\n"
                + "500\tEHPAD\tEtab.Hébergt.P.A.Dépendantes\tÉtablissement d'hébergement pour personnes âgées dépendantes\t\n";
        NomenclatureFile.Result r = NomenclatureFile.parse(new StringReader(tabs), "CPOM_FinessCategory", "TRE_R66.tabs");
        assertThat(r.problems().isValid()).isTrue();
        assertThat(r.entries()).extracting(NomenclatureEntry::value).containsExactly("246", "500");
        assertThat(r.entries().get(0).name()).isEqualTo("Etab.et Service d'Aide par le Travail");
        assertThat(r.entries().get(0).description()).startsWith("Établissement et service");
    }

    @Test
    void readsHeaderlessSemicolonFileWithQuotes() throws Exception {
        String csv = "382;\"Foyer de Vie pour Adultes Handicapés\";\"Foyer; dit « occupationnel »\"\n460;SAA;\n";
        NomenclatureFile.Result r = NomenclatureFile.parse(new StringReader(csv), "CPOM_FinessCategory", "r66.csv");
        assertThat(r.problems().isValid()).isTrue();
        assertThat(r.entries()).hasSize(2);
        assertThat(r.entries().get(0).description()).isEqualTo("Foyer; dit « occupationnel »");
        assertThat(r.entries().get(1).description()).isNull();
    }

    @Test
    void badLinesAreReportedInBothLanguagesAndSkipped() throws Exception {
        String csv = "Code;Libellé\n246;ESAT\n'; DROP TABLE CPOM_FinessCategory; --;x\n500;\n246;Doublon\n183;"
                + "x".repeat(10_000) + "\n";
        NomenclatureFile.Result r = NomenclatureFile.parse(new StringReader(csv), "CPOM_FinessCategory", "r66.csv");
        assertThat(r.entries()).extracting(NomenclatureEntry::value).containsExactly("246");
        assertThat(r.problems().keys()).containsOnly(MessageKeys.PROCESS_CSV_LINE_INVALID).hasSize(4);
        String en = r.problems().render(Language.EN);
        String fr = r.problems().render(Language.FR);
        assertThat(en).contains("Line 3 of file r66.csv is invalid: the code must be 1 to 10 letters or digits.")
                .contains("Line 4 of file r66.csv is invalid: FINESS category 500: the field Name is mandatory.")
                .contains("Line 5 of file r66.csv is invalid: this code already appears on an earlier line.")
                .contains("Line 6 of file r66.csv is invalid: FINESS category 183: the field Name is too long "
                        + "(10000 characters, maximum 120).");
        assertThat(fr).contains("La ligne 3 du fichier r66.csv est invalide : le code doit comporter de 1 à 10 lettres ou chiffres.")
                .contains("La ligne 6 du fichier r66.csv est invalide : Catégorie FINESS 183 : le champ Nom est trop long");
        assertThat(en.length()).isLessThan(2_000);
    }
}
