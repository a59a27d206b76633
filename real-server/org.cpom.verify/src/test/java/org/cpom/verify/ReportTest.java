package org.cpom.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cpom.core.i18n.MessageKeys;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void aFailedCheckFailsTheRunAndTheJsonIsEscaped() {
        Report r = new Report();
        r.pass("pack-in", "AD_Table records", "14/14 present");
        r.fail("race", "one winner", "2 rows \"both\" committed\n");
        r.notHosted("reports", "Jasper", "no engine");
        assertThat(r.passed()).isFalse();
        assertThat(r.text()).endsWith("FAILED: 1 passed, 1 failed, 1 not hosted by this core\n");
        assertThat(r.json()).contains("\"detail\": \"2 rows \\\"both\\\" committed\"").contains("\"passed\": false");
        assertThat(Report.oneLine("ERROR: overlap\n  Hint: x\r\nWhere: y")).isEqualTo("ERROR: overlap / Hint: x / Where: y");
        assertThat(Report.q("a\tb\u0001")).isEqualTo("\"a\\tb\\u0001\"");
    }

    @Test
    void onlyPassesAndNotHostedChecksPass() {
        Report r = new Report();
        r.pass("a", "b", "");
        r.notHosted("c", "d", "why");
        assertThat(r.passed()).isTrue();
        assertThat(r.text()).endsWith("PASSED: 1 passed, 0 failed, 1 not hosted by this core\n");
        assertThat(new Report().passed()).as("no check at all is no pass").isFalse();
    }

    @Test
    void settingsDefaultToGardenWorldAdmin() {
        Settings s = Settings.from(Map.of("cpom.verify.skip", "race,upgrade")::get);
        assertThat(s.clientId()).isEqualTo(11);
        assertThat(s.orgId()).isEqualTo(11);
        assertThat(s.userId()).isEqualTo(100);
        assertThat(s.roleId()).isEqualTo(102);
        assertThat(s.skip()).containsExactly("race", "upgrade");
    }

    @Test
    void aMessageIsRecognisedInItsLanguageOnly() {
        // the longest fixed text of the pattern: found in a rendered message of that language, not in the other
        String fr = org.cpom.core.i18n.Messages.format(org.cpom.core.i18n.Language.FR, MessageKeys.CONTRACT_DATES_REVERSED,
                "CPOM-1", "2025-01-01", "2024-12-31");
        String en = org.cpom.core.i18n.Messages.format(org.cpom.core.i18n.Language.EN, MessageKeys.CONTRACT_DATES_REVERSED,
                "CPOM-1", "2025-01-01", "2024-12-31");
        assertThat(HostileReplay.inLanguage("Erreur: " + fr, MessageKeys.CONTRACT_DATES_REVERSED, "fr_FR")).isTrue();
        assertThat(HostileReplay.inLanguage("Error: " + en, MessageKeys.CONTRACT_DATES_REVERSED, "en_US")).isTrue();
        assertThat(HostileReplay.inLanguage("Error: " + en, MessageKeys.CONTRACT_DATES_REVERSED, "fr_FR")).isFalse();
        assertThat(HostileReplay.inLanguage(null, MessageKeys.CONTRACT_DATES_REVERSED, "en_US")).isFalse();
    }
}
