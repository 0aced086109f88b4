package io.lexfed.internal.jurisdiction;

import io.lexfed.internal.authority.Snapshot;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.Model287g;
import io.lexfed.scenario.RegulationLaw;
import io.lexfed.scenario.RegulationSubject;
import io.lexfed.scenario.StateCrimeStatus;
import io.lexfed.scenario.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layout of the knowledge base's snapshot: every jurisdiction file, field by field, in file order. */
final class JurisdictionSnapshot {
    private static final JurisdictionFile.Posture[] POSTURES = JurisdictionFile.Posture.values();
    private static final io.lexfed.scenario.Action[] ACTIONS = io.lexfed.scenario.Action.values();
    private static final io.lexfed.scenario.Place[] PLACES = io.lexfed.scenario.Place.values();
    private static final ProvisionKind.Value[] VALUES = ProvisionKind.Value.values();
    private static final io.lexfed.scenario.InformationKind[] INFORMATION = io.lexfed.scenario.InformationKind.values();
    private static final Actor[] ACTORS = Actor.values();
    private static final StateCrimeStatus[] STATUSES = StateCrimeStatus.values();
    private static final Provision.Effect[] EFFECTS = Provision.Effect.values();
    private static final Provision.Exception[] EXCEPTIONS = Provision.Exception.values();
    private static final RegulationLaw[] LAWS = RegulationLaw.values();
    private static final RegulationSubject[] SUBJECTS = RegulationSubject.values();
    private static final Truth[] TRUTHS = Truth.values();
    private static final Model287g[] MODELS = Model287g.values();
    private static final io.lexfed.scenario.ImmigrationCrime[] CRIMES = io.lexfed.scenario.ImmigrationCrime.values();
    static final int SCHEMA = Snapshot.schema(POSTURES, ACTIONS, PLACES, VALUES, INFORMATION, ACTORS, STATUSES, EFFECTS, EXCEPTIONS, LAWS, SUBJECTS, TRUTHS, MODELS, CRIMES);

    private JurisdictionSnapshot() {
    }

    /** The kinds; every authority the files cite; the files, each decoded when first asked for. */
    record Decoded(Kinds kinds, List<String> cited, LazyFiles files) {
    }

    static byte[] write(Kinds kinds, Map<String, JurisdictionFile> files, String fingerprint) {
        Snapshot.Writer w = new Snapshot.Writer().writeInt(kinds.all().size());
        for (ProvisionKind k : kinds.all()) {
            w.writeString(k.kind()).writeString(k.means()).writeString(k.sets()).writeEnum(k.value()).writeBoolean(k.local())
                    .writeBoolean(k.silence()).writeBoolean(k.settledOnly()).writeInt(k.reaches().size());
            k.reaches().forEach(w::writeEnum);
            w.writeEnum(k.at()).writeInt(k.exceptions().size());
            k.exceptions().forEach(w::writeEnum);
            w.writeString(k.people()).writeInt(k.scopedOnly().size());
            k.scopedOnly().forEach(w::writeEnum);
            w.writeBoolean(k.keeps());
        }
        // every authority the files cite, checked against the registry at load without decoding a file
        w.writeStrings(List.copyOf(files.values().stream().flatMap(f -> KnowledgeBase.cites(f).stream()).map(KnowledgeBase.Cite::authority)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new))));
        w.writeInt(files.size());
        for (JurisdictionFile f : files.values()) {
            // the file, decoded when it is asked for
            w.writeString(f.state()).writeBlob(file(new Snapshot.Writer(), kinds, f).toByteArray());
        }
        return Snapshot.seal(fingerprint, SCHEMA, w.toByteArray());
    }

    private static Snapshot.Writer file(Snapshot.Writer w, Kinds kinds, JurisdictionFile f) {
        w.writeString(f.state()).writeString(f.name()).writeEnum(f.posture()).writeDate(f.researchedAsOf()).writeDate(f.coverageFrom())
                .writeBoolean(f.exhaustive()).writeDate(f.exhaustiveUntil()).writeDate(f.reviewBy());
        byKind(w, kinds, f.coverageByKind());
        byKind(w, kinds, f.exhaustiveFor());
        byKind(w, kinds, f.exhaustiveForUntil());
        provisions(w, kinds, f.provisions());
        w.writeInt(f.localities().size());
        for (JurisdictionFile.Locality l : f.localities()) {
            w.writeString(l.id()).writeString(l.name()).writeStrings(l.aliases()).writeString(l.within()).writeDate(l.coverageFrom())
                    .writeBoolean(l.exhaustive());
            byKind(w, kinds, l.exhaustiveFor());
            byKind(w, kinds, l.exhaustiveForUntil());
            provisions(w, kinds, l.provisions());
            w.writeString(l.note());
        }
        w.writeInt(f.agentLaws().size());
        for (AgentLaw a : f.agentLaws()) {
            w.writeEnum(a.id()).writeString(a.title()).writeString(a.authority()).writeEnum(a.subject()).writeDate(a.inForceFrom())
                    .writeEnum(a.bindsStateOfficersEqually()).writeEnum(a.regulatesFederalOperationsDirectly()).writeInt(a.rulings().size());
            for (AgentLaw.Ruling r : a.rulings()) {
                w.writeDate(r.on()).writeString(r.by()).writeEnum(r.bindsStateOfficersEqually()).writeEnum(r.regulatesFederalOperationsDirectly())
                        .writeString(r.note());
            }
            w.writeInt(a.challenges().size());
            for (AgentLaw.Challenge c : a.challenges()) {
                w.writeDate(c.from()).writeDate(c.until()).writeString(c.by());
            }
            w.writeString(a.source()).writeString(a.note()).writeDate(a.reviewBy());
        }
        w.writeInt(f.agreements287g().size());
        for (Agreement g : f.agreements287g()) {
            w.writeString(g.state()).writeString(g.agency()).writeEnum(g.model()).writeDate(g.signed()).writeDate(g.ended()).writeString(g.source());
        }
        w.writeInt(f.agreementsComplete().size());
        for (Agreement.Complete c : f.agreementsComplete()) {
            w.writeString(c.state()).writeDate(c.from()).writeDate(c.until()).writeString(c.source());
        }
        w.writeString(f.note()).writeBoolean(f.localLevel());
        return w;
    }

    // a kind's date, in the kinds' order, so the snapshot does not depend on a map's iteration order
    private static void byKind(Snapshot.Writer w, Kinds kinds, Map<ProvisionKind, LocalDate> dates) {
        w.writeInt(dates.size());
        kinds.all().stream().filter(dates::containsKey).forEach(k -> w.writeInt(kinds.indexOf(k)).writeDate(dates.get(k)));
    }

    private static void provisions(Snapshot.Writer w, Kinds kinds, List<Provision> provisions) {
        w.writeInt(provisions.size());
        for (Provision p : provisions) {
            w.writeString(p.id()).writeInt(kinds.indexOf(p.kind())).writeInt(p.binds().size());
            p.binds().forEach(w::writeEnum);
            w.writeString(p.authority()).writeDate(p.inForceFrom()).writeDate(p.inForceUntil()).writeBoolean(p.verified())
                    .writeString(p.source()).writeString(p.summary()).writeEnum(p.status()).writeString(p.note()).writeInt(p.history().size());
            for (Provision.Event e : p.history()) {
                w.writeDate(e.date()).writeEnum(e.effect()).writeString(e.by()).writeString(e.note());
            }
            // -1: the provision's exceptions were not read
            w.writeInt(p.exceptionsRead() ? p.exceptions().size() : -1);
            if (p.exceptionsRead()) {
                p.exceptions().forEach(w::writeEnum);
            }
            w.writeDate(p.reviewBy()).writeStrings(p.supersedes()).writeInt(p.scope().acts().size());
            p.scope().acts().forEach(w::writeEnum);
            w.writeInt(p.scope().information().size());
            p.scope().information().forEach(w::writeEnum);
            w.writeInt(p.scope().places().size());
            p.scope().places().forEach(w::writeEnum);
            w.writeString(p.scope().people()).writeInt(p.scope().crimes().size());
            p.scope().crimes().forEach(w::writeEnum);
        }
    }

    /** The kinds, then the files by state, in the order written; arguments are read left to right, as written. */
    static Decoded decode(Snapshot.Reader r) {
        int k = r.readInt();
        List<ProvisionKind> all = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String name = r.readString();
            String means = r.readString();
            String sets = r.readString();
            ProvisionKind.Value value = r.readEnum(VALUES);
            boolean local = r.readBoolean();
            boolean silence = r.readBoolean();
            boolean settledOnly = r.readBoolean();
            int m = r.readInt();
            List<io.lexfed.scenario.Action> reaches = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                reaches.add(r.readEnum(ACTIONS));
            }
            io.lexfed.scenario.Place at = r.readEnum(PLACES);
            int x = r.readInt();
            List<Provision.Exception> exceptions = new ArrayList<>(x);
            for (int j = 0; j < x; j++) {
                exceptions.add(r.readEnum(EXCEPTIONS));
            }
            String people = r.readString();
            int n = r.readInt();
            List<io.lexfed.scenario.Action> scopedOnly = new ArrayList<>(n);
            for (int j = 0; j < n; j++) {
                scopedOnly.add(r.readEnum(ACTIONS));
            }
            boolean keeps = r.readBoolean();
            all.add(new ProvisionKind(name, means, sets, value, local, silence, settledOnly, reaches, at, exceptions, people, scopedOnly, keeps));
        }
        Kinds kinds = new Kinds(all);
        List<String> cited = r.readStrings();
        int n = r.readInt();
        Map<String, byte[]> parts = new LinkedHashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            parts.put(r.readString(), r.readBlob());
        }
        return new Decoded(kinds, cited, new LazyFiles(parts, (state, part) -> Snapshot.decodeBlob(state, part, p -> file(p, kinds))));
    }

    private static JurisdictionFile file(Snapshot.Reader r, Kinds kinds) {
        return new JurisdictionFile(r.readString(), r.readString(), r.readEnum(POSTURES), r.readDate(), r.readDate(), r.readBoolean(),
                r.readDate(), r.readDate(), coverage(r, kinds), coverage(r, kinds), coverage(r, kinds), provisions(r, kinds), localities(r, kinds),
                agentLaws(r), agreements(r), complete(r), r.readString(), r.readBoolean());
    }

    private static List<Agreement> agreements(Snapshot.Reader r) {
        int n = r.readInt();
        List<Agreement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Agreement(r.readString(), r.readString(), r.readEnum(MODELS), r.readDate(), r.readDate(), r.readString()));
        }
        return out;
    }

    private static List<Agreement.Complete> complete(Snapshot.Reader r) {
        int n = r.readInt();
        List<Agreement.Complete> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Agreement.Complete(r.readString(), r.readDate(), r.readDate(), r.readString()));
        }
        return out;
    }

    private static List<AgentLaw> agentLaws(Snapshot.Reader r) {
        int n = r.readInt();
        List<AgentLaw> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RegulationLaw id = r.readEnum(LAWS);
            String title = r.readString();
            String authority = r.readString();
            RegulationSubject subject = r.readEnum(SUBJECTS);
            LocalDate from = r.readDate();
            Truth equal = r.readEnum(TRUTHS);
            Truth direct = r.readEnum(TRUTHS);
            int m = r.readInt();
            List<AgentLaw.Ruling> rulings = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                rulings.add(new AgentLaw.Ruling(r.readDate(), r.readString(), r.readEnum(TRUTHS), r.readEnum(TRUTHS), r.readString()));
            }
            int c = r.readInt();
            List<AgentLaw.Challenge> challenges = new ArrayList<>(c);
            for (int j = 0; j < c; j++) {
                challenges.add(new AgentLaw.Challenge(r.readDate(), r.readDate(), r.readString()));
            }
            out.add(new AgentLaw(id, title, authority, subject, from, equal, direct, rulings, challenges, r.readString(), r.readString(),
                    r.readDate()));
        }
        return out;
    }

    private static Map<ProvisionKind, LocalDate> coverage(Snapshot.Reader r, Kinds kinds) {
        int n = r.readInt();
        Map<ProvisionKind, LocalDate> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(kinds.all().get(r.readInt()), r.readDate());
        }
        return out;
    }

    private static List<JurisdictionFile.Locality> localities(Snapshot.Reader r, Kinds kinds) {
        int n = r.readInt();
        List<JurisdictionFile.Locality> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new JurisdictionFile.Locality(r.readString(), r.readString(), r.readStrings(), r.readString(), r.readDate(), r.readBoolean(),
                    coverage(r, kinds), coverage(r, kinds), provisions(r, kinds), r.readString()));
        }
        return out;
    }

    private static List<Provision> provisions(Snapshot.Reader r, Kinds kinds) {
        int n = r.readInt();
        List<Provision> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = r.readString();
            ProvisionKind kind = kinds.all().get(r.readInt());
            int m = r.readInt();
            List<Actor> binds = new ArrayList<>(m);
            for (int j = 0; j < m; j++) {
                binds.add(r.readEnum(ACTORS));
            }
            String authority = r.readString();
            LocalDate from = r.readDate();
            LocalDate until = r.readDate();
            boolean verified = r.readBoolean();
            String source = r.readString();
            String summary = r.readString();
            StateCrimeStatus status = r.readEnum(STATUSES);
            String note = r.readString();
            int h = r.readInt();
            List<Provision.Event> history = new ArrayList<>(h);
            for (int j = 0; j < h; j++) {
                history.add(new Provision.Event(r.readDate(), r.readEnum(EFFECTS), r.readString(), r.readString()));
            }
            int x = r.readInt();
            List<Provision.Exception> exceptions = x < 0 ? null : new ArrayList<>(x);
            for (int j = 0; j < x; j++) {
                exceptions.add(r.readEnum(EXCEPTIONS));
            }
            LocalDate reviewBy = r.readDate();
            List<String> supersedes = r.readStrings();
            int a = r.readInt();
            List<io.lexfed.scenario.Action> acts = new ArrayList<>(a);
            for (int j = 0; j < a; j++) {
                acts.add(r.readEnum(ACTIONS));
            }
            int k = r.readInt();
            List<io.lexfed.scenario.InformationKind> information = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                information.add(r.readEnum(INFORMATION));
            }
            int pl = r.readInt();
            List<io.lexfed.scenario.Place> places = new ArrayList<>(pl);
            for (int j = 0; j < pl; j++) {
                places.add(r.readEnum(PLACES));
            }
            String people = r.readString();
            int c = r.readInt();
            List<io.lexfed.scenario.ImmigrationCrime> crimes = new ArrayList<>(c);
            for (int j = 0; j < c; j++) {
                crimes.add(r.readEnum(CRIMES));
            }
            out.add(new Provision(id, kind, binds, authority, from, until, verified, source, summary, status, note, history, exceptions,
                    reviewBy, supersedes, new Provision.Scope(acts, information, places, people, crimes)));
        }
        return out;
    }
}
