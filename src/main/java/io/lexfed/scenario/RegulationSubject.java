package io.lexfed.scenario;

/** What a state or local rule on federal agents' conduct regulates. */
public enum RegulationSubject { MASKS, IDENTIFICATION, COURTHOUSE_ARRESTS, DETENTION_FACILITIES, OTHER, UNKNOWN }
