package io.lexfed.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.internal.authority.Registry;
import io.lexfed.internal.jurisdiction.AgentLaw;
import io.lexfed.internal.jurisdiction.Agreement;
import io.lexfed.internal.jurisdiction.JurisdictionFile;
import io.lexfed.internal.jurisdiction.KnowledgeBase;
import io.lexfed.internal.jurisdiction.Provision;
import io.lexfed.internal.jurisdiction.ProvisionKind;
import io.lexfed.scenario.Actor;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Jurisdiction;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code lexfed kb}: what the knowledge base holds for a state (and a locality) on a date - whether
 * the file answers every kind then, each provision in force or enjoined with its kind, the actors it
 * binds, its authority, exceptions, verification and review-by day, the laws on federal agents, and
 * the 287(g) agreements in force - with sources, one line each.
 */
final class KbCommand {
    static final Command COMMAND = new Command("kb",
            List.of("Lists what the knowledge base holds for a state (and locality) on a date: coverage, provisions, laws on federal agents,",
                    "287(g) agreements in force, with sources and review-by days."),
            null,
            List.of(Command.Option.text("--state", "ST", null, "the state's postal code (required)"),
                    Command.Option.text("--locality", "L", null, "a city or county by name"),
                    Command.Option.text("--date", "YYYY-MM-DD", null, "the day (default: today)"),
                    Command.Option.choice("--format", "<format>", "text (default: one tab-separated line each) or json", "text", "json")),
            Command.Engine.NOT_USED, KbCommand::run);

    private KbCommand() {
    }

    private static int run(Args args, PrintWriter out, PrintWriter err) {
        String state;
        try {
            if (args.text("--state") == null) {
                throw new BadInputException("--state", "is required, e.g. --state TX");
            }
            state = new Jurisdiction(args.text("--state"), null).state();
        } catch (InvalidScenarioException e) {
            throw new BadInputException("--state", e.getMessage().replaceFirst("^\\$\\.state: ", ""));
        }
        LocalDate day;
        try {
            day = args.text("--date") == null ? LocalDate.now() : LocalDate.parse(args.text("--date"));
        } catch (DateTimeParseException e) {
            throw new BadInputException("--date", "expected an ISO date such as 2025-06-01");
        }
        String locality = args.text("--locality");
        KnowledgeBase kb = KnowledgeBase.load(Registry.load());
        JurisdictionFile f = kb.files().get(state);
        List<String> open = java.util.Arrays.stream(ProvisionKind.values()).filter(k -> k.field() != null && !f.exhaustiveOn(day, k))
                .map(k -> k.name().toLowerCase(Locale.ROOT)).toList();
        JurisdictionFile.Locality place = locality == null ? null : f.localities().stream().filter(l -> l.name().equalsIgnoreCase(locality.strip())
                || l.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(locality.strip()))).findFirst().orElse(null);
        // the locality, then each place it lies within, whose policies bind it too
        List<JurisdictionFile.Locality> chain = new ArrayList<>();
        for (JurisdictionFile.Locality l = place; l != null; ) {
            chain.add(l);
            String up = l.within();
            l = up == null ? null : f.localities().stream().filter(x -> x.id().equals(up)).findFirst().orElse(null);
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement g : f.agreements287g()) {
            boolean here = locality == null || g.belongsTo(Actor.SHERIFF_OR_JAIL, locality) || g.belongsTo(Actor.LOCAL_POLICE, locality);
            if (g.inForceOn(day) && here) {
                agreements.add(g);
            }
        }
        if ("json".equals(args.text("--format"))) {
            out.println(JsonOut.print(json(f, day, open, locality, place, chain, agreements)));
            return Main.OK;
        }
        out.println("# " + f.name() + " on " + day + " (researched as of " + f.researchedAsOf() + "; not legal advice)");
        out.println("coverage\t" + (open.isEmpty() ? "every kind answered on this day (a kind with no provision: no such law)"
                : "unknown on this day unless a provision is listed: " + String.join(", ", open))
                + (f.exhaustiveUntil() == null ? "" : "; exhaustive until " + f.exhaustiveUntil())
                + (f.reviewBy() == null ? "" : "; review by " + f.reviewBy()));
        provisions(out, "state", f.provisions(), day);
        if (locality != null && place == null) {
            out.println("locality\t\"" + locality.strip() + "\" is not in the knowledge base: its local policy is unknown");
        }
        for (JurisdictionFile.Locality l : chain) {
            out.println("locality\t" + l.name() + (l.exhaustive() ? " (exhaustive from " + l.coverageFrom() + ")" : " (not exhaustive)"));
            provisions(out, l.name(), l.provisions(), day);
        }
        for (AgentLaw a : f.agentLaws()) {
            out.println("agent law\t" + a.id() + "\t" + a.title() + "\t" + a.authority() + "\t" + a.rulings().size() + " ruling(s)"
                    + (pending(a) ? ", challenge pending" : "")
                    + (a.reviewBy() == null ? "" : "\treview by " + a.reviewBy()));
        }
        agreements.forEach(g -> out.println("287(g)\t" + g.agency() + "\t" + g.model() + "\tsigned " + g.signed()
                + (g.ended() == null ? "" : "\tended " + g.ended()) + "\t" + g.source()));
        if (locality == null && !agreements.isEmpty()) {
            out.println("287(g)\t" + agreements.size() + " agreement(s) in force (name a --locality to narrow)");
        }
        return Main.OK;
    }

    private static boolean pending(AgentLaw a) {
        return a.challenges().stream().anyMatch(c -> c.until() == null);
    }

    /** The same facts as the text, one field each; dates as ISO strings, absent ones null. */
    private static ObjectNode json(JurisdictionFile f, LocalDate day, List<String> open, String locality, JurisdictionFile.Locality place,
                                   List<JurisdictionFile.Locality> chain, List<Agreement> agreements) {
        ObjectNode o = JsonOut.object().put("state", f.state()).put("name", f.name()).put("date", day.toString())
                .put("researchedAsOf", text(f.researchedAsOf())).put("exhaustiveUntil", text(f.exhaustiveUntil()))
                .put("reviewBy", text(f.reviewBy()));
        open.forEach(o.putArray("kindsUnknownUnlessListed")::add);
        provisionsJson(o.putArray("provisions"), f.provisions(), day);
        if (locality != null) {
            o.put("locality", locality.strip()).put("localityKnown", place != null);
        }
        ArrayNode localities = o.putArray("localities");
        for (JurisdictionFile.Locality l : chain) {
            ObjectNode n = localities.addObject().put("name", l.name()).put("exhaustive", l.exhaustive())
                    .put("coverageFrom", text(l.coverageFrom()));
            provisionsJson(n.putArray("provisions"), l.provisions(), day);
        }
        ArrayNode laws = o.putArray("agentLaws");
        for (AgentLaw a : f.agentLaws()) {
            laws.addObject().put("id", a.id().name()).put("title", a.title()).put("authority", a.authority())
                    .put("rulings", a.rulings().size()).put("challengePending", pending(a)).put("reviewBy", text(a.reviewBy()));
        }
        ArrayNode in287g = o.putArray("agreements287g");
        for (Agreement g : agreements) {
            in287g.addObject().put("agency", g.agency()).put("model", g.model().name()).put("signed", text(g.signed()))
                    .put("ended", text(g.ended())).put("source", g.source());
        }
        return o;
    }

    private static void provisionsJson(ArrayNode into, List<Provision> provisions, LocalDate day) {
        for (Provision p : provisions) {
            Provision.Event enjoined = p.enactedOn(day) ? p.enjoinedOn(day) : null;
            if (!p.inForceOn(day) && enjoined == null) {
                continue;
            }
            ObjectNode n = into.addObject().put("id", p.id()).put("kind", p.kind().name()).put("status", p.status() == null ? null : p.status().toString())
                    .put("enjoinedBy", enjoined == null ? null : enjoined.by()).put("authority", p.authority())
                    .put("exceptionsRead", p.exceptionsRead()).put("verified", p.verified()).put("reviewBy", text(p.reviewBy()))
                    .put("source", p.source());
            ArrayNode binds = n.putArray("binds");
            p.binds().forEach(a -> binds.add(a.name()));
            if (p.exceptionsRead()) {
                ArrayNode exceptions = n.putArray("exceptions");
                p.exceptions().forEach(e -> exceptions.add(e.name()));
            } else {
                n.putNull("exceptions");
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void provisions(PrintWriter out, String where, List<Provision> provisions, LocalDate day) {
        for (Provision p : provisions) {
            boolean enjoined = p.enactedOn(day) && p.enjoinedOn(day) != null;
            if (!p.inForceOn(day) && !enjoined) {
                continue;
            }
            out.println(where + "\t" + p.id() + "\t" + p.kind().name().toLowerCase(Locale.ROOT) + (p.status() == null ? "" : " (" + p.status() + ")")
                    + (enjoined ? " ENJOINED by " + p.enjoinedOn(day).by() : "") + "\tbinds " + p.binds() + "\t" + p.authority()
                    + (p.exceptionsRead() ? "\texceptions " + p.exceptions() : "\texceptions not read")
                    + (p.verified() ? "\tverified" : "\tNOT VERIFIED") + (p.reviewBy() == null ? "" : "\treview by " + p.reviewBy())
                    + "\t" + p.source());
        }
    }
}
