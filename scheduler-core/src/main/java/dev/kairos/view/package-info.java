/**
 * A read-only view of a session ({@link dev.kairos.view.SessionView}), for dashboards, health
 * checks, endpoints and metrics.
 */
package dev.kairos.view;
