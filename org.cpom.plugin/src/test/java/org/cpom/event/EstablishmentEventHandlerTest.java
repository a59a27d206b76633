package org.cpom.event;

import org.cpom.component.CpomRegistry;
import org.cpom.testkit.ModelInterfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.adempiere.base.event.IEventManager;
import org.adempiere.base.event.IEventTopics;
import org.cpom.adapter.EstablishmentSaveRules;
import org.cpom.core.catalogue.Fixtures;
import org.cpom.core.establishment.EstablishmentFacts;
import org.cpom.core.establishment.EstablishmentLookup;
import org.cpom.core.i18n.Language;
import org.cpom.model.I_CPOM_Establishment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The establishment handler on mocked I_ records and a mocked lookup port (no database, no iDempiere). */
class EstablishmentEventHandlerTest {

    @BeforeAll
    static void initializeModelInterfaces() {
        ModelInterfaces.initialize(EstablishmentEventHandlerTest.class.getClassLoader(), CpomRegistry.MODELS.keySet());
    }

    private final Connection connection = mock(Connection.class);
    private final EstablishmentLookup lookup = mock(EstablishmentLookup.class);

    private EstablishmentEventHandler handler(Language language) {
        return new EstablishmentEventHandler(new EstablishmentSaveRules(con -> lookup),
                data -> SaveContext.of(language, connection));
    }

    static I_CPOM_Establishment record(String finessEG) {
        I_CPOM_Establishment r = mock(I_CPOM_Establishment.class);
        when(r.getCPOM_Establishment_ID()).thenReturn(0);
        when(r.getAD_Client_ID()).thenReturn(Fixtures.CLIENT_ID);
        when(r.getAD_Org_ID()).thenReturn(51);
        when(r.getFINESS_EG()).thenReturn(finessEG);
        when(r.getFINESS_EJ()).thenReturn(Fixtures.FINESS_EJ);
        when(r.getName()).thenReturn("ESAT Les Tilleuls");
        when(r.getCapacityAuthorised()).thenReturn(new BigDecimal("80"));
        when(r.getCapacityInstalled()).thenReturn(new BigDecimal("75"));
        when(r.getOpeningDays()).thenReturn(251);
        when(r.getDepartement()).thenReturn("69");
        when(r.getTariffAuthority()).thenReturn("ARS");
        return r;
    }

    static Event event(String topic, Object data, List<String> errors) {
        Map<String, Object> props = new HashMap<>();
        props.put(IEventManager.EVENT_DATA, data);
        props.put(IEventManager.TABLE_NAME_PROPERTY, I_CPOM_Establishment.Table_Name);
        props.put(IEventManager.EVENT_ERROR_MESSAGES, errors);
        return new Event(topic, props);
    }

    @Test
    void invalidFinessKeyIsVetoedInEnglishWithoutAnyLookup() {
        String badKey = Fixtures.FINESS_EG_1.substring(0, 8) + ((Fixtures.FINESS_EG_1.charAt(8) - '0' + 1) % 10);
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, record(badKey), errors));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("ESAT Les Tilleuls").contains(badKey)
                .contains("check key");
        verifyNoInteractions(lookup);
    }

    @Test
    void invalidFinessKeyIsVetoedInFrench() {
        String badKey = Fixtures.FINESS_EG_1.substring(0, 8) + ((Fixtures.FINESS_EG_1.charAt(8) - '0' + 1) % 10);
        List<String> errors = new ArrayList<>();
        handler(Language.FR).handleEvent(event(IEventTopics.PO_BEFORE_CHANGE, record(badKey), errors));
        assertThat(errors).singleElement().asString().contains("ESAT Les Tilleuls").contains("clé");
    }

    @Test
    void validRecordAsksTheLookupOnceAndPasses() {
        when(lookup.factsFor(any())).thenReturn(EstablishmentFacts.none(Fixtures.CLIENT_ID));
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, record(Fixtures.FINESS_EG_1), errors));
        assertThat(errors).isEmpty();
        verify(lookup).factsFor(any());
    }

    @Test
    void duplicateFinessFromTheLookupIsVetoedNamingTheOtherEstablishment() {
        when(lookup.factsFor(any())).thenReturn(new EstablishmentFacts("ESAT Le Moulin", null, Fixtures.CLIENT_ID));
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, record(Fixtures.FINESS_EG_1), errors));
        assertThat(errors).singleElement().asString().contains("ESAT Le Moulin").contains(Fixtures.FINESS_EG_1);
    }

    @Test
    void deleteOfAnEstablishmentInASignedContractIsVetoed() {
        when(lookup.signedContractContaining(0)).thenReturn(Optional.of("CPOM-2025-001"));
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_DELETE, record(Fixtures.FINESS_EG_1), errors));
        assertThat(errors).singleElement().asString().contains("CPOM-2025-001");
        verify(lookup, never()).factsFor(any());
    }

    @Test
    void unknownListCodeIsVetoedWithTheValue() {
        I_CPOM_Establishment r = record(Fixtures.FINESS_EG_1);
        when(r.getTariffAuthority()).thenReturn("XX'--");
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, r, errors));
        assertThat(errors).singleElement().asString().contains("XX'--");
    }

    @Test
    void otherTopicsAndOtherObjectsAreIgnored() {
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_AFTER_NEW, record("bad"), errors));
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, "not a record", errors));
        assertThat(errors).isEmpty();
    }

    @Test
    void lookupFailureVetoesRatherThanLettingTheRecordThrough() {
        when(lookup.factsFor(any())).thenThrow(new IllegalStateException("connection lost"));
        List<String> errors = new ArrayList<>();
        handler(Language.EN).handleEvent(event(IEventTopics.PO_BEFORE_NEW, record(Fixtures.FINESS_EG_1), errors));
        assertThat(errors).singleElement().asString().contains("CPOM_Establishment").contains("connection lost");
    }
}
