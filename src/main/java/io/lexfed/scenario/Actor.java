package io.lexfed.scenario;

/** Who proposes to act: the person whose conduct the determination judges. */
public enum Actor {
    LOCAL_POLICE, SHERIFF_OR_JAIL, STATE_POLICE, LOCAL_OFFICIAL, STATE_OFFICIAL, JUDGE_OR_COURT_STAFF, PRIVATE_PERSON;

    /** True for every actor that exercises state or local governmental power. */
    public boolean isGovernmental() {
        return this != PRIVATE_PERSON;
    }

    /** True for officers who make arrests and hold people: police, sheriffs and jails. */
    public boolean isLawEnforcement() {
        return this == LOCAL_POLICE || this == SHERIFF_OR_JAIL || this == STATE_POLICE;
    }

    /** True for actors that belong to a locality rather than the state. */
    public boolean isLocal() {
        return this == LOCAL_POLICE || this == SHERIFF_OR_JAIL || this == LOCAL_OFFICIAL;
    }
}
