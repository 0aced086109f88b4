package io.lexfed.scenario;

/**
 * The kind of information to be shared or withheld. Only immigration or citizenship status is
 * within 8 U.S.C. 1373; release dates, addresses and other personal data are not.
 */
public enum InformationKind { IMMIGRATION_STATUS, RELEASE_DATE, ADDRESS, OTHER_PERSONAL, UNKNOWN }
