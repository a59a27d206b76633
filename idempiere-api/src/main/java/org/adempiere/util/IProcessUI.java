package org.adempiere.util;

public interface IProcessUI {
}
