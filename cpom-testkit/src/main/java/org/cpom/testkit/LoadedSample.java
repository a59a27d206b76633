package org.cpom.testkit;

import java.util.List;
import java.util.Map;

/**
 * Keys of the records written by {@link MessidorSample#load}: what tests and the demo need to run reports
 * and to check results.
 *
 * @param clientId            AD_Client_ID of the tenant
 * @param orgHeadOfficeId     AD_Org_ID of the head office (siège), which is outside the contract perimeter
 * @param contractId          CPOM_Contract_ID of the signed 2013-2017 contract
 * @param emptyContractId     CPOM_Contract_ID of a drafted renewal with no perimeter, budget, action or ledger line
 * @param establishmentIds    CPOM_Establishment_ID of the 13 ESAT, in sample order
 * @param orgByEstablishment  AD_Org_ID keeping the books of each establishment
 * @param firstYear           first fiscal year of the contract (2013)
 * @param lastYear            last fiscal year of the contract (2017)
 * @param factAcctRows        number of Fact_Acct rows written
 * @param acctSchemaId        C_AcctSchema_ID of the ledger lines: the client's primary schema
 *                            (AD_ClientInfo.C_AcctSchema1_ID)
 */
public record LoadedSample(int clientId, int orgHeadOfficeId, int contractId, int emptyContractId,
                           List<Integer> establishmentIds, Map<Integer, Integer> orgByEstablishment,
                           int firstYear, int lastYear, int factAcctRows, int acctSchemaId) {
}
