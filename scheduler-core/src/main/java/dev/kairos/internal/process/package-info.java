/**
 * Process handling shared by command tasks and child JVMs: stopping a process tree, reading a
 * process's output with bounded memory. Not API: it may change in any release.
 */
package dev.kairos.internal.process;
