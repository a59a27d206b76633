package org.cpom.event;

/** Opens the {@link SaveContext} of an event's data object (the PO being saved). */
@FunctionalInterface
public interface SaveContextProvider {
    SaveContext open(Object eventData);
}
