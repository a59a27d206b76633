package org.adempiere.base;

import java.io.File;

import org.osgi.framework.BundleContext;

public interface IDictionaryService {
    public abstract void merge(BundleContext context, File packoutFile) throws Exception;
}
