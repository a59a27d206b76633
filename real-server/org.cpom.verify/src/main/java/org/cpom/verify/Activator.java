package org.cpom.verify;

import java.util.Hashtable;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Offers the verification as a {@code Callable<String>} service (property {@code cpom.verify=true}): the launcher
 * calls it once iDempiere has started. A java.* type keeps the launcher free of any class of this bundle.
 */
public final class Activator implements BundleActivator {

    private ServiceRegistration<?> registration;

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("cpom.verify", "true");
        Callable<String> run = () -> new Verification(context, Settings.from(context::getProperty)).run();
        registration = context.registerService(Callable.class.getName(), run, props);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
