/**
 * Values shared by every feature: chat requests and messages, sampling parameters, the events a
 * streaming call produces, the outcome of a call, token usage, error classes and clock injection.
 *
 * <p>Everything here is an immutable record or a sealed interface of records, validated on
 * construction; nothing here performs I/O.
 */
package dev.versus.core;
