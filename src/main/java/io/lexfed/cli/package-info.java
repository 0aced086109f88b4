/**
 * The {@code lexfed} command line, with its own small argument parser (no dependency beyond the
 * library's). Packaged by {@code mvn package} as {@code target/lexfed-cli.jar}. Exit status 0 ok,
 * 2 bad input, 1 internal error. Not legal advice.
 */
package io.lexfed.cli;
