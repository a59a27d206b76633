package org.cpom.plugin;

import org.adempiere.base.IDictionaryService;
import org.adempiere.plugin.utils.Incremental2PackActivator;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Applies the plugin's 2Packs (META-INF/2Pack_*.zip) through iDempiere's {@link Incremental2PackActivator}, but only
 * once iDempiere's dictionary service exists.
 *
 * <p>Why not name Incremental2PackActivator as Bundle-Activator directly: the bundle must also start in a plain OSGi
 * framework (our Felix tests, a server still starting), where there is no dictionary to pack into. Delegating on
 * the first {@link IDictionaryService} keeps iDempiere's own pack-in logic (version bookkeeping in AD_Package_Imp,
 * cluster lock, cache reset) untouched while the bundle itself always reaches ACTIVE.
 *
 * <p>After pack-in (at every start, whether a pack was applied or not) the perimeter guard is checked
 * ({@link PerimeterGuardAlert}).
 */
public final class Activator implements BundleActivator {

    /** iDempiere's Incremental2PackActivator with its hook after pack-in. */
    static final class PackActivator extends Incremental2PackActivator {

        private final Runnable afterPackIn;

        PackActivator(Runnable afterPackIn) {
            this.afterPackIn = afterPackIn;
        }

        /** Called by installPackage once every pending 2Pack was tried, on the pack-in thread (client System). */
        @Override
        protected void afterPackIn() {
            afterPackIn.run();
        }
    }

    private ServiceTracker<IDictionaryService, IDictionaryService> tracker;

    @Override
    public void start(BundleContext context) {
        tracker = new ServiceTracker<>(context, IDictionaryService.class, null) {
            private Incremental2PackActivator packer;

            @Override
            public IDictionaryService addingService(ServiceReference<IDictionaryService> reference) {
                IDictionaryService service = super.addingService(reference);
                synchronized (this) {
                    if (packer == null) {
                        Incremental2PackActivator delegate = new PackActivator(new PerimeterGuardAlert());
                        try {
                            delegate.start(context);
                            packer = delegate;
                        } catch (Exception e) {
                            throw new IllegalStateException("CPOM 2Pack activation failed", e);
                        }
                    }
                }
                return service;
            }

            @Override
            public void close() {
                super.close();
                synchronized (this) {
                    if (packer != null) {
                        try {
                            packer.stop(context);
                        } catch (Exception e) {
                            throw new IllegalStateException("CPOM 2Pack activator did not stop cleanly", e);
                        } finally {
                            packer = null;
                        }
                    }
                }
            }
        };
        tracker.open();
    }

    @Override
    public void stop(BundleContext context) {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }
}
