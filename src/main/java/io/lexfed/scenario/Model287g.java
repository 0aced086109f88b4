package io.lexfed.scenario;

/** The 287(g) agreement model in force for the actor's agency, or {@code NONE}. */
public enum Model287g { NONE, JAIL_ENFORCEMENT, TASK_FORCE, WARRANT_SERVICE_OFFICER, UNKNOWN }
