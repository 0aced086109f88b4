package io.lexfed.internal.jurisdiction;

import io.lexfed.registry.LawOnADay;
import io.lexfed.scenario.Actor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The knowledge base's holdings for a state (and locality) on a day, as the public {@link LawOnADay} gives them. */
public final class LawOnADayView {
    private LawOnADayView() {
    }

    /** {@code state} is a checked postal code the knowledge base has a file for; {@code locality} may be null. */
    public static LawOnADay of(KnowledgeBase kb, String state, String locality, LocalDate day) {
        JurisdictionFile f = kb.files().get(state);
        List<String> open = kb.kinds().all().stream().filter(k -> k.field() != null && !f.exhaustiveOn(day, k))
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        String asked = locality == null ? null : locality.strip();
        JurisdictionFile.Locality place = asked == null ? null : f.localities().stream().filter(l -> l.name().equalsIgnoreCase(asked)
                || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(asked))).findFirst().orElse(null);
        // the locality, then each place it lies within, whose policies bind it too
        List<LawOnADay.Place> chain = new ArrayList<>();
        for (JurisdictionFile.Locality l = place; l != null; ) {
            JurisdictionFile.Locality here = l;
            List<String> settled = here.exhaustive() ? List.of() : kb.kinds().all().stream().filter(k -> k.isLocal() && here.exhaustiveOn(day, k))
                    .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
            chain.add(new LawOnADay.Place(l.name(), l.exhaustive(), l.coverageFrom(), settled, provisions(l.provisions(), day)));
            String up = l.within();
            l = up == null ? null : f.localities().stream().filter(x -> x.id().equals(up)).findFirst().orElse(null);
        }
        List<LawOnADay.Agreement287g> agreements = new ArrayList<>();
        for (Agreement g : f.agreements287g()) {
            boolean here = asked == null || g.belongsTo(Actor.SHERIFF_OR_JAIL, asked) || g.belongsTo(Actor.LOCAL_POLICE, asked);
            if (g.inForceOn(day) && here) {
                agreements.add(new LawOnADay.Agreement287g(g.agency(), g.model().name(), g.signed(), g.ended(), g.source()));
            }
        }
        List<LawOnADay.AgentLaw> laws = f.agentLaws().stream().map(a -> new LawOnADay.AgentLaw(a.id().name(), a.title(), a.authority(),
                a.rulings().size(), a.challenges().stream().anyMatch(c -> c.until() == null), a.reviewBy())).toList();
        return new LawOnADay(f.state(), f.name(), day, f.researchedAsOf(), f.exhaustiveUntil(), f.reviewBy(), open, provisions(f.provisions(), day),
                asked, place != null, chain, laws, agreements, f.agreementsCompleteOn(day));
    }

    // a provision whose kind can carry no exception carries none, whether or not its text was read for them
    private static List<String> exceptions(Provision p) {
        if (p.exceptionsRead()) {
            return p.exceptions().stream().map(Enum::name).toList();
        }
        return p.kind().exceptions().isEmpty() ? List.of() : null;
    }

    // those in force on the day, and those enacted but enjoined that day
    private static List<LawOnADay.Provision> provisions(List<Provision> provisions, LocalDate day) {
        List<LawOnADay.Provision> out = new ArrayList<>();
        for (Provision p : provisions) {
            Provision.Event enjoined = p.enactedOn(day) ? p.enjoinedOn(day) : null;
            if (!p.inForceOn(day) && enjoined == null) {
                continue;
            }
            out.add(new LawOnADay.Provision(p.id(), p.kind().name(), p.status() == null ? null : p.status().toString(),
                    enjoined == null ? null : enjoined.by(), p.authority(), p.binds().stream().map(Actor::name).toList(),
                    exceptions(p), Provision.words(p.scope(), true), p.verified(),
                    p.reviewBy(), p.source()));
        }
        return out;
    }
}
