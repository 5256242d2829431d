#!/usr/bin/env bash
# What Pii's analyzer (or generator) costs in a real `dotnet build`.
#
#   benchmarks/real-build.sh [rounds] [day-one|adopted|logging] [analyzers|generator]
#
# The third argument says what "with Pii" adds: Pii's analyzers (the default) or Pii's generator (which also writes
# the record of processing into the assembly; the record tool is not run).
#
# Writes the compile benchmarks' model (CompilationModel: 100 files, 2,000 classes of 20 properties) into a scratch
# project that references Pii.dll, then builds it `rounds` times with Pii's analyzer and `rounds` times without it,
# alternating, each a full compile (--no-incremental) in a new compiler process (UseSharedCompilation=false, as on
# many CI machines: nothing is warm), with the SDK's own analyzers on as in any net10.0 project. Each build passes
# -p:ReportAnalyzer=true, so csc reports every analyzer's execution time, and -clp:PerformanceSummary, so MSBuild
# reports the Csc task's time (both appear at detailed verbosity). Then it runs the compiler straight from the command
# line MSBuild used, with and without Pii's analyzer, `rounds` alternating pairs, which leaves out MSBuild's reading
# and logging of the warnings. Prints one line per compile and the medians. KEEP=1 keeps the scratch folder.
# Needs only the .NET SDK; nothing else should run on the machine meanwhile.
set -euo pipefail

rounds="${1:-5}"
kind="${2:-day-one}"
part="${3:-analyzers}"
root="$(cd "$(dirname "$0")/.." && pwd)"
case "$part" in
  analyzers) pii_name="Pii.Analyzers"; pii_dll="$root/src/PiiAnalyzers/bin/Release/netstandard2.0/Pii.Analyzers.dll"; report="analyzer" ;;
  generator) pii_name="Pii.Generator"; pii_dll="$root/src/PiiGenerator/bin/Release/netstandard2.0/Pii.Generator.dll"; report="generator" ;;
  *) echo "usage: real-build.sh [rounds] [day-one|adopted|logging] [analyzers|generator]" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT

dotnet build "$root/src/PiiAttributes/PiiAttributes.csproj" -c Release -f net10.0 -v:q -nologo >/dev/null
dotnet build "$root/src/PiiAnalyzers/PiiAnalyzers.csproj" -c Release -v:q -nologo >/dev/null
dotnet build "$root/src/PiiGenerator/PiiGenerator.csproj" -c Release -v:q -nologo >/dev/null
dotnet run --project "$root/benchmarks/Pii.Benchmarks" -c Release -- write-model "$work/Model" "$kind"

logging_version="$(sed -n 's/.*Include="Microsoft.Extensions.Logging.Abstractions" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"
cat > "$work/Model/Model.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <OutputType>Library</OutputType>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="Pii" HintPath="$root/src/PiiAttributes/bin/Release/net10.0/Pii.dll" />
    <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="$logging_version" />
  </ItemGroup>
  <ItemGroup Condition="'\$(WithPii)' == 'true'">
    <Analyzer Include="$pii_dll" />
  </ItemGroup>
</Project>
PROJ
# An empty Directory.Build.props and Directory.Packages.props keep the scratch project free of any the temp folder inherits.
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"

cd "$work/Model"
dotnet restore -v:q -nologo >/dev/null
# Warm-up: the first builds of both configurations (MSBuild's own caches, the file system).
dotnet build --no-restore -c Release -p:WithPii=true -p:UseSharedCompilation=false -v:q -nologo >/dev/null
dotnet build --no-restore -c Release -p:WithPii=false -p:UseSharedCompilation=false --no-incremental -v:q -nologo >/dev/null

csc_ms() { sed -n 's/^ *\([0-9]*\) ms  *Csc  *[0-9]* calls.*/\1/p' "$1" | head -1; }
# csc's report: "Total analyzer execution time: 1.234 seconds." (or generator) and one line per assembly.
analyzers_s() { sed -n "s/^ *Total $report execution time: \([0-9.]*\) seconds\..*/\1/p" "$1" | head -1; }
pii_s() { sed -n "s/^ *\([0-9.<]*\) *\([0-9<]*\) *${pii_name//./\\.}, Version=.*/\1/p" "$1" | head -1; }

with=() without=() pii=() total=()
for ((i = 1; i <= rounds; i++)); do
  order=(true false)
  if ((i % 2 == 0)); then order=(false true); fi
  for withPii in "${order[@]}"; do
    log="$work/build-$i-$withPii.log"
    dotnet build --no-restore --no-incremental -c Release -p:WithPii="$withPii" -p:ReportAnalyzer=true -p:UseSharedCompilation=false \
      -clp:PerformanceSummary -v:d -nologo > "$log"
    csc="$(csc_ms "$log")"
    all="$(analyzers_s "$log")"
    if [[ "$withPii" == true ]]; then
      own="$(pii_s "$log")"
      with+=("$csc"); pii+=("${own:-0}"); total+=("${all:-0}")
      echo "round $i, with Pii:    Csc $csc ms, all ${report}s ${all:-?} s, $pii_name ${own:-?} s"
    else
      without+=("$csc")
      echo "round $i, without Pii: Csc $csc ms, all ${report}s ${all:-?} s"
    fi
  done
done

# The compiler on its own: the command line of the last build with Pii, and the same without Pii's analyzer.
csc_path="$(grep -m1 -o '[^ ]*/Roslyn/bincore/csc /noconfig' "$work/build-1-true.log" | cut -d' ' -f1)"
grep -h -m1 "Roslyn/bincore/csc /noconfig" "$work"/build-1-true.log | sed 's#^ *[^ ]*Roslyn/bincore/csc ##' > "$work/with.rsp"
sed "s#/analyzer:[^ ]*${pii_name}\.dll##" "$work/with.rsp" > "$work/without.rsp"
direct_with=() direct_without=()
for ((i = 1; i <= rounds; i++)); do
  order=(with without)
  if ((i % 2 == 0)); then order=(without with); fi
  for variant in "${order[@]}"; do
    start="$(date +%s%N)"
    "$csc_path" "@$work/$variant.rsp" > "$work/direct-$i-$variant.log" 2>&1 || { echo "csc failed: $work/direct-$i-$variant.log"; exit 1; }
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [[ "$variant" == with ]]; then direct_with+=("$ms"); else direct_without+=("$ms"); fi
    echo "round $i, csc alone, $variant Pii: $ms ms"
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
m_without="$(median "${without[@]}")"
m_with="$(median "${with[@]}")"
m_pii="$(median "${pii[@]}")"
m_total="$(median "${total[@]}")"
echo
echo "medians over $rounds rounds ($kind model):"
echo "  Csc without $pii_name: $m_without ms"
echo "  Csc with $pii_name:    $m_with ms (difference $(awk -v a="$m_with" -v b="$m_without" 'BEGIN { printf "%+d ms, %+.1f %%", a - b, 100 * (a - b) / b }'))"
m_direct_without="$(median "${direct_without[@]}")"
m_direct_with="$(median "${direct_with[@]}")"
echo "  csc alone, without / with $pii_name: $m_direct_without / $m_direct_with ms (difference $(awk -v a="$m_direct_with" -v b="$m_direct_without" 'BEGIN { printf "%+d ms, %+.1f %%", a - b, 100 * (a - b) / b }'))"
echo "  $pii_name's execution time as csc reports it: $m_pii s ($(awk -v p="$m_pii" -v b="$m_without" 'BEGIN { printf "%.1f %%", 100000 * p / b }') of the Csc time without it); all ${report}s: $m_total s"
