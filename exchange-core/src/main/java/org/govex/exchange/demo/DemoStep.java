package org.govex.exchange.demo;

/**
 * One part of the demo (catalog entries, the planning model, sample records...). The loader
 * runs every step once, in {@link #order()}, on the first start with the demo enabled, after the
 * demo departments and their keys exist.
 */
public interface DemoStep {

    /** Lower runs first: catalog 100, planning 200, exchange records 300. */
    int order();

    String name();

    void load();
}
