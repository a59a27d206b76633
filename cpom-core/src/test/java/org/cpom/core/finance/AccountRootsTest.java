package org.cpom.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccountRootsTest {

    /** Every account of classes 1 and 2 and the dépréciations 39, 49, 59 fall in exactly one part of the FRNG. */
    @Test
    void fngPartsPartitionTheBalanceSheetTop() {
        List<String> accounts = new ArrayList<>();
        for (int i = 100; i <= 299; i++) {
            accounts.add(String.valueOf(i));
        }
        accounts.addAll(List.of("10685", "10686", "10682", "10687", "1068", "1641", "165", "1688", "169", "2813",
                "39", "391", "49", "491", "59", "590"));
        for (String account : accounts) {
            int parts = (AccountRoots.FRI_RESOURCES.contains(account) ? 1 : 0)
                    + (AccountRoots.FRI_USES.contains(account) ? 1 : 0)
                    + (AccountRoots.FRE_RESOURCES.contains(account) ? 1 : 0);
            assertThat(parts).as(account).isEqualTo(1);
        }
        // and nothing of classes 3 to 5 is counted twice (BFR, trésorerie, FRE)
        for (String account : List.of("31", "39", "411", "491", "486", "512", "519", "59")) {
            int parts = (AccountRoots.FRE_RESOURCES.contains(account) ? 1 : 0)
                    + (AccountRoots.WORKING_CAPITAL_NEED.contains(account) ? 1 : 0)
                    + (AccountRoots.CASH.contains(account) ? 1 : 0);
            assertThat(parts).as(account).isEqualTo(1);
        }
    }

    @Test
    void rootsAsDocumented() {
        assertThat(AccountRoots.LOANS.contains("1641")).isTrue();
        assertThat(AccountRoots.LOANS.contains("165")).isFalse();
        assertThat(AccountRoots.LOANS.contains("1688")).isFalse();
        assertThat(AccountRoots.LOANS.contains("1681")).isTrue();
        assertThat(AccountRoots.LOANS.contains("169")).isFalse();
        assertThat(AccountRoots.BUILDINGS.contains("2131")).isTrue();
        assertThat(AccountRoots.BUILDINGS.contains("2813")).isFalse();
        assertThat(AccountRoots.CAF_RATE_INCOME.contains("7788")).isTrue();
        assertThat(AccountRoots.CAF_RATE_INCOME.contains("7781")).isFalse();
        assertThat(AccountRoots.CASH_CHARGES.contains("6811")).isFalse();
        assertThat(AccountRoots.CASH_CHARGES.contains("6611")).isTrue();
        assertThat(AccountRoots.LOANS.toString()).isEqualTo("16 − (165, 1688, 169)");
        assertThat(AccountRoots.all()).hasSize(17);
        // drill-down: the accounts behind the emprunts of the sample
        assertThat(AccountRoots.LOANS.rows(SampleLedger.closing())).extracting(LedgerBalance::account)
                .containsExactly("1641");
        assertThat(AccountRoots.BUILDINGS_DEPRECIATION.rows(SampleLedger.closing()))
                .extracting(LedgerBalance::account).containsExactly("2813");
    }
}
