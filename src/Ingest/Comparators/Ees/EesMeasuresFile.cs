using Safeguarding.Analytics.Domain.Catalogue;
using Safeguarding.Analytics.Warehouse.ReferenceData;

namespace Safeguarding.Analytics.Ingest.Comparators.Ees;

/// <summary>Reads <c>ees_measures.csv</c>, the reviewable map from EES columns to the board's indicators.</summary>
public static class EesMeasuresFile
{
    public const string FileName = "ees_measures.csv";

    public static IReadOnlyList<EesMeasure> Read(string path, IEnumerable<Indicator> catalogue)
    {
        var ids = catalogue.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var measures = new List<EesMeasure>();
        foreach (var row in CsvFile.Read(path, "dataset", "title", "signature_columns", "filter_column", "filter_value", "indicator_id", "value_column", "numerator_column", "denominator_column"))
        {
            var measure = new EesMeasure(
                row.Text("dataset"),
                row.Text("title"),
                row.List("signature_columns"),
                row.OptionalText("filter_column"),
                row.OptionalText("filter_value"),
                row.Text("indicator_id"),
                row.Text("value_column"),
                row.OptionalText("numerator_column"),
                row.OptionalText("denominator_column"));
            if (!ids.Contains(measure.IndicatorId))
            {
                throw row.Error("indicator_id", $"'{measure.IndicatorId}' is not an indicator in {CatalogueFile.IndicatorsFileName}.");
            }

            if ((measure.FilterColumn is null) != (measure.FilterValue is null))
            {
                throw row.Error("filter_value", "a filter needs both its column and its value.");
            }

            measures.Add(measure);
        }

        return measures;
    }
}
