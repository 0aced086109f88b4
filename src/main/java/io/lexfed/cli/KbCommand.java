package io.lexfed.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lexfed.LexFed;
import io.lexfed.registry.LawOnADay;
import io.lexfed.scenario.InvalidScenarioException;
import io.lexfed.scenario.Jurisdiction;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
        LawOnADay law = LexFed.lawOnADay(state, args.text("--locality"), day);
        if ("json".equals(args.text("--format"))) {
            out.println(JsonOut.print(json(law)));
            return Main.OK;
        }
        List<String> open = law.kindsUnknownUnlessListed();
        out.println("# " + law.name() + " on " + day + " (researched as of " + law.researchedAsOf() + "; not legal advice)");
        out.println("coverage\t" + (open.isEmpty() ? "every kind answered on this day (a kind with no provision: no such law)"
                : "unknown on this day unless a provision is listed: " + String.join(", ", open))
                + (law.exhaustiveUntil() == null ? "" : "; exhaustive until " + law.exhaustiveUntil())
                + (law.reviewBy() == null ? "" : "; review by " + law.reviewBy()));
        provisions(out, "state", law.provisions());
        if (law.locality() != null && !law.localityKnown()) {
            out.println("locality\t\"" + law.locality() + "\" is not in the knowledge base: its local policy is unknown");
        }
        for (LawOnADay.Place l : law.localities()) {
            out.println("locality\t" + l.name() + (l.exhaustive() ? " (exhaustive from " + l.coverageFrom() + ")"
                    : l.kindsSettled().isEmpty() ? " (not exhaustive)" : " (not exhaustive; answers " + String.join(", ", l.kindsSettled()) + " on this day)"));
            provisions(out, l.name(), l.provisions());
        }
        for (LawOnADay.AgentLaw a : law.agentLaws()) {
            out.println("agent law\t" + a.id() + "\t" + a.title() + "\t" + a.authority() + "\t" + a.rulings() + " ruling(s)"
                    + (a.challengePending() ? ", challenge pending" : "")
                    + (a.reviewBy() == null ? "" : "\treview by " + a.reviewBy()));
        }
        law.agreements287g().forEach(g -> out.println("287(g)\t" + g.agency() + "\t" + g.model() + "\tsigned " + g.signed()
                + (g.ended() == null ? "" : "\tended " + g.ended()) + "\t" + g.source()));
        if (law.locality() == null && !law.agreements287g().isEmpty()) {
            out.println("287(g)\t" + law.agreements287g().size() + " agreement(s) in force (name a --locality to narrow)");
        }
        out.println("287(g)\t" + (law.agreements287gComplete() ? "the list is complete for the state on this day: an agency not listed had no agreement"
                : "the list is not complete for the state on this day: an agency not listed may have had an agreement (unknown)"));
        return Main.OK;
    }

    /** The same facts as the text, one field each; dates as ISO strings, absent ones null. */
    private static ObjectNode json(LawOnADay law) {
        ObjectNode o = JsonOut.object().put("state", law.state()).put("name", law.name()).put("date", law.date().toString())
                .put("researchedAsOf", text(law.researchedAsOf())).put("exhaustiveUntil", text(law.exhaustiveUntil()))
                .put("reviewBy", text(law.reviewBy()));
        law.kindsUnknownUnlessListed().forEach(o.putArray("kindsUnknownUnlessListed")::add);
        provisionsJson(o.putArray("provisions"), law.provisions());
        if (law.locality() != null) {
            o.put("locality", law.locality()).put("localityKnown", law.localityKnown());
        }
        ArrayNode localities = o.putArray("localities");
        for (LawOnADay.Place l : law.localities()) {
            ObjectNode n = localities.addObject().put("name", l.name()).put("exhaustive", l.exhaustive())
                    .put("coverageFrom", text(l.coverageFrom()));
            l.kindsSettled().forEach(n.putArray("kindsSettled")::add);
            provisionsJson(n.putArray("provisions"), l.provisions());
        }
        ArrayNode laws = o.putArray("agentLaws");
        for (LawOnADay.AgentLaw a : law.agentLaws()) {
            laws.addObject().put("id", a.id()).put("title", a.title()).put("authority", a.authority())
                    .put("rulings", a.rulings()).put("challengePending", a.challengePending()).put("reviewBy", text(a.reviewBy()));
        }
        ArrayNode in287g = o.putArray("agreements287g");
        for (LawOnADay.Agreement287g g : law.agreements287g()) {
            in287g.addObject().put("agency", g.agency()).put("model", g.model()).put("signed", text(g.signed()))
                    .put("ended", text(g.ended())).put("source", g.source());
        }
        o.put("agreements287gComplete", law.agreements287gComplete());
        return o;
    }

    private static void provisionsJson(ArrayNode into, List<LawOnADay.Provision> provisions) {
        for (LawOnADay.Provision p : provisions) {
            ObjectNode n = into.addObject().put("id", p.id()).put("kind", p.kind()).put("status", p.status())
                    .put("enjoinedBy", p.enjoinedBy()).put("authority", p.authority())
                    .put("exceptionsRead", p.exceptions() != null).put("reach", p.reach()).put("verified", p.verified()).put("reviewBy", text(p.reviewBy()))
                    .put("source", p.source());
            ArrayNode binds = n.putArray("binds");
            p.binds().forEach(binds::add);
            if (p.exceptions() != null) {
                ArrayNode exceptions = n.putArray("exceptions");
                p.exceptions().forEach(exceptions::add);
            } else {
                n.putNull("exceptions");
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static void provisions(PrintWriter out, String where, List<LawOnADay.Provision> provisions) {
        for (LawOnADay.Provision p : provisions) {
            out.println(where + "\t" + p.id() + "\t" + p.kind().toLowerCase(Locale.ROOT) + (p.status() == null ? "" : " (" + p.status() + ")")
                    + (p.enjoinedBy() != null ? " ENJOINED by " + p.enjoinedBy() : "") + "\tbinds " + p.binds() + "\t" + p.authority()
                    + (p.exceptions() != null ? "\texceptions " + p.exceptions() : "\texceptions not read")
                    + (p.reach() == null ? "" : "\treaches only " + p.reach())
                    + (p.verified() ? "\tverified" : "\tNOT VERIFIED") + (p.reviewBy() == null ? "" : "\treview by " + p.reviewBy())
                    + "\t" + p.source());
        }
    }
}
