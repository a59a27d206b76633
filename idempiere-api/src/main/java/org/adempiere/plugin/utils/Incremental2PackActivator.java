package org.adempiere.plugin.utils;

public class Incremental2PackActivator extends AbstractActivator {

    public Incremental2PackActivator() {
    }

    public String getName() {
        throw new UnsupportedOperationException();
    }

    protected void afterPackIn() {
        throw new UnsupportedOperationException();
    }

    protected void frameworkStarted() {
        throw new UnsupportedOperationException();
    }
}
