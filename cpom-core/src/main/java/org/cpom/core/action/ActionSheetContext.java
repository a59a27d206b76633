package org.cpom.core.action;

import java.util.Set;

import org.cpom.core.model.Contract;

/**
 * What the action sheet rules need besides the sheet: its contract, the contract of the chosen axis (0 when
 * the axis does not exist) and the contract's perimeter.
 */
public record ActionSheetContext(Contract contract, int axisContractId, Set<Integer> perimeterEstablishmentIds) {
}
