/**
 * The demo council: loads North West Leicestershire District Council's published 2018/19 Q2 report
 * (from {@code src/main/resources/sample}), its appendices and one demo account per role into an
 * empty database at start, when {@code sample.data} is true — the run command and the tests, never
 * a council's own database unless asked for.
 *
 * <p>It loads through the application services, so the demo obeys every rule real data does.
 * Imports: {@code application} and {@code domain}; nothing depends on this package.
 */
package org.councilperformance.sample;
