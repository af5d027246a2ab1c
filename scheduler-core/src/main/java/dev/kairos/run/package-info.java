/**
 * The launch seam: a {@link dev.kairos.run.Launcher} carries out the runs of one execution, each
 * given to it as a {@link dev.kairos.run.LaunchedRun}. A session uses the built-in launchers unless
 * it is given others.
 */
package dev.kairos.run;
