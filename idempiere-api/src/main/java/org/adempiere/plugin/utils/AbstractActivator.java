package org.adempiere.plugin.utils;

import org.adempiere.base.IDictionaryService;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

public abstract class AbstractActivator implements BundleActivator, FrameworkListener,
        ServiceTrackerCustomizer<IDictionaryService, IDictionaryService> {

    public AbstractActivator() {
    }

    public void start(BundleContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    public void stop(BundleContext context) throws Exception {
        throw new UnsupportedOperationException();
    }

    public abstract String getName();

    protected abstract void frameworkStarted();

    public void frameworkEvent(FrameworkEvent event) {
        throw new UnsupportedOperationException();
    }

    public IDictionaryService addingService(ServiceReference<IDictionaryService> reference) {
        throw new UnsupportedOperationException();
    }

    public void modifiedService(ServiceReference<IDictionaryService> reference, IDictionaryService service) {
        throw new UnsupportedOperationException();
    }

    public void removedService(ServiceReference<IDictionaryService> reference, IDictionaryService service) {
        throw new UnsupportedOperationException();
    }
}
