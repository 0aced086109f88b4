#!/usr/bin/env bash
# LexFed's quick performance check (under 3 minutes on a 2-core machine): builds the library and the
# benchmarks, then from ONE JMH run prints LexFed's (session cache on, and off) and the hand-written
# baseline's determinations per second on the same scenarios (two threads) and their ratios; then
# LexFed's cold start (process start to first determination, through the CLI) and a run of the whole
# scenario suite in a 64 MB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "== building (library, CLI, benchmarks)"
mvn -B -q install -DskipTests
mvn -B -q -f bench/pom.xml package

echo "== throughput, 2 threads, same scenarios (the baseline's three doctrines), one JMH run"
echo "   workload: a million scenarios generated from the suite's, with random dates (2012-2026) and states"
java -jar bench/target/benchmarks.jar 'BaselineBenchmark' -t 2 -p workload=generated -wi 7 -w 3s -i 3 -r 3s -f 1 \
  -rf csv -rff target/quick.csv > target/quick-jmh.log
# columns: Benchmark, Mode, Threads, Samples, Score, Score Error, Unit, Param: sessionCache, Param: workload
awk -F, 'NR>1 { for (i = 1; i <= NF; i++) gsub(/"/, "", $i); split($1, n, "."); key = n[length(n)] "/" $8; score[key] = $5; err[key] = $6 }
  END { c = score["lexfedThreeDoctrines/4096"]; u = score["lexfedThreeDoctrines/0"]; b = score["baselineThreeDoctrines/"];
        d = score["baselineDeterminations/"];
        printf "LexFed, session cache on   %10.0f determinations/s (+/- %.0f)\n", c, err["lexfedThreeDoctrines/4096"];
        printf "LexFed, session cache off  %10.0f determinations/s (+/- %.0f)\n", u, err["lexfedThreeDoctrines/0"];
        printf "hand-written baseline      %10.0f outcomes/s       (+/- %.0f)\n", b, err["baselineThreeDoctrines/"];
        printf "hand-written, assembling   %10.0f determinations/s (+/- %.0f)\n", d, err["baselineDeterminations/"];
        printf "ratio, cache on            %10.1fx (outcome-only baseline / LexFed; target <= 8x)\n", b / c;
        printf "ratio, cache off           %10.1fx (outcome-only baseline / LexFed; target <= 8x)\n", b / u;
        printf "ratio, cache off, like for like %5.1fx (assembling baseline / LexFed; target <= 3x)\n", d / u }' target/quick.csv

echo "== cold start: process start to first determination (11 runs each; this machine's timings wander by 0.1 s)"
example=docs/examples/04-massachusetts-may-not-hold-on-a-civil-detainer.json
for launcher in "java -jar target/lexfed-cli.jar" "bin/lexfed"; do
  times=()
  for i in $(seq 11); do
    s=$(date +%s%N); $launcher evaluate "$example" > /dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  echo "$launcher: ${sorted}ms (median $(printf '%s\n' "${times[@]}" | sort -n | sed -n 6p) ms)"
done

echo "== the whole suite in a 64 MB heap"
java -Xmx64m -cp bench/target/benchmarks.jar io.lexfed.bench.SuiteRun
