package org.cpom.component;

import java.util.function.Supplier;

import org.adempiere.base.IProcessFactory;
import org.compiere.process.ProcessCall;
import org.osgi.service.component.annotations.Component;

/**
 * Instantiates the CPOM processes named in AD_Process.Classname. Core's default factory uses Class.forName, which
 * cannot see classes inside a plugin bundle; ranked 100 like other plugins' process factories.
 */
@Component(service = IProcessFactory.class, immediate = true, property = "service.ranking:Integer=100")
public final class CpomProcessFactory implements IProcessFactory {

    @Override
    public ProcessCall newProcessInstance(String className) {
        Supplier<ProcessCall> supplier = CpomRegistry.PROCESSES.get(className);
        return supplier == null ? null : supplier.get();
    }
}
