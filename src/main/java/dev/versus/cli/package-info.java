/**
 * The picocli commands: parse, wire, print. No logic lives here; each subcommand is a {@code
 * Callable<Integer>} that calls into a feature package and writes through the command's streams.
 */
package dev.versus.cli;
