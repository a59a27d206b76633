package org.cpom.verify;

import java.util.List;

/**
 * The MESSIDOR sample as saved through POs in the tenant.
 *
 * @param tag             run tag in every code the sample creates (a database may hold earlier runs)
 * @param contractId      the signed 2013-2017 contract
 * @param renewalId       a drafted 2018-2022 renewal without perimeter
 * @param establishments  the 13 ESAT
 * @param managingBodyId  C_BPartner of the association
 * @param arsId           C_BPartner of the ARS
 */
public record World(String tag, int contractId, int renewalId, List<Integer> establishments, int managingBodyId,
        int arsId) {
}
