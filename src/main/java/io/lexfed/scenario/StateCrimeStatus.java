package io.lexfed.scenario;

/**
 * The standing of a state immigration crime (a state illegal-entry or unauthorized-presence
 * offense) on the date: none exists, in force with no court ruling, under a pending challenge,
 * enjoined, or enacted but not yet operative (e.g. a contingency that has not been met).
 */
public enum StateCrimeStatus { NONE, IN_FORCE, CHALLENGE_PENDING, ENJOINED, NOT_YET_OPERATIVE, UNKNOWN }
