package io.lexfed.scenario;

/**
 * The paper behind a federal action: none, an administrative warrant signed by an immigration
 * officer (Form I-200 or I-205), or a warrant signed by a judge.
 */
public enum Warrant { NONE, ADMINISTRATIVE, JUDICIAL, UNKNOWN }
