#!/usr/bin/env bash
# Cold start of the lexfed command line with its hand-written parser against the same command line
# parsed by picocli 4.7.7 (bench/picocli/, the same declarations and actions), each with its own
# class-data-sharing archive recorded as the build records target/lexfed-cli.jsa and run with
# bin/lexfed's JVM options. picocli comes two ways: its published jar, whose classes are Java 5
# class files that CDS refuses to archive ("Pre JDK 6 class not supported by CDS"), and its single
# source file CommandLine.java compiled here for Java 17 (the way picocli's docs offer for
# embedding it), which CDS archives like the CLI's own classes. Runs alternate between the two so that the machine's load hits both
# alike; prints the median wall time of each and their difference, for two command lines: one that
# only parses and reads a scenario (validate) and one that evaluates it (evaluate, the engine too).
# Needs target/lexfed-cli.jar (mvn -B -q package -DskipTests) and picocli in the local Maven
# repository. Usage: bench/picocli-startup.sh [runs per variant, default 21]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
jar=target/lexfed-cli.jar
picocli="${PICOCLI_JAR:-$HOME/.m2/repository/info/picocli/picocli/4.7.7/picocli-4.7.7.jar}"
sources="${picocli%.jar}-sources.jar"
work=target/picocli-bench
example=docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json
[ -f "$jar" ] || { echo "missing $jar: mvn -B -q package -DskipTests" >&2; exit 1; }
[ -f "$sources" ] || { echo "missing $sources: mvn dependency:get -Dartifact=info.picocli:picocli:4.7.7:jar:sources" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/classes" "$work/picocli17/src" "$work/picocli17/classes"
javac -nowarn -d "$work/classes" -cp "$jar:$picocli" bench/picocli/io/lexfed/cli/PicocliMain.java
jar --create --file "$work/picocli-probe.jar" -C "$work/classes" .
(cd "$work/picocli17/src" && jar --extract --file "$sources" picocli/CommandLine.java)
javac -nowarn -Xlint:none --release 17 -d "$work/picocli17/classes" "$work/picocli17/src/picocli/CommandLine.java"
jar --create --file "$work/picocli-17.jar" -C "$work/picocli17/classes" .

# bin/lexfed's options, without the archive
opts=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC)
[ -e /sys/kernel/mm/transparent_hugepage/enabled ] && opts+=(-XX:+UseTransparentHugePages)
# the same class path for all three apart from which picocli, so that they differ only in the parser
declare -A main=([hand]=io.lexfed.cli.Main [picocli]=io.lexfed.cli.PicocliMain [picocli17]=io.lexfed.cli.PicocliMain)
declare -A cp=([hand]="$jar:$work/picocli-probe.jar:$picocli" [picocli]="$jar:$work/picocli-probe.jar:$picocli"
               [picocli17]="$jar:$work/picocli-probe.jar:$work/picocli-17.jar")
variants=(hand picocli picocli17)
for v in "${variants[@]}"; do
  java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/$v.jsa" -cp "${cp[$v]}" "${main[$v]}" evaluate "$example" > /dev/null 2> "$work/$v-cds.log"
done

now() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for command in validate evaluate; do
  for v in "${variants[@]}"; do : > "$work/$v-$command.ms"; done
  for ((i = 0; i < runs; i++)); do
    for v in "${variants[@]}"; do
      start=$(now)
      java "${opts[@]}" -Xshare:auto -XX:SharedArchiveFile="$work/$v.jsa" -cp "${cp[$v]}" "${main[$v]}" $command "$example" > "$work/$v.out"
      echo $(( ($(now) - start) / 1000000 )) >> "$work/$v-$command.ms"
    done
    for v in picocli picocli17; do
      cmp -s "$work/hand.out" "$work/$v.out" || { echo "$v's output differs from the hand-written parser's for $command" >&2; exit 1; }
    done
  done
  h=$(median < "$work/hand-$command.ms"); p=$(median < "$work/picocli-$command.ms"); q=$(median < "$work/picocli17-$command.ms")
  printf '%-8s hand-written %4d ms | picocli jar %4d ms (%+d) | picocli compiled for 17 %4d ms (%+d)   median of %d cold runs each\n' \
    "$command" "$h" "$p" $((p - h)) "$q" $((q - h)) "$runs"
done
