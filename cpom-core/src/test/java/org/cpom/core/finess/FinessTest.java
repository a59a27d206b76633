package org.cpom.core.finess;

import static org.assertj.core.api.Assertions.assertThat;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.MessageKeys;
import org.cpom.core.rule.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FinessTest {

    /**
     * Real published FINESS numbers:
     * 2B0000020 (CH de Bastia), 2B0005342 (CH de Calvi), 2B0004246 (CHI Corte-Tattone): Haute-Corse prefecture,
     * recueil des actes administratifs n°15 of 29 February 2024 (ARS Corse arrêtés), seen via attrap.fr;
     * 2A0000170 (CH de Bonifacio), 2A0000386 (CH de Castelluccio), 2A0002606 (CH de Sartène): Corse-du-Sud
     * prefecture, recueil 2A-2025-178 of 24 December 2025;
     * 750712184 (AP-HP, FINESS EJ) cited in the project's domain research (ANS MOS / SNDS docs);
     * 010780914: example Organization identifier of the ANS FHIR annuaire santé Java starter documentation;
     * 750802514 and 750015109 (GHU Paris), 130000409 (CHI Aix-en-Provence) and the overseas 970465340 (a pharmacy
     * in Les Avirons, La Réunion, département 974): "canary" seed migration of a public repository found with the
     * code search (string "FINESS 97"), which lists them as real, stable establishments.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2B0000020", "2B0005342", "2B0004246", "2A0000170", "2A0000386", "2A0002606",
            "750712184", "010780914", "750802514", "750015109", "130000409", "970465340"})
    void acceptsRealPublishedNumbers(String finess) {
        assertThat(Finess.isValid(finess)).isTrue();
        assertThat(Finess.validate(finess, "FINESS_EG", "X").isValid()).isTrue();
    }

    @Test
    void corsicaLettersCountAsOneAndTwoInTheKey() {
        assertThat(Finess.computeKey("2A000017")).isEqualTo('0');
        assertThat(Finess.computeKey("2B000002")).isEqualTo('0');
        assertThat(Finess.computeKey("75071218")).isEqualTo('4');
    }

    @ParameterizedTest
    @ValueSource(strings = {"750712185", "2B0000021", "2A0000171", "010780915"})
    void rejectsWrongKeyInBothLanguages(String finess) {
        ValidationResult r = Finess.validate(finess, "FINESS_EG", "ESAT Les Tilleuls");
        assertThat(r.keys()).containsExactly(MessageKeys.FINESS_INVALID_KEY);
        assertThat(r.render(Language.EN)).contains("ESAT Les Tilleuls").contains("FINESS EG").contains(finess)
                .contains("check key");
        assertThat(r.render(Language.FR)).contains("ESAT Les Tilleuls").contains("FINESS EG").contains(finess)
                .contains("clé de contrôle");
    }

    @Test
    void rejectsBadShapes() {
        assertThat(Finess.validate(null, "FINESS_EJ", "E").keys()).containsExactly(MessageKeys.FINESS_MISSING);
        assertThat(Finess.validate("", "FINESS_EJ", "E").keys()).containsExactly(MessageKeys.FINESS_MISSING);
        assertThat(Finess.validate("75071218", "FINESS_EJ", "E").keys()).containsExactly(MessageKeys.FINESS_LENGTH);
        assertThat(Finess.validate("7507121840", "FINESS_EJ", "E").keys()).containsExactly(MessageKeys.FINESS_LENGTH);
        assertThat(Finess.validate("75O712184", "FINESS_EJ", "E").keys())
                .containsExactly(MessageKeys.FINESS_CHARACTERS);
        assertThat(Finess.validate("2a0000170", "FINESS_EJ", "E").keys())
                .containsExactly(MessageKeys.FINESS_CHARACTERS);
        assertThat(Finess.validate("7A0000170", "FINESS_EJ", "E").keys())
                .containsExactly(MessageKeys.FINESS_CHARACTERS);
        // 00, 20, 96, 99 are no département; key made valid so only the prefix is wrong
        for (String prefix : new String[] {"00", "20", "96", "99"}) {
            String first8 = prefix + "000001";
            String n = first8 + Finess.computeKey(first8);
            assertThat(Finess.validate(n, "FINESS_EG", "E").keys()).as(n)
                    .containsExactly(MessageKeys.FINESS_DEPARTEMENT);
        }
        String hostile = "1' OR '1'='1";
        ValidationResult r = Finess.validate(hostile, "FINESS_EG", "E");
        assertThat(r.keys()).containsExactly(MessageKeys.FINESS_LENGTH);
        assertThat(r.render(Language.FR)).contains(hostile);
    }

    @Test
    void departementOfPrefixes() {
        assertThat(Finess.departementOf("690000000")).isEqualTo("69");
        assertThat(Finess.departementOf("2A0000170")).isEqualTo("2A");
        assertThat(Finess.departementOf("2B0000020")).isEqualTo("2B");
        assertThat(Finess.departementOf("970400000")).isEqualTo("974");
        assertThat(Finess.departementOf("970465340")).isEqualTo("974");
        assertThat(Finess.departementOf("970100000")).isEqualTo("971");
        assertThat(Finess.departementOf("980500000")).isEqualTo("976");
        assertThat(Finess.departementOf("970900000")).isNull();
        assertThat(Finess.departementOf("200000000")).isNull();
    }
}
