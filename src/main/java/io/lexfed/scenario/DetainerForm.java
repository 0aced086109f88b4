package io.lexfed.scenario;

/** The form of an immigration detainer. */
public enum DetainerForm { I_247A, OTHER, UNKNOWN }
