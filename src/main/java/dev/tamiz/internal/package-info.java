/**
 * Per-call working state and helpers shared by the stages. Not exported; not API.
 */
package dev.tamiz.internal;
