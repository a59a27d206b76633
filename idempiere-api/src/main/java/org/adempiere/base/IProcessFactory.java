package org.adempiere.base;

import org.compiere.process.ProcessCall;

public interface IProcessFactory {
    public abstract ProcessCall newProcessInstance(String className);
}
