using System.Globalization;
using System.Text;
using Safeguarding.Analytics.Ingest.Comparators;
using Safeguarding.Analytics.Ingest.Demo;
using Safeguarding.Analytics.Ingest.Demo.KnownTruth;
using Safeguarding.Analytics.Warehouse.ReferenceData;

// dotnet run --project evaluation/KnownTruth [-- results.md [home area code]]
// Generates the demo returns exactly as the service does at first start, runs every detector over them and writes
// what each found of the planted events, and what else it flagged, to a Markdown file.
var output = args.Length > 0 ? args[0] : Path.Combine("evaluation", "known-truth.md");
var home = args.Length > 1 ? args[1] : "E06000019";
var folder = ReferenceDataFolder.Locate();
var reference = ReferenceDataSet.Load(folder);
var comparators = new LaitComparatorReader(reference).ReadChecked(folder.ComparatorFile(LaitComparatorReader.FileName));
var inputs = DemoInputsFolder.Read(reference, folder, home, comparators);
// The returns as the agencies first sent them: the return checks are judged on what arrived, slips and all.
var demo = DemoReturnsGenerator.AsFirstSent(inputs);
var results = KnownTruthEvaluation.Evaluate(demo, reference.Indicators, inputs.Events);

var text = new StringBuilder();
text.AppendLine("# Known truth: the detectors against the demo's planted events").AppendLine();
text.AppendLine(CultureInfo.InvariantCulture, $"Area {home}; {demo.Count} demo observations, {inputs.FirstQuarter.Key} to {inputs.LastQuarter.Key}; planted events from `data/demo/{DemoInputsFolder.EventsFile}`.");
text.AppendLine("Written by `dotnet run --project evaluation/KnownTruth`; the demo and every detector are deterministic, so the file changes only when they do.").AppendLine();
text.AppendLine("| detector | meant to find | found | missed | flags | explained | precision | recall |");
text.AppendLine("|---|---|---|---|---:|---:|---:|---:|");
foreach (var r in results)
{
    text.AppendLine(CultureInfo.InvariantCulture,
        $"| {r.Detector} | {string.Join(", ", r.Finds)} | {List(r.Found)} | {List(r.Missed)} | {r.Flags.Count} | {r.Flags.Count(f => f.ExplainedBy is not null)} | {Share(r.Precision)} | {Share(r.Recall)} |");
}

foreach (var r in results)
{
    text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {r.Detector}").AppendLine().AppendLine(r.Method + ".").AppendLine();
    text.AppendLine("| indicator | quarter | flag | planted event |").AppendLine("|---|---|---|---|");
    foreach (var (flag, explainedBy) in r.Flags)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"| {(flag.IndicatorId.Length == 0 ? "(whole profile)" : flag.IndicatorId)} | {flag.PeriodKey} | {flag.Detail} | {explainedBy ?? "none: a false alarm, or a real feature of the published levels"} |");
    }
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, text.ToString());
Console.WriteLine($"Wrote {output}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Detector}: found {List(r.Found)}, missed {List(r.Missed)}, precision {Share(r.Precision)}, recall {Share(r.Recall)}");
}

static string List(IReadOnlyList<string> ids) => ids.Count == 0 ? "—" : string.Join(", ", ids);

static string Share(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "n/a";
