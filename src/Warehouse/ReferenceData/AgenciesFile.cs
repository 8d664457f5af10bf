using Safeguarding.Analytics.Domain.Catalogue;

namespace Safeguarding.Analytics.Warehouse.ReferenceData;

/// <summary>Reads the partner agencies (<c>agencies.csv</c>) and checks every indicator's lead agency is one of them.</summary>
public static class AgenciesFile
{
    public const string FileName = "agencies.csv";

    public static IReadOnlyList<Agency> Read(string path, IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var agencies = new List<Agency>();
        foreach (var row in CsvFile.Read(path, "id", "name", "return_deadline_days", "description"))
        {
            var agency = new Agency(row.Text("id"), row.Text("name"), row.WholeNumber("return_deadline_days"), row.Raw("description"));
            if (agency.ReturnDeadlineDays is < 0 or > 366)
            {
                throw row.Error("return_deadline_days", $"{agency.ReturnDeadlineDays} is not a number of days between 0 and 366.");
            }

            if (agencies.Any(a => a.Id == agency.Id || a.Name == agency.Name))
            {
                throw row.Error("id", $"agency '{agency.Id}' ({agency.Name}) appears more than once.");
            }

            agencies.Add(agency);
        }

        var orphan = indicators.FirstOrDefault(i => !agencies.Any(a => a.Owns(i)));
        if (orphan is not null)
        {
            throw new CsvDataException(
                Path.GetFileName(path), 1, "name", $"no agency is named '{orphan.LeadAgency}', the lead agency of indicator '{orphan.Id}'.");
        }

        return agencies;
    }
}
