/**
 * The {@code tamiz} command line: {@code clean}, {@code normalize}, {@code detect}. Not part of the library API.
 */
package dev.tamiz.cli;
