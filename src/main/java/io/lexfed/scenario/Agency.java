package io.lexfed.scenario;

/** The federal agency acting. */
public enum Agency { ICE_ERO, ICE_HSI, CBP, OTHER_FEDERAL, UNKNOWN }
