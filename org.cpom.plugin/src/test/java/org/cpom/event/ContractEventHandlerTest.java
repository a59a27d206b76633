package org.cpom.event;

import org.cpom.component.CpomRegistry;
import org.cpom.testkit.ModelInterfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.adempiere.base.event.IEventManager;
import org.adempiere.base.event.IEventTopics;
import org.cpom.core.i18n.Language;
import org.cpom.model.I_CPOM_Contract;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The contract handler on mocked I_CPOM_Contract records: header rules need no query, so none is made. */
class ContractEventHandlerTest {

    @BeforeAll
    static void initializeModelInterfaces() {
        ModelInterfaces.initialize(ContractEventHandlerTest.class.getClassLoader(), CpomRegistry.MODELS.keySet());
    }

    private final Connection connection = mock(Connection.class);

    static I_CPOM_Contract draft(LocalDate from, LocalDate to) {
        I_CPOM_Contract r = mock(I_CPOM_Contract.class);
        when(r.getCPOM_Contract_ID()).thenReturn(0);
        when(r.getAD_Client_ID()).thenReturn(11);
        when(r.getDocumentNo()).thenReturn("CPOM-2025-001");
        when(r.getName()).thenReturn("CPOM MESSIDOR 2025-2029");
        when(r.getLegalBasis()).thenReturn("L122");
        when(r.getARS_BPartner_ID()).thenReturn(2001);
        when(r.getDateFrom()).thenReturn(Timestamp.valueOf(from.atStartOfDay()));
        when(r.getDateTo()).thenReturn(Timestamp.valueOf(to.atStartOfDay()));
        when(r.getTotalAmt()).thenReturn(BigDecimal.ZERO);
        when(r.getDocStatus()).thenReturn("DR");
        return r;
    }

    private List<String> send(I_CPOM_Contract record, Language language) {
        List<String> errors = new ArrayList<>();
        Map<String, Object> props = new HashMap<>();
        props.put(IEventManager.EVENT_DATA, record);
        props.put(IEventManager.EVENT_ERROR_MESSAGES, errors);
        new ContractEventHandler(data -> SaveContext.of(language, connection))
                .handleEvent(new Event(IEventTopics.PO_BEFORE_NEW, props));
        return errors;
    }

    @Test
    void validDraftPassesWithoutQuery() {
        assertThat(send(draft(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31)), Language.EN)).isEmpty();
        verifyNoInteractions(connection);
    }

    @Test
    void reversedDatesAreVetoedInBothLanguages() {
        I_CPOM_Contract r = draft(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31));
        assertThat(send(r, Language.EN)).singleElement().asString().contains("CPOM-2025-001").contains("2024-12-31");
        assertThat(send(r, Language.FR)).singleElement().asString().contains("CPOM-2025-001").contains("31/12/2024");
    }

    @Test
    void sixYearsWithoutExtensionIsVetoed() {
        assertThat(send(draft(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)), Language.EN))
                .singleElement().asString().contains("2029-12-31");
    }

    @Test
    void aContractCannotBeBornSigned() {
        I_CPOM_Contract r = draft(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
        when(r.getDocStatus()).thenReturn("CO");
        assertThat(send(r, Language.EN)).singleElement().asString().contains("CPOM-2025-001");
    }
}
