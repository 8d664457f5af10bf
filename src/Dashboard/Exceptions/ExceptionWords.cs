using System.Globalization;
using System.Text.Json;
using Safeguarding.Analytics.Domain.Exceptions;
using Safeguarding.Analytics.Domain.Exceptions.Workflow;

namespace Safeguarding.Analytics.Dashboard.Exceptions;

/// <summary>The register's codes as the board reads them, and the evidence behind a flag as labelled figures.</summary>
internal static class ExceptionWords
{
    public static string Kind(string kind) => kind switch
    {
        ExceptionKinds.WorseThanComparators => "Worse than comparators",
        ExceptionKinds.SpcConcern => "SPC concern",
        ExceptionKinds.WorseningTrend => "Worsening trend",
        ExceptionKinds.UnusualProfile => "Unusual profile",
        ExceptionKinds.DataQuality => "Data quality",
        _ => kind,
    };

    public static string QaState(string state) => state switch
    {
        ExceptionQaStates.Open => "Open",
        ExceptionQaStates.Assigned => "Assigned",
        ExceptionQaStates.Responded => "Responded",
        ExceptionQaStates.Closed => "Closed",
        ExceptionQaStates.Escalated => "Escalated to the board",
        _ => state,
    };

    public static string Status(string status) => status == ExceptionStatuses.Cleared ? "Cleared by analytics" : "Raised by analytics";

    public static string Severity(string severity) => severity switch
    {
        ExceptionSeverities.High => "High",
        ExceptionSeverities.Medium => "Medium",
        ExceptionSeverities.Low => "Low",
        _ => severity,
    };

    public static string Action(string action) => action switch
    {
        ExceptionActions.Assign => "Assign to an agency",
        ExceptionActions.Respond => "Record the agency's response",
        ExceptionActions.Close => "Close",
        ExceptionActions.Escalate => "Escalate to the board",
        ExceptionActions.Reopen => "Reopen",
        _ => action,
    };

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// The due date in words, saying when it has passed while the agency still owes a response (never by colour alone);
    /// empty when the exception is with nobody.
    /// </summary>
    public static string Due(ExceptionQaPosition qa, DateOnly today)
    {
        if (qa.DueDate is not { } due)
        {
            return string.Empty;
        }

        if (qa.State != ExceptionQaStates.Assigned || due >= today)
        {
            return Date(due);
        }

        var days = today.DayNumber - due.DayNumber;
        return $"{Date(due)} — overdue by {days} day{(days == 1 ? "" : "s")}";
    }

    public static bool IsOverdue(ExceptionQaPosition qa, DateOnly today) => qa.State == ExceptionQaStates.Assigned && qa.DueDate < today;

    /// <summary>
    /// The evidence JSON as labelled figures, in the order written: "upperLimit" reads "Upper limit"; a nested object's
    /// fields are prefixed with its label; a list is joined with commas. Text is kept as text, never as markup.
    /// </summary>
    public static IReadOnlyList<(string Label, string Value)> Evidence(string evidenceJson)
    {
        var facts = new List<(string, string)>();
        try
        {
            using var document = JsonDocument.Parse(evidenceJson);
            Add(facts, string.Empty, document.RootElement);
        }
        catch (JsonException)
        {
            facts.Add(("Evidence", evidenceJson));
        }

        return facts;
    }

    private static void Add(List<(string, string)> facts, string label, JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var name = Label(property.Name);
                Add(facts, label.Length == 0 ? name : $"{label}: {char.ToLowerInvariant(name[0])}{name[1..]}", property.Value);
            }

            return;
        }

        facts.Add((label.Length == 0 ? "Evidence" : label, Value(element)));
    }

    private static string Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.TryGetInt64(out var whole)
            ? whole.ToString("N0", CultureInfo.InvariantCulture)
            : element.GetDouble().ToString("0.###", CultureInfo.InvariantCulture),
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => "none",
        JsonValueKind.Array => string.Join(", ", element.EnumerateArray().Select(Value)),
        _ => element.GetRawText(),
    };

    /// <summary>camelCase or snake_case to a sentence-case label.</summary>
    private static string Label(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (c == '_')
            {
                words.Append(' ');
            }
            else if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return words.Length == 0 ? name : words.ToString();
    }
}
